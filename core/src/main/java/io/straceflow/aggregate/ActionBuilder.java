package io.straceflow.aggregate;

import io.straceflow.parse.EventType;
import io.straceflow.parse.FdInfo;
import io.straceflow.parse.SyscallEvent;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Accumulates the events of one open group; {@link #build()} turns it into an {@link Action}. Not thread-safe. */
final class ActionBuilder {
    /** More distinct paths than this in one group are counted, not listed. */
    static final int MAX_PATHS = 16;

    private final int pid;
    private final Long fd;
    private final OpClass op;
    private final Set<String> paths = new LinkedHashSet<>();
    private final Map<String, Long> syscalls = new TreeMap<>();
    private final Map<String, Long> errors = new TreeMap<>();
    private String target;
    private long count;
    private long bytes;
    private String start;
    private String end;
    private Long startMicros;
    private Long endMicros;
    private long firstSeq;
    private long lastSeq;

    ActionBuilder(SyscallEvent first, OpClass op, long seq) {
        this.op = op;
        this.pid = first.pid() == null ? -1 : first.pid();
        FdInfo fd = EventFacts.objectFd(first, op);
        this.fd = fd == null ? null : fd.fd();
        this.firstSeq = seq;
        this.lastSeq = seq;
        add(first, seq);
    }

    void add(SyscallEvent e, long seq) {
        count++;
        syscalls.merge(callName(e), 1L, Long::sum);
        if (e.errno() != null) {
            errors.merge(e.errno(), 1L, Long::sum);
        }
        bytes += EventFacts.bytes(e, op);
        String path = EventFacts.path(e, EventFacts.objectFd(e, op));
        if (path != null && (paths.size() < MAX_PATHS || paths.contains(path))) {
            paths.add(path);
        }
        if (target == null) {
            target = EventFacts.target(e, op);
        }
        firstSeq = Math.min(firstSeq, seq);
        lastSeq = Math.max(lastSeq, seq);
        // merged calls arrive in completion order, so an event may start before the ones already in the group
        String eventEndTs = e.endTs() != null ? e.endTs() : e.ts();
        if (e.timeMicros() == null) {
            // -r or no timestamps: no order to compare by, keep the printed stamps of first and last
            start = start == null ? e.ts() : start;
            end = eventEndTs;
            return;
        }
        if (startMicros == null || e.timeMicros() < startMicros) {
            startMicros = e.timeMicros();
            start = e.ts();
        }
        if (endMicros == null || e.endTimeMicros() >= endMicros) {
            endMicros = e.endTimeMicros();
            end = eventEndTs;
        }
    }

    int size() {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** Event time of the group's latest end, null when the trace has no absolute timestamps. */
    Long endMicros() {
        return endMicros;
    }

    Action build() {
        String path = paths.size() == 1 ? paths.iterator().next() : null;
        List<String> many = paths.size() > 1 ? List.copyOf(paths) : List.of();
        return new Action(
                pid,
                fd,
                path,
                many,
                target,
                op,
                Collections.unmodifiableMap(new TreeMap<>(syscalls)),
                count,
                bytes,
                Collections.unmodifiableMap(new TreeMap<>(errors)),
                start,
                end,
                startMicros,
                endMicros,
                firstSeq,
                lastSeq);
    }

    private static String callName(SyscallEvent e) {
        EventType t = e.type();
        return switch (t) {
            case SYSCALL -> e.syscall();
            case SIGNAL -> "--- " + e.signal();
            case EXIT -> "+++ exited";
            case KILLED -> "+++ killed";
            default -> t.json();
        };
    }
}
