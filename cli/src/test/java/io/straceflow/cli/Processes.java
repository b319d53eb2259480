package io.straceflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds live processes through /proc, to prove that nothing of a traced tree is left behind. */
final class Processes {
    private Processes() {}

    /** Pids whose command line contains {@code marker} (excluding zombies, which have no cmdline). */
    static List<Long> withCmdline(String marker) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> cmdline(p).contains(marker))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .toList();
        }
    }

    /** True while the process exists in any state but zombie. */
    static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static String cmdline(Path proc) {
        try {
            return new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
