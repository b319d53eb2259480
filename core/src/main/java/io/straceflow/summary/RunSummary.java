package io.straceflow.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a finished run did: the facts the text, JSON and HTML reports print ({@link SummaryReader} reads them from an
 * output directory). Nothing here is capped; {@link SummaryView} picks what a report shows.
 */
public final class RunSummary {
    /** Per syscall, like strace -c: calls that returned, failed ones, time spent in them (with -T). */
    public static final class SyscallRow {
        public long calls;
        public long errors;
        /** Time spent in the calls (the sum of their -T durations), µs; 0 without -T. */
        public long timeUs;
    }

    /** Per file (or pipe/socket description): bytes moved and calls, from the read and write actions. */
    public static final class FileRow {
        public long bytesRead;
        public long bytesWritten;
        public long reads;
        public long writes;
    }

    /**
     * One path the run touched, and what was done to it. {@code operations} counts the calls that succeeded, by
     * the names of {@link PathOps}; {@code errors} counts the failed ones by errno, {@code failures} by operation
     * and errno ({@code "open ENOENT"}).
     */
    public static final class PathRow {
        /** How many paths a rename row lists as its other names. */
        public static final int RENAMES = 4;

        public final String path;
        /** Order of first appearance in the trace. */
        public final long order;

        public final Map<String, Long> operations = new TreeMap<>();
        public long bytesRead;
        public long bytesWritten;
        public final Map<String, Long> errors = new TreeMap<>();
        public final Map<String, Long> failures = new TreeMap<>();
        /** Where it was renamed to (when it was the old name of a rename), at most {@link #RENAMES}. */
        public final Set<String> renamedTo = new LinkedHashSet<>();
        /** What it was renamed from (when it was the new name), at most {@link #RENAMES}. */
        public final Set<String> renamedFrom = new LinkedHashSet<>();
        /** While reading: whether the last successful call left the path existing (not unlinked, renamed away). */
        boolean present;

        public PathRow(String path, long order) {
            this.path = path;
            this.order = order;
        }

        public long calls() {
            long n = 0;
            for (long v : operations.values()) {
                n += v;
            }
            for (long v : errors.values()) {
                n += v;
            }
            return n;
        }

        public long failed() {
            long n = 0;
            for (long v : errors.values()) {
                n += v;
            }
            return n;
        }
    }

    /**
     * A network peer as the calls saw it: one row per operation ({@code connect}, {@code accept}, {@code bind},
     * {@code sendto}, ..., or {@code io} for a socket whose connect or accept is not in the trace), address and
     * process. Every call counts, and the bytes of the connection's reads and writes go to the row of the connect
     * or accept that made it.
     */
    public static final class PeerRow {
        public final String op;
        /** {@code 127.0.0.1:5432}, {@code [::1]:80}, a unix socket path; null when the call showed none. */
        public final String address;

        public final long pid;
        public long calls;
        public long bytesSent;
        public long bytesReceived;
        public final Map<String, Long> errors = new TreeMap<>();

        public PeerRow(String op, String address, long pid) {
            this.op = op;
            this.address = address;
            this.pid = pid;
        }
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
        /** Syscalls of the process (all its threads) that returned. */
        public long calls;
        /** Time its threads spent in syscalls (the sum of their -T durations), µs; 0 without -T. */
        public long syscallUs;

        public final List<String> children = new ArrayList<>();
    }

    /**
     * Where each process spent its time, call by call (its calls' spans per operation class), for the timeline; at
     * most about {@link SummaryReader#CALL_SPANS} spans, merged at a coarser resolution when a run has more.
     */
    public final CallSpans callSpans = new CallSpans(SummaryReader.CALL_SPANS);

    /** run.json's facts (run_id, host, mode, status, exit_code, started, ended, command). */
    public final Map<String, Object> run = new LinkedHashMap<>();
    /**
     * Where {@code run.command} came from: {@code "run.json"}, {@code "first execve"} (a replay: the trace's first
     * successful execve), or null when neither had one.
     */
    public String commandSource;
    /** Whether the trace has syscall durations (strace -T); without them every time is 0 and no report shows it. */
    public boolean syscallTimes;

    public final Map<String, SyscallRow> syscalls = new TreeMap<>();
    public final Map<String, FileRow> files = new TreeMap<>();
    /** Every path touched, in the order of first appearance. */
    public final Map<String, PathRow> paths = new LinkedHashMap<>();
    /** Calls on further paths once {@link SummaryReader#MAX_PATHS} are tracked: counted, not kept. */
    public long pathCallsUntracked;
    /** Peers, in the order of first appearance. */
    public final List<PeerRow> peers = new ArrayList<>();
    /** Calls with further peers once {@link SummaryReader#MAX_PEERS} are tracked: counted, not kept. */
    public long peerCallsUntracked;

    public final Map<String, Long> errors = new TreeMap<>();
    public final Map<String, ProcessRow> processes = new LinkedHashMap<>();
    public final Map<String, Long> counters = new LinkedHashMap<>();

    /** Calls that returned, of all syscalls. */
    public long totalCalls() {
        long n = 0;
        for (SyscallRow r : syscalls.values()) {
            n += r.calls;
        }
        return n;
    }

    public long totalErrors() {
        long n = 0;
        for (SyscallRow r : syscalls.values()) {
            n += r.errors;
        }
        return n;
    }

    public long totalTimeUs() {
        long n = 0;
        for (SyscallRow r : syscalls.values()) {
            n += r.timeUs;
        }
        return n;
    }
}
