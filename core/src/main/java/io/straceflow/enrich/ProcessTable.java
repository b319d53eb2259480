package io.straceflow.enrich;

import io.straceflow.parse.ArgValue;
import io.straceflow.parse.EventType;
import io.straceflow.parse.FdInfo;
import io.straceflow.parse.SyscallEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process table built from the trace: who cloned whom, what each executed, where it is, who it runs as.
 * Single-threaded: only the pipeline thread touches it. Live threads are indexed by tid; exited processes stay in a
 * bounded LRU for late clone returns; parents are held by reference, so an evicted parent still shows in its
 * descendants' ancestor chains (which are cut at {@code maxAncestors} to keep memory bounded).
 */
final class ProcessTable {
    private final EnrichOptions options;
    /** Live threads (leaders included) → their process. */
    private final Map<Integer, ProcessRecord> live = new HashMap<>();
    /** Exited processes by pid, least recently used first. */
    private final LinkedHashMap<Integer, ProcessRecord> exited;

    private final PendingClones pending = new PendingClones();
    private long ordinals;
    /** Bumped on every change that can alter any view: cached views are valid while it stands still. */
    private long version;

    long threads;
    long placeholders;
    long guessed;
    long wrongGuesses;
    long linkedLate;
    long evicted;
    long absorbed;
    long reusedPids;

