package io.straceflow.parse;

/** Sees each raw line just before the parser does (the enricher uses it to spot clones in flight). */
@FunctionalInterface
public interface LineObserver {
    void observeLine(String line, long lineNo);
}
