package io.straceflow.summary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a finished run did, in the shape both the text and the JSON report print. */
public final class RunSummary {
    /** Per syscall, like strace -c: calls that returned, failed ones, time spent (with -T). */
    public static final class SyscallRow {
        public long calls;
        public long errors;
        public long micros;
    }

    /** Per file (or pipe/socket description): bytes moved and calls. */
    public static final class FileRow {
        public long bytesRead;
        public long bytesWritten;
        public long reads;
        public long writes;
    }

    /** One process of the trace, with the trace's identity (pid reuse safe). */
    public static final class ProcessRow {
        public String id;
        public long pid;
        public String parentId;
        public String exe;
        public List<String> argv = new ArrayList<>();
        public Integer exitCode;
        public String killedBy;
        /** When the process was created (epoch µs), from the trace; null when unknown. */
        public Long startUs;
        /** When it exited or was killed, else when it was last seen in the trace (epoch µs). */
        public Long endUs;

        public final List<String> children = new ArrayList<>();
    }

    /** One action on the timeline: what a process did from start to end (actions.jsonl). */
    public static final class ActionSpan {
        /** The process ({@link ProcessRow#id}) the action's pid belonged to at its start; null when unknown. */
        public String processId;

        public long pid;
        public String op;
        public String path;
        public long count;
        public long bytes;
        public long startUs;
        public long endUs;

        public long durationUs() {
            return endUs - startUs;
        }
    }

    /** The longest actions of the run (at most {@link SummaryReader#TIMELINE_ACTIONS}), by start time. */
    @JsonIgnore
    public final List<ActionSpan> timeline = new ArrayList<>();
    /** How many actions the run had in all (the timeline holds the longest of them). */
    @JsonIgnore
    public long actionsTotal;

    public final Map<String, Object> run = new LinkedHashMap<>();
    public final Map<String, SyscallRow> syscalls = new TreeMap<>();
    public final Map<String, FileRow> files = new TreeMap<>();
    /** connect/accept/bind target → number of actions. */
    public final Map<String, Long> peers = new TreeMap<>();

    public final Map<String, Long> errors = new TreeMap<>();
    public final Map<String, ProcessRow> processes = new LinkedHashMap<>();
    public final Map<String, Long> counters = new LinkedHashMap<>();
}
