package io.straceflow.parse;

/** How a single line takes part in assembly; internal to the parser. */
enum LineKind {
    COMPLETE,
    UNFINISHED,
    DETACHED,
    RESUMED,
    STACK_FRAME,
    SUMMARY_HEADER
}