    ProcessTable(EnrichOptions options) {
        this.options = options;
        this.exited = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ProcessRecord> eldest) {
                if (size() > options.exitedRetention()) {
                    evicted++;
                    return true;
                }
                return false;
            }
        };
    }

    void observeLine(String line, long lineNo) {
        pending.observe(line, lineNo);
    }

    /** Processes revealed; a placeholder that turned out to be a thread is not one. */
    long processes() {
        return ordinals - absorbed;
    }

    int liveThreads() {
        return live.size();
    }

    int exitedRetained() {
        return exited.size();
    }

    int clonesInFlight() {
        return pending.size();
    }

    void changed() {
        version++;
    }

    /** The record of the event's thread, creating a placeholder for a pid nobody created yet; null for notices. */
    ProcessRecord recordFor(int tid, SyscallEvent e) {
        ProcessRecord r = live.get(tid);
        if (r != null || e.type() == EventType.NOTICE || e.type() == EventType.UNPARSED) {
            return r;
        }
        return firstSight(tid, e);
    }

    private ProcessRecord firstSight(int tid, SyscallEvent e) {
        boolean root =
                options.roots().isEmpty() ? ordinals == 0 : options.roots().contains(tid);
        if (root) {
            ProcessRecord r = newRecord(tid, e.timeMicros(), e.line());
            r.root = true;
            r.linked = true;
            return r;
        }
        placeholders++;
        PendingClones.Pending p = pending.candidate(live::get);
        ProcessRecord caller = p == null ? null : live.get(p.tid);
        if (caller == null) {
            return newRecord(tid, e.timeMicros(), e.line()); // parent unknown until a clone returns this pid
        }
        p.child = tid;
        guessed++;
        if (p.thread) {
            addThread(caller, tid);
            p.record = caller;
            return caller;
        }
        ProcessRecord r = newRecord(tid, e.timeMicros(), e.line());
        r.parent = p.sameParent ? caller.parent : caller;
        r.linked = true;
        r.provisional = true;
        r.inheritFrom(caller);
        p.record = r;
        return r;
    }

    private ProcessRecord newRecord(int tgid, Long time, long line) {
        ProcessRecord r = new ProcessRecord(tgid, ++ordinals, time);
        r.firstLine = line;
        r.tids.add(tgid);
        ProcessRecord old = live.put(tgid, r);
        if (old != null) {
            retire(old); // its exit never showed: strace detached or lost it
        }
        if (exited.containsKey(tgid)) {
            reusedPids++;
        }
        version++;
        return r;
    }

    private void addThread(ProcessRecord r, int tid) {
        ProcessRecord old = live.put(tid, r);
        if (old != null && old != r) {
            old.tids.remove(tid);
        }
        r.tids.add(tid);
        threads++;
        version++;
    }

    /** Applies what the event says about processes; returns the (possibly different) record of its thread. */
    ProcessRecord update(int tid, ProcessRecord r, SyscallEvent e) {
        if (e.comm() != null && !e.comm().equals(r.commOf(tid))) {
            r.setThreadComm(tid, e.comm()); // -Y: strace read the name itself
            version++;
        }
        if (e.type() != EventType.SYSCALL) {
            return r;
        }
        String name = e.syscall();
        if (SyscallFacts.isClone(name)) {
            PendingClones.Pending p = pending.returned(tid, e.line());
            Long ret = e.ret();
            if (ret != null && ret > 0 && ret <= Integer.MAX_VALUE) {
                cloned(r, ret.intValue(), e, p);
            }
            return live.getOrDefault(tid, r);
        }
        if (r.cwd == null) {
            String cwd = SyscallFacts.cwdFromAtFdcwd(e); // -yy prints the cwd with every AT_FDCWD
            if (cwd != null) {
                r.cwd = cwd;
                version++;
            }
        }
        Long ret = e.ret();
        if (ret == null || ret != 0) {
            return r; // failed calls change nothing (and processes change only on success = 0)
        }
        switch (name) {
            case "execve" -> executed(tid, r, e, null, 0);
            case "execveat" -> executed(tid, r, e, SyscallFacts.fd(e.args(), 0), 1);
            case "chdir" -> changeDir(r, SyscallFacts.resolve(r.cwd, SyscallFacts.string(e.args(), 0)));
            case "fchdir" -> {
                FdInfo fd = SyscallFacts.fd(e.args(), 0);
                changeDir(r, fd == null ? null : fd.path());
            }
            case "setuid", "setuid32" -> setUid(r, SyscallFacts.number(e.args(), 0));
            case "setreuid", "setreuid32", "setresuid", "setresuid32" -> setUid(r, SyscallFacts.number(e.args(), 1));
            case "prctl" -> {
                String text = e.argsText();
                if (text != null && text.startsWith("PR_SET_NAME")) {
                    String n = SyscallFacts.string(e.args(), 1);
                    if (n != null) {
                        r.setThreadComm(tid, n.length() > 15 ? n.substring(0, 15) : n);
                        version++;
                    }
                }
            }
            default -> {}
        }
        return r;
    }

    private void cloned(ProcessRecord caller, int child, SyscallEvent e, PendingClones.Pending guess) {
        if (guess != null && guess.child != 0 && guess.child != child && !pending.reclaim(guess, child)) {
            demote(guess); // we attributed a stranger to this clone: take it back
        }
        // the record our guess made from the child's first event: the child may have run, and even ended, since
        ProcessRecord guessed = guess != null && guess.child == child ? guess.record : null;
        boolean thread = SyscallFacts.hasFlag(e, "CLONE_THREAD");
        ProcessRecord parent = SyscallFacts.hasFlag(e, "CLONE_PARENT") ? caller.parent : caller;
        ProcessRecord existing = live.get(child);
        // a record made from the child's own events is this child only if it appeared after the clone started
        boolean early = existing != null && existing.firstLine > e.line() && existing != caller;
        // the child ran and ended before this return, unguessed (several clones were in flight)
        ProcessRecord ended = existing == null ? endedEarly(child, e.line()) : null;
        if (thread) {
            if (existing == caller || guessed == caller) {
                return; // seen early and guessed right (it may have ended already)
            }
            if (early && !existing.linked && existing.tgid == child) {
                absorb(caller, existing); // ran before the clone returned: it was a thread all along
                return;
            }
            if (ended != null) {
                absorb(caller, ended); // ran and ended before the clone returned: a thread, not a process
                return;
            }
            addThread(caller, child);
            return;
        }
        if (guessed != null) {
            link(guessed, parent, caller); // confirms the guess, live or ended (vfork: the child often exits first)
            return;
        }
        if (early && (!existing.linked || existing.provisional)) {
            link(existing, parent, caller);
            return;
        }
        if (ended != null) {
            link(ended, parent, caller);
            return;
        }
        ProcessRecord r = newRecord(child, e.endTimeMicros(), e.endLine());
        r.parent = parent;
        r.linked = true;
        r.inheritFrom(caller);
    }

    /** The ended record of {@code pid} that no clone return claimed yet and appeared after the clone started. */
    private ProcessRecord endedEarly(int pid, long cloneLine) {
        ProcessRecord gone = exited.get(pid);
        return gone != null && !gone.linked && gone.tgid == pid && gone.firstLine > cloneLine ? gone : null;
    }

    private void link(ProcessRecord r, ProcessRecord parent, ProcessRecord caller) {
        if (r.provisional && r.parent == parent) {
            r.provisional = false; // the guess was right
            return;
        }
        r.parent = parent;
        r.linked = true;
        r.provisional = false;
        r.inheritFrom(caller);
        linkedLate++;
        version++;
    }

    /** A placeholder that turned out to be a thread: its tids join the caller's process (none if it ended). */
    private void absorb(ProcessRecord process, ProcessRecord placeholder) {
        if (placeholder.exited) {
            exited.remove(placeholder.tgid, placeholder); // not a process: a later process with its pid is no reuse
            threads++;
        }
        for (int t : placeholder.tids) {
            live.put(t, process);
            process.tids.add(t);
            if (placeholder.threadComms != null || placeholder.comm != null) {
                String c = placeholder.commOf(t);
                if (c != null) {
                    process.setThreadComm(t, c);
                }
            }
            threads++;
        }
        placeholder.tids.clear();
        absorbed++;
        linkedLate++;
        version++;
    }

    private void demote(PendingClones.Pending wrong) {
        wrongGuesses++;
        int tid = wrong.child;
        ProcessRecord r = live.get(tid);
        if (r == null) {
            r = wrong.record; // it ended before the clone returned
            if (r != null && r.tgid == tid && r.provisional) {
                r.parent = null;
                r.linked = false;
                r.provisional = false;
                version++;
            }
            return;
        }
        if (r.tgid != tid) {
            r.tids.remove(tid);
            live.remove(tid);
            ProcessRecord own = newRecord(tid, null, Long.MAX_VALUE);
            own.linked = false;
        } else if (r.provisional) {
            r.parent = null;
            r.linked = false;
            r.provisional = false;
            version++;
        }
    }

    private void executed(int tid, ProcessRecord r, SyscallEvent e, FdInfo dir, int first) {
        List<ArgValue> args = e.args();
        String file = SyscallFacts.string(args, first);
        String exe;
        if (dir != null && dir.sym() == null && (file == null || file.isEmpty())) {
            exe = dir.path(); // execveat(fd, "", ..., AT_EMPTY_PATH)
        } else {
            exe = SyscallFacts.resolve(dir != null && dir.sym() == null ? dir.path() : r.cwd, file);
        }
        r.exe = exe;
        r.argv = SyscallFacts.strings(args, first + 1);
        r.comm = SyscallFacts.commFromPath(exe != null ? exe : file);
        r.threadComms = null;
        // exec ends every other thread of the process
        for (Iterator<Integer> it = r.tids.iterator(); it.hasNext(); ) {
            int t = it.next();
            if (t != tid && t != r.tgid) {
                live.remove(t);
                pending.gone(t);
                it.remove();
            }
        }
        version++;
    }

    private void changeDir(ProcessRecord r, String dir) {
        r.cwd = dir; // null when a relative chdir happened from an unknown cwd: unknown again
        version++;
    }

    private void setUid(ProcessRecord r, Long uid) {
        if (uid != null && uid >= 0 && uid <= Integer.MAX_VALUE) {
            r.uid = uid.intValue();
            version++;
        }
    }

    /** An exit or kill of one thread; the process ends with its leader or its last thread. */
    void exited(int tid) {
        ProcessRecord r = live.get(tid);
        pending.gone(tid);
        if (r == null) {
            return;
        }
        live.remove(tid);
        r.tids.remove(tid);
        if (r.threadComms != null) {
            r.threadComms.remove(tid);
        }
        if (tid == r.tgid || r.tids.isEmpty()) {
            retire(r);
        }
        version++;
    }

    private void retire(ProcessRecord r) {
        for (int t : r.tids) {
            if (live.get(t) == r) {
                live.remove(t);
            }
            pending.gone(t);
        }
        r.tids.clear();
        r.exited = true;
        r.threadComms = null;
        if (options.exitedRetention() > 0) {
            exited.put(r.tgid, r);
        }
        version++;
    }

    /** The view of thread {@code tid} of process {@code r}; cached until anything in the table changes. */
    ProcessInfo view(int tid, ProcessRecord r) {
        if (r.cachedInfo != null && r.cachedVersion == version && r.cachedTid == tid) {
            return r.cachedInfo;
        }
        ProcessInfo trace = build(tid, r, false, null);
        ProcessInfo info = usesProc(r) ? build(tid, r, true, trace) : trace;
        r.cachedInfo = info;
        r.cachedVersion = version;
        r.cachedTid = tid;
        return info;
    }

    private boolean usesProc(ProcessRecord r) {
        int n = 0;
        for (ProcessRecord a = r; a != null && n <= options.maxAncestors(); a = a.parent, n++) {
            if (a.proc != null) {
                return true;
            }
        }
        return false;
    }

    private ProcessInfo build(int tid, ProcessRecord r, boolean withProc, ProcessInfo trace) {
        ProcSnapshot s = withProc ? r.proc : null;
        boolean fromProc = false;
        Integer ppid = r.parent != null ? Integer.valueOf(r.parent.tgid) : null;
        if (ppid == null && s != null && s.ppid() != null) {
            ppid = s.ppid();
            fromProc = true;
        }
        String comm = r.commOf(tid);
        if (comm == null && s != null && s.comm() != null) {
            comm = s.comm();
            fromProc = true;
        }
        String exe = r.exe;
        if (exe == null && s != null && s.exe() != null) {
            exe = s.exe();
            fromProc = true;
        }
        List<String> argv = r.argv;
        if (argv == null && s != null && s.argv() != null) {
            argv = s.argv();
            fromProc = true;
        }
        String cwd = r.cwd;
        if (cwd == null && s != null && s.cwd() != null) {
            cwd = s.cwd();
            fromProc = true;
        }
        Integer uid = r.uid;
        if (uid == null && s != null && s.uid() != null) {
            uid = s.uid();
            fromProc = true;
        }
        List<Ancestor> ancestors = new ArrayList<>(4);
        boolean truncated = ancestors(r, withProc, ancestors);
        return new ProcessInfo(
                tid,
                r.tgid,
                r.id,
                r.startMicros,
                ppid,
                comm,
                exe,
                argv,
                cwd,
                uid,
                fromProc ? ProcessInfo.SOURCE_PROC : ProcessInfo.SOURCE_TRACE,
                List.copyOf(ancestors),
                truncated,
                trace);
    }

    /** Fills the parent chain, nearest first; cuts it at maxAncestors so exited ancestors cannot pile up. */
    private boolean ancestors(ProcessRecord r, boolean withProc, List<Ancestor> out) {
        ProcessRecord last = r;
        for (ProcessRecord a = r.parent; a != null; a = a.parent) {
            if (out.size() == options.maxAncestors()) {
                last.parent = null;
                last.chainCut = true;
                return true;
            }
            ProcSnapshot s = withProc ? a.proc : null;
            String comm = a.comm != null || s == null ? a.comm : s.comm();
            String exe = a.exe != null || s == null ? a.exe : s.exe();
            out.add(new Ancestor(a.tgid, a.id, comm, exe));
            last = a;
        }
        return last.chainCut;
    }
}
