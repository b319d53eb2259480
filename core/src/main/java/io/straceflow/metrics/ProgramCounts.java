package io.straceflow.metrics;

import io.straceflow.aggregate.OpClass;
import io.straceflow.parse.EventType;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.sink.LabelledCounts;
import io.straceflow.sink.RunStats;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the traced program did, counted from each event as the parse stage completes it (one thread): calls by
 * syscall, failed calls by errno, bytes read and written, processes started and ended. The counts go to the run's
 * {@link RunStats#labelled} counters, which the metrics endpoint serves ({@link ProgramMeters}); each one agrees with
 * events.jsonl:
 *
 * <ul>
 *   <li>{@value #SYSCALLS}: {@code syscall} events by name (a call split by other threads is one event);
 *   <li>{@value #ERRORS}: those with an {@code errno}, by errno;
 *   <li>{@value #IO_BYTES}: the return values of successful calls of the read and write classes of actions
 *       ({@link OpClass#READ}, {@link OpClass#WRITE}; the *mmsg calls return a message count and add nothing), by
 *       direction {@code read} or {@code write}: the bytes of the read and write actions;
 *   <li>{@value #STARTED}: the program {@code run} started (a trace whose first event is an execve) and every fork,
 *       vfork, clone or clone3 that made a process (not a thread: no CLONE_THREAD);
 *   <li>{@value #EXITED}: {@code exit} and {@code killed} events of processes (a thread's are left out), by {@code
 *       exited} or {@code killed}.
 * </ul>
 */
public final class ProgramCounts {
    public static final String SYSCALLS = "syscalls";
    public static final String ERRORS = "syscall_errors";
    public static final String IO_BYTES = "io_bytes";
    public static final String STARTED = "processes_started";
    public static final String EXITED = "processes_exited";

    private final LabelledCounts syscalls;
    private final LabelledCounts errors;
    private final LabelledCounts ioBytes;
    private final LabelledCounts started;
    private final LabelledCounts exited;
    /** Per syscall name, its counter and where its bytes go: one lookup per event on the parse stage's path. */
    private final Map<String, Slot> slots = new HashMap<>();
    /** Threads the trace saw made (CLONE_THREAD) and not yet end: their exits are not process exits. */
    private final Set<Integer> threads = new HashSet<>();

    private boolean first = true;

    public ProgramCounts(RunStats stats) {
        syscalls = stats.labelled(SYSCALLS);
        errors = stats.labelled(ERRORS);
        ioBytes = stats.labelled(IO_BYTES);
        started = stats.labelled(STARTED);
        exited = stats.labelled(EXITED);
    }

    public void count(SyscallEvent e) {
        boolean wasFirst = first;
        first = false;
        EventType type = e.type();
        if (type == EventType.SYSCALL) {
            syscall(e, wasFirst);
        } else if (type == EventType.EXIT || type == EventType.KILLED) {
            Integer pid = e.pid();
            if (pid == null || !threads.remove(pid)) {
                exited.add(type == EventType.EXIT ? "exited" : "killed", 1);
            }
        }
    }

    /** A syscall's counter and the counter its bytes go to (null: it moves no bytes). */
    private record Slot(AtomicLong calls, AtomicLong bytes) {}

    private void syscall(SyscallEvent e, boolean first) {
        String name = e.syscall();
        Slot slot = slots.get(name);
        if (slot == null) {
            slot = new Slot(syscalls.counter(name), bytesOf(e));
            slots.put(name, slot);
        }
        slot.calls().incrementAndGet();
        if (e.errno() != null) {
            errors.add(e.errno(), 1);
            return;
        }
        Long ret = e.ret();
        if (first && ("execve".equals(name) || "execveat".equals(name))) {
            started.add("", 1);
        }
        if (ret == null || ret <= 0) {
            return;
        }
        if (slot.bytes() != null) {
            slot.bytes().addAndGet(ret);
        } else if (OpClass.of(e) == OpClass.SPAWN) {
            String args = e.argsText();
            if (args != null && args.contains("CLONE_THREAD")) {
                threads.add(ret.intValue());
            } else {
                started.add("", 1);
            }
        }
    }

    /**
     * The byte counter of a syscall of the read or write class (as actions class them: by name, so the first event of
     * a name speaks for all); null for any other, and for the *mmsg calls, which return a count of messages.
     */
    private AtomicLong bytesOf(SyscallEvent e) {
        String name = e.syscall();
        if ("recvmmsg".equals(name) || "sendmmsg".equals(name)) {
            return null;
        }
        OpClass op = OpClass.of(e);
        return op == OpClass.READ ? ioBytes.counter("read") : op == OpClass.WRITE ? ioBytes.counter("write") : null;
    }
}
