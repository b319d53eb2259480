package io.straceflow.enrich;

import java.util.HashMap;
import java.util.Map;

/**
 * Clone calls that started but have not returned, seen on the raw lines. The parser emits a split call only when it
 * completes, yet under {@code strace -f} the child often runs first (always after vfork, whose parent waits for
 * the child's exec): when a pid nobody created shows up while exactly one clone is in flight, that clone made it.
 */
final class PendingClones {
    /** Calling thread → the clone in flight. One per thread: a thread is in one syscall at a time. */
    private final Map<Integer, Pending> byTid = new HashMap<>();

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
        byTid.put(
                tid,
                new Pending(
                        tid,
                        lineNo,
                        SyscallFacts.hasFlag(args, "CLONE_THREAD"),
                        SyscallFacts.hasFlag(args, "CLONE_PARENT")));
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
        return null;
    }

    /** The thread (or process) ended: a clone it had in flight never returns. */
    void gone(int tid) {
        byTid.remove(tid);
    }

    /**
     * The only clone in flight if no child was attributed to it yet, else null. With two or more in flight we do not
     * guess; one clone makes one child, so a second stranger is not its child either.
     */
    Pending onlyUnclaimed() {
        if (byTid.size() != 1) {
            return null;
        }
        Pending p = byTid.values().iterator().next();
        return p.child == 0 ? p : null;
    }

    int size() {
        return byTid.size();
    }
}
