package io.straceflow.strace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads fields of /proc/PID/stat that the JDK does not expose (process group). */
final class ProcStat {
    private ProcStat() {}

    /** The process group of {@code pid}, or null when the process is gone. */
    static Long pgrp(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // comm may contain spaces and parentheses: fields start after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[2]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
