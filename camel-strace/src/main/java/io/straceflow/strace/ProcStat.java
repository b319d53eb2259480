package io.straceflow.strace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads what the JDK does not expose about a process: its group, start time and tracer (/proc, Linux only). */
final class ProcStat {
    private ProcStat() {}

    /** The process group of {@code pid}, or null when the process is gone. */
    static Long pgrp(long pid) {
        return statField(pid, 2);
    }

    /**
     * When {@code pid} started, in clock ticks since boot, or null when it is gone. With the pid it names one process
     * for good: a pid is reused, a (pid, start time) pair is not.
     */
    static Long startTime(long pid) {
        return statField(pid, 19);
    }

    /** The pid of the process that traces {@code pid} (0: none), or null when it is gone. */
    static Long tracer(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("TracerPid:")) {
                    return Long.parseLong(line.substring("TracerPid:".length()).strip());
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Field {@code index} of /proc/PID/stat, counted from the state (0) after the command name. */
    private static Long statField(long pid, int index) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // comm may contain spaces and parentheses: fields start after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[index]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
