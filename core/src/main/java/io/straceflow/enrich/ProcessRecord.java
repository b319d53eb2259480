package io.straceflow.enrich;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One process (thread group) as the trace revealed it. Mutable, owned by the pipeline thread. Trace-derived fields
 * are null while unknown; /proc data is kept apart in {@link #proc} so that replay and live runs agree on the
 * trace-derived part.
 */
final class ProcessRecord {
    final int tgid;
    /** n-th process of this trace (1-based): with the pid, an identity that survives pid reuse. */
    final long ordinal;

    final String id;
    /** Time of the first event that showed this process (clone return or its own first event). */
    Long startMicros;

    /** Null for roots and for processes whose clone return was not seen (yet). Direct reference: survives eviction. */
    ProcessRecord parent;
    /** The trace does not contain this process's creation: first pid of a run, or an attached pid. */
    boolean root;
    /** Parent known: from a clone return (or a root). A placeholder is a record not linked yet. */
    boolean linked;
    /** Linked by a guess (the only clone in flight when it appeared), to be confirmed by the clone's return. */
    boolean provisional;

    boolean exited;
    /** Ancestor chain beyond this record was cut to bound memory. */
    boolean chainCut;

    String comm;
    String exe;
    List<String> argv;
    String cwd;
    Integer uid;
    /** Names set by prctl(PR_SET_NAME) or -Y in threads other than the leader: comm is per thread. */
    Map<Integer, String> threadComms;

    /** Live thread ids, the leader included while it lives. */
    final Set<Integer> tids = new LinkedHashSet<>(2);

    /** Line of the first event that showed it: a child cannot appear before its parent's clone started. */
    long firstLine;

    ProcSnapshot proc;
    boolean procRequested;

    ProcessInfo cachedInfo;
    long cachedVersion;
    int cachedTid;

    ProcessRecord(int tgid, long ordinal, Long startMicros) {
        this.tgid = tgid;
        this.ordinal = ordinal;
        this.id = tgid + "-" + ordinal;
        this.startMicros = startMicros;
    }

    String commOf(int tid) {
        if (threadComms != null && tid != tgid) {
            String c = threadComms.get(tid);
            if (c != null) {
                return c;
            }
        }
        return comm;
    }

    void setThreadComm(int tid, String name) {
        if (tid == tgid) {
            comm = name;
        } else {
            if (threadComms == null) {
                threadComms = new HashMap<>(4);
            }
            threadComms.put(tid, name);
        }
    }

    /** A forked child starts as a copy of its parent: fill what its own events did not set. */
    void inheritFrom(ProcessRecord p) {
        if (comm == null) {
            comm = p.comm;
        }
        if (exe == null) {
            exe = p.exe;
        }
        if (argv == null) {
            argv = p.argv;
        }
        if (cwd == null) {
            cwd = p.cwd;
        }
        if (uid == null) {
            uid = p.uid;
        }
    }

    @Override
    public String toString() {
        return id + (linked ? "" : "?") + (exited ? " exited" : "") + " " + exe;
    }
}
