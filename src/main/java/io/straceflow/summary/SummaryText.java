package io.straceflow.summary;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The human report: short tables a person reads at the end of a run. */
public final class SummaryText {
    private static final int TOP = 15;

    private SummaryText() {}

    public static void print(RunSummary s, PrintWriter out) {
        if (!s.run.isEmpty()) {
            out.printf(
                    "run %s on %s: %s, status %s, exit %s%n",
                    s.run.getOrDefault("run_id", "?"),
                    s.run.getOrDefault("host", "?"),
                    s.run.getOrDefault("mode", "?"),
                    s.run.getOrDefault("status", "?"),
                    s.run.getOrDefault("exit_code", "?"));
        }
        syscalls(s, out);
        files(s, out);
        if (!s.peers.isEmpty()) {
            out.println();
            out.println("network");
            s.peers.forEach((peer, n) -> out.printf("  %-60s %6d%n", peer, n));
        }
        if (!s.errors.isEmpty()) {
            out.println();
            out.println("errors by errno");
            s.errors.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.printf("  %-16s %8d%n", e.getKey(), e.getValue()));
        }
        processes(s, out);
        if (!s.counters.isEmpty()) {
            out.println();
            StringBuilder b = new StringBuilder("counters:");
            s.counters.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            out.println(b);
        }
        out.flush();
    }

    private static void syscalls(RunSummary s, PrintWriter out) {
        if (s.syscalls.isEmpty()) {
            return;
        }
        long total = s.syscalls.values().stream().mapToLong(r -> r.calls).sum();
        out.println();
        out.printf("top syscalls (%d calls)%n", total);
        out.printf("  %-20s %10s %8s %12s%n", "syscall", "calls", "errors", "time_us");
        s.syscalls.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, RunSummary.SyscallRow> e) -> e.getValue().calls)
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .forEach(e -> out.printf(
                        "  %-20s %10d %8d %12d%n",
                        e.getKey(), e.getValue().calls, e.getValue().errors, e.getValue().micros));
    }

    private static void files(RunSummary s, PrintWriter out) {
        if (s.files.isEmpty()) {
            return;
        }
        out.println();
        out.println("files read and written (top by bytes)");
        out.printf("  %-60s %12s %12s%n", "path", "read", "written");
        s.files.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, RunSummary.FileRow> e) ->
                                e.getValue().bytesRead + e.getValue().bytesWritten)
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .forEach(e -> out.printf(
                        "  %-60s %12d %12d%n",
                        shorten(e.getKey(), 60), e.getValue().bytesRead, e.getValue().bytesWritten));
    }

    private static void processes(RunSummary s, PrintWriter out) {
        if (s.processes.isEmpty()) {
            return;
        }
        out.println();
        out.println("processes");
        for (RunSummary.ProcessRow p : s.processes.values()) {
            if (p.parentId == null || !s.processes.containsKey(p.parentId)) {
                tree(s, p, "  ", out);
            }
        }
    }

    private static void tree(RunSummary s, RunSummary.ProcessRow p, String indent, PrintWriter out) {
        String end =
                p.killedBy != null ? "killed by " + p.killedBy : p.exitCode != null ? "exit " + p.exitCode : "running";
        List<String> argv = p.argv;
        out.printf(
                "%s%d %s%s  (%s)%n",
                indent,
                p.pid,
                p.exe == null ? "?" : p.exe,
                argv.size() > 1 ? " " + shorten(String.join(" ", argv.subList(1, argv.size())), 60) : "",
                end);
        for (String child : p.children) {
            tree(s, s.processes.get(child), indent + "  ", out);
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
