package io.straceflow.summary;

import java.util.List;

/**
 * The facts of one enriched event that the summary counts, read alike from a line of enriched.jsonl ({@link
 * JsonEvent}) and from the pipeline's own objects ({@link TypedEvent}): the summary a run prints and the one read
 * back from its files are one computation ({@link SummaryAccumulator}). Each means what the event's JSON field of
 * the same name means (docs/events.md, docs/enrich.md).
 */
interface SummaryEvent {
    /** {@code syscall}, {@code signal}, {@code exit}, {@code killed}, {@code notice}, {@code unparsed}. */
    String type();

    /** The thread that made the call; 0 when the line had none. */
    long pid();

    /** Absolute start time in epoch microseconds, null without one. */
    Long timeUs();

    /** Time in the call ({@code -T}), null without it. */
    Long durationUs();

    /** The syscall's name; empty for other events. */
    String syscall();

    /** The call never returned in this trace. */
    boolean unfinished();

    /** The return value; null for {@code ?}, unfinished calls and other events. */
    Long ret();

    /** e.g. {@code ENOENT}; null on success. */
    String errno();

    /** Whether the call had a real fd argument (the event's top-level {@code fd}). */
    boolean hasFd();

    /** The typed arguments (an array; none for other events). */
    ArgNode args();

    /** The fd a call returned with its decoration ({@code ret_fd}); MISSING when none. */
    ArgNode retFd();

    /** An exit's code (0 for other events). */
    int exitCode();

    /** A kill's signal name (empty for other events). */
    String signal();

    /** The process the event belongs to; null when the enricher gave none. */
    Process process();

    /** The event's {@code process}. */
    interface Process {
        /** {@code TGID-N}. */
        String id();

        long tgid();

        /** The id of the nearest ancestor (the parent), null when none is known. */
        String parentId();

        /** When the process first appeared (epoch µs), null when not known. */
        Long startUs();

        /** Null when not known. */
        String exe();

        /** Null or empty when not known. */
        List<String> argv();
    }

    /** Whether the call returned (a value or an errno): only those count. */
    default boolean returned() {
        return !unfinished() && (ret() != null || errno() != null);
    }
}
