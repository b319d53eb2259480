package io.straceflow.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Clone calls that started but have not returned, seen on the raw lines. The parser emits a split call only when it
 * completes, yet under {@code strace -f} the child often runs first (always after vfork, whose parent waits for
 * the child's exec): when a pid nobody created shows up while the clones in flight all make the same kind of child of
 * the same process (most often: exactly one clone is in flight), one of them made it.
 */
final class PendingClones {
    /** Calling thread → the clone in flight. One per thread: a thread is in one syscall at a time. */
    private final Map<Integer, Pending> byTid = new HashMap<>();
    /**
     * Calling thread → its clone that returned (a thread that starts another call has left the one before) but whose
     * event the enricher has not had yet: the parser holds each event until the next line (for {@code -k} frames), so
     * a thread's next clone can start, one line on, before the enricher hears that its last one returned.
     */
    private final Map<Integer, Pending> returning = new HashMap<>();

    /**
     * A clone in flight; {@code child} is the pid we guessed it made (0: none yet), {@code record} the process the
     * guess made for it (its caller's for a thread). The child may run, and even exit, before the clone returns: the
     * return then confirms this record, whether it is still live or not.
     */
    static final class Pending {
        final int tid;
        final long line;
        final boolean thread;
        final boolean sameParent;
        int child;
        ProcessRecord record;

        Pending(int tid, long line, boolean thread, boolean sameParent) {
            this.tid = tid;
            this.line = line;
            this.thread = thread;
            this.sameParent = sameParent;
        }
    }

    /** Looks at one raw {@code strace -f -o} line; cheap for the lines that are not a split clone start. */
    void observe(String line, long lineNo) {
        if (!line.endsWith("<unfinished ...>")) {
            return;
        }
        int call = callStart(line);
        if (call < 0) {
            return;
        }
        int pidEnd = 0;
        while (pidEnd < line.length() && Character.isDigit(line.charAt(pidEnd))) {
            pidEnd++;
        }
        if (pidEnd == 0 || pidEnd > 9) {
            return;
        }
        int tid = Integer.parseInt(line, 0, pidEnd, 10);
        String args = line.substring(call);
        Pending before = byTid.put(
                tid,
                new Pending(
                        tid,
                        lineNo,
                        SyscallFacts.hasFlag(args, "CLONE_THREAD"),
                        SyscallFacts.hasFlag(args, "CLONE_PARENT")));
        if (before != null) {
            returning.put(tid, before);
        }
    }

    private static int callStart(String line) {
        for (String name : new String[] {" clone(", " clone3(", " fork(", " vfork("}) {
            int at = line.indexOf(name);
            if (at > 0) {
                return at;
            }
        }
        return -1;
    }

    /** The clone of {@code tid} that started at {@code line} has returned. */
    Pending returned(int tid, long line) {
        Pending p = byTid.get(tid);
        if (p != null && p.line == line) {
            byTid.remove(tid);
            return p;
        }
        p = returning.get(tid);
        if (p != null && p.line == line) {
            returning.remove(tid);
            return p;
        }
        return null;
    }

    /** The thread (or process) ended: a clone it had in flight never returns. */
    void gone(int tid) {
        byTid.remove(tid);
        returning.remove(tid);
    }

    /**
     * The clone in flight that made a pid nobody created yet, as far as it matters: every clone in flight with no child
     * attributed yet makes the same kind of child (a thread, or a process with the same parent) of the same process
     * ({@code processOf} each caller's thread). Several threads of one process that start threads, or fork, at once
     * are such clones: which of them made which child only their returns tell ({@link #reclaim}), but the child's
     * process is known. Null when they differ or none is left: one clone makes one child.
     */
    Pending candidate(IntFunction<ProcessRecord> processOf) {
        Pending first = null;
        ProcessRecord process = null;
        for (Pending p : byTid.values()) {
            if (p.child != 0) {
                continue;
            }
            ProcessRecord r = processOf.apply(p.tid);
            if (r == null) {
                return null;
            }
            if (first == null) {
                first = p;
                process = r;
            } else if (r != process || p.thread != first.thread || p.sameParent != first.sameParent) {
                return null;
            }
        }
        return first;
    }

    /**
     * The clone {@code returned} made {@code child}, which a guess gave to another clone still in flight (of the same
     * process and kind, see {@link #candidate}): the two trade their children, so each return confirms its own. False
     * when no clone in flight holds {@code child}: the guess was wrong.
     */
    boolean reclaim(Pending returned, int child) {
        return reclaimFrom(byTid, returned, child) || reclaimFrom(returning, returned, child);
    }

    private static boolean reclaimFrom(Map<Integer, Pending> clones, Pending returned, int child) {
        for (Pending q : clones.values()) {
            if (q.child == child) {
                q.child = returned.child;
                returned.child = child;
                ProcessRecord r = q.record;
                q.record = returned.record;
                returned.record = r;
                return true;
            }
        }
        return false;
    }

    int size() {
        return byTid.size();
    }
}
