package io.straceflow.parse;

/** Counters of one trace stream, published so that loss is visible. */
public final class ParseStats {
    long lines;
    long events;
    long merged;
    long unparsed;
    long longLines;
    long dangling;
    long frames;
    long summaryLines;
    long redacted;
    long redactedEnv;

    /** Lines given to {@link EventAssembler#accept}. */
    public long lines() {
        return lines;
    }

    /** Events emitted. */
    public long events() {
        return events;
    }

    /** Unfinished/resumed pairs joined into one event. */
    public long merged() {
        return merged;
    }

    /** Lines kept as {@code type: unparsed}. */
    public long unparsed() {
        return unparsed;
    }

    /** Lines longer than the parse limit: kept whole in syscalls.log, parsed as unparsed events marked truncated. */
    public long longLines() {
        return longLines;
    }

    /** Calls emitted with {@code unfinished: true} (never resumed in this trace). */
    public long dangling() {
        return dangling;
    }

    /** -k stack frame lines attached to events. */
    public long frames() {
        return frames;
    }

    /** Lines of strace's -c/-C summary table, from its header on; not events. */
    public long summaryLines() {
        return summaryLines;
    }

    /** Secrets masked by redaction (0 when it is off); environment values are counted apart. */
    public long redacted() {
        return redacted;
    }

    /** Environment values of execve/execveat masked by redaction. */
    public long redactedEnv() {
        return redactedEnv;
    }

    public String toJson() {
        return "{\"lines\":" + lines + ",\"events\":" + events + ",\"merged\":" + merged + ",\"unparsed\":" + unparsed
                + ",\"long_lines\":" + longLines + ",\"dangling\":" + dangling + ",\"frames\":" + frames
                + ",\"summary_lines\":" + summaryLines + "}";
    }

    @Override
    public String toString() {
        return "lines=" + lines + " events=" + events + " merged=" + merged + " unparsed=" + unparsed + " long_lines="
                + longLines + " dangling=" + dangling + " frames=" + frames + " summary_lines=" + summaryLines;
    }
}
