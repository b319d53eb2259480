package io.straceflow.enrich;

import java.util.List;

/**
 * What /proc said about a process at one moment. Any field may be null (permission, kernel thread, race with exit).
 *
 * @param startTicks field 22 of /proc/PID/stat: start time in clock ticks after boot
 * @param uid the effective uid (second value of the {@code Uid:} line)
 */
public record ProcSnapshot(
        int pid,
        Integer tgid,
        Integer ppid,
        String comm,
        String exe,
        List<String> argv,
        String cwd,
        Integer uid,
        Long startTicks) {

    public ProcSnapshot {
        argv = argv == null ? null : List.copyOf(argv);
    }
}
