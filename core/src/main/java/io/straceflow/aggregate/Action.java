package io.straceflow.aggregate;

import java.util.List;
import java.util.Map;

/**
 * One action: consecutive events of one (pid, fd, operation class) with no gap longer than the window between them.
 * Fields are documented in docs/actions.md.
 *
 * @param pid the process (thread) id
 * @param fd the fd the calls acted on; null for classes without one (open, exec, signals, ...)
 * @param path the path (or -yy decoration) they all named; null when none or when they named several
 * @param paths the distinct paths when there were several (at most {@link ActionBuilder#MAX_PATHS}), else empty
 * @param target the peer of connect/bind/accept when strace showed it, else null
 * @param op the operation class
 * @param syscalls calls per name, sorted by name; delivered signals as {@code --- SIGCHLD}, exits as {@code +++
 *     exited} / {@code +++ killed}
 * @param count number of events
 * @param bytes sum of the byte counts returned by read/write-class calls
 * @param errors failed calls per errno, sorted
 * @param start the earliest start timestamp as strace printed it (null without -t/-tt)
 * @param end the latest end timestamp as printed
 * @param startMicros epoch microseconds of {@code start}, null without an absolute time
 * @param endMicros epoch microseconds of {@code end}
 * @param firstSeq seq of the first event in events.jsonl
 * @param lastSeq seq of the last event
 */
public record Action(
        int pid,
        Long fd,
        String path,
        List<String> paths,
        String target,
        OpClass op,
        Map<String, Long> syscalls,
        long count,
        long bytes,
        Map<String, Long> errors,
        String start,
        String end,
        Long startMicros,
        Long endMicros,
        long firstSeq,
        long lastSeq) {}
