package io.straceflow.summary;

import io.straceflow.summary.RunSummary.PathRow;
import io.straceflow.summary.RunSummary.PeerRow;
import io.straceflow.summary.RunSummary.ProcessRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human report: short tables a person reads at the end of a run. It prints a {@link SummaryView} (the same rows
 * as the JSON report); docs/report.md shows an example.
 */
public final class SummaryText {
    /** Width of the path column; longer paths are cut in the middle, so the file name stays. */
    static final int PATH = 56;
    /** Width of the address column of the peers table. */
    static final int ADDRESS = 40;
    /** Arguments of a process longer than this are cut at the end. */
    static final int ARGUMENTS = 100;

    private SummaryText() {}

    public static void print(RunSummary s, PrintWriter out) {
        print(SummaryView.of(s), out);
    }

    public static void print(SummaryView v, PrintWriter out) {
        RunSummary s = v.summary;
        header(v, out);
        syscalls(v, out);
        paths(v, out);
        peers(v, out);
        if (!v.errnos.isEmpty()) {
            out.println();
            out.println("errors by errno");
            for (Map.Entry<String, Long> e : v.errnos) {
                out.printf("  %-16s %8d%n", e.getKey(), e.getValue());
            }
            omitted(out, v.errnosOmitted, "errno", "errnos");
        }
        processes(v, out);
        if (!s.counters.isEmpty()) {
            out.println();
            StringBuilder b = new StringBuilder("counters:");
            s.counters.forEach((k, val) -> b.append(' ').append(k).append('=').append(val));
            out.println(b);
        }
        out.flush();
    }

    private static void header(SummaryView v, PrintWriter out) {
        RunSummary s = v.summary;
        if (!s.run.isEmpty()) {
            out.printf(
                    "run %s on %s: %s, status %s, exit %s%n",
                    s.run.getOrDefault("run_id", "?"),
                    s.run.getOrDefault("host", "?"),
                    s.run.getOrDefault("mode", "?"),
                    s.run.getOrDefault("status", "?"),
                    s.run.getOrDefault("exit_code", "?"));
        }
        if (s.run.get("command") instanceof List<?> argv && !argv.isEmpty()) {
            String line = Fmt.commandLine(argv.stream().map(String::valueOf).toList());
            out.printf(
                    "command%s: %s%n",
                    "first execve".equals(s.commandSource) ? " (from the trace's first execve)" : "",
                    Fmt.end(line, 300));
        }
        if (s.processes.isEmpty() && s.syscalls.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(s.processes.size()).append(s.processes.size() == 1 ? " process" : " processes");
        Long revealed = s.counters.get("processes");
        if (revealed != null && revealed != s.processes.size()) {
            // the enricher also counts processes that the trace only named (a clone's child that made no call)
            b.append(" with calls in the trace (").append(revealed).append(" revealed, as the counters say)");
        }
        b.append(", ");
        b.append(Fmt.num(s.totalCalls())).append(s.totalCalls() == 1 ? " syscall" : " syscalls");
        if (s.totalErrors() > 0) {
            b.append(" (").append(Fmt.num(s.totalErrors())).append(" failed)");
        }
        if (s.syscallTimes) {
            b.append(", ").append(Fmt.duration(s.totalTimeUs())).append(" in syscalls");
        }
        Long traced = v.tracedUs();
        if (traced != null) {
            b.append(", ").append(Fmt.duration(traced)).append(" from first to last process");
        }
        out.println(b);
    }

    /** Like strace -c (-w: the wall time from entry to return, as -T measures it), sorted by time; or by calls. */
    private static void syscalls(SummaryView v, PrintWriter out) {
        RunSummary s = v.summary;
        if (v.syscalls.isEmpty()) {
            return;
        }
        out.println();
        if (s.syscallTimes) {
            long total = s.totalTimeUs();
            out.println("where the time went: syscalls by time spent in them (like strace -c -w)");
            out.printf("  %6s %11s %9s %9s %9s  %s%n", "% time", "total", "µs/call", "calls", "errors", "syscall");
            for (SummaryView.Syscall r : v.syscalls) {
                out.printf(
                        "  %6.2f %11s %9d %9d %9s  %s%n",
                        total == 0 ? 0.0 : 100.0 * r.timeUs() / total,
                        Fmt.duration(r.timeUs()),
                        r.calls() == 0 ? 0 : r.timeUs() / r.calls(),
                        r.calls(),
                        r.errors() == 0 ? "" : Long.toString(r.errors()),
                        r.name());
            }
            out.printf(
                    "  %6.2f %11s %9d %9d %9s  %s%n",
                    100.0,
                    Fmt.duration(total),
                    s.totalCalls() == 0 ? 0 : total / s.totalCalls(),
                    s.totalCalls(),
                    s.totalErrors() == 0 ? "" : Long.toString(s.totalErrors()),
                    "total");
        } else {
            out.println("syscalls by calls (the trace has no syscall times: trace with -T to see where the time went)");
            out.printf("  %9s %9s  %s%n", "calls", "errors", "syscall");
            for (SummaryView.Syscall r : v.syscalls) {
                out.printf("  %9d %9s  %s%n", r.calls(), r.errors() == 0 ? "" : Long.toString(r.errors()), r.name());
            }
            out.printf(
                    "  %9d %9s  %s%n",
                    s.totalCalls(), s.totalErrors() == 0 ? "" : Long.toString(s.totalErrors()), "total");
        }
        omitted(out, v.syscallsOmitted, "syscall", "syscalls");
    }

    private static void paths(SummaryView v, PrintWriter out) {
        if (v.paths.isEmpty() && v.probes.paths == 0 && v.commandSearch.paths == 0) {
            return;
        }
        out.println();
        int own = v.paths.size() + v.pathsOmitted;
        StringBuilder title = new StringBuilder("paths touched (").append(own).append(" of the program's");
        if (v.probes.paths + v.commandSearch.paths > 0) {
            title.append("; folded on the last lines: ");
            if (v.commandSearch.paths > 0) {
                title.append(v.commandSearch.paths).append(" misses of command searches on $PATH");
                title.append(v.probes.paths > 0 ? ", " : "");
            }
            if (v.probes.paths > 0) {
                title.append(v.probes.paths).append(" dynamic loader and locale probes");
            }
        }
        out.println(title.append(')'));
        for (PathRow r : v.paths) {
            out.printf("  %-" + PATH + "s  %s%n", Fmt.middle(r.path, PATH), operations(r));
        }
        omitted(out, v.pathsOmitted, "path", "paths");
        if (v.summary.pathCallsUntracked > 0) {
            out.printf(
                    "  (%s calls on further paths not kept: more than %s distinct paths)%n",
                    Fmt.num(v.summary.pathCallsUntracked), Fmt.num(SummaryReader.MAX_PATHS));
        }
        if (v.commandSearch.paths > 0) {
            out.printf(
                    "  %-" + PATH + "s  %s%n",
                    "(command search on $PATH: " + v.commandSearch.paths + " paths)",
                    operations(v.commandSearch.asRow("")));
        }
        if (v.probes.paths > 0) {
            out.printf(
                    "  %-" + PATH + "s  %s%n",
                    "(dynamic loader and locale: " + v.probes.paths + " paths)",
                    operations(v.probes.asRow("")));
        }
    }

    /** What was done to a path: "opened, created, renamed to /tmp/b.txt; failed: open ENOENT". */
    public static String operations(PathRow r) {
        Map<String, Long> ops = r.operations;
        long bytesRead = r.bytesRead;
        long bytesWritten = r.bytesWritten;
        Map<String, Long> failures = r.failures;
        Iterable<String> renamedTo = r.renamedTo;
        Iterable<String> renamedFrom = r.renamedFrom;
        List<String> parts = new ArrayList<>();
        for (String op : PathOps.ALL) {
            Long n = ops.get(op);
            if (n == null) {
                continue;
            }
            String label = switch (op) {
                case PathOps.EXEC -> "exec'd";
                case PathOps.STAT -> "stat'd";
                case PathOps.RENAMED_FROM -> "renamed to " + String.join(", ", renamedTo);
                case PathOps.RENAMED_TO -> "renamed from " + String.join(", ", renamedFrom);
                default -> op;
            };
            StringBuilder p = new StringBuilder(label);
            if (n > 1) {
                p.append(" ×").append(Fmt.num(n));
            }
            if (op.equals(PathOps.READ) && bytesRead > 0) {
                p.append(" (").append(Fmt.bytes(bytesRead)).append(')');
            } else if (op.equals(PathOps.WRITTEN) && bytesWritten > 0) {
                p.append(" (").append(Fmt.bytes(bytesWritten)).append(')');
            }
            parts.add(p.toString());
        }
        String done = String.join(", ", parts);
        if (failures.isEmpty()) {
            return done;
        }
        List<String> failed = new ArrayList<>();
        failures.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(f -> failed.add(f.getKey() + (f.getValue() > 1 ? " ×" + Fmt.num(f.getValue()) : "")));
        return (done.isEmpty() ? "" : done + "; ") + "failed: " + String.join(", ", failed);
    }

    private static void peers(SummaryView v, PrintWriter out) {
        if (v.peers.isEmpty()) {
            return;
        }
        out.println();
        out.println("network peers (every connect, accept, bind and addressed send/receive; bytes of the connection)");
        out.printf(
                "  %-8s %-" + ADDRESS + "s %8s %6s %12s %12s  %s%n",
                "op",
                "address",
                "pid",
                "calls",
                "sent",
                "received",
                "errors");
        for (PeerRow p : v.peers) {
            out.printf(
                    "  %-8s %-" + ADDRESS + "s %8d %6d %12d %12d  %s%n",
                    p.op,
                    p.address == null ? "(none)" : Fmt.middle(p.address, ADDRESS),
                    p.pid,
                    p.calls,
                    p.bytesSent,
                    p.bytesReceived,
                    errors(p.errors));
        }
        omitted(out, v.peersOmitted, "peer", "peers");
    }

    public static String errors(Map<String, Long> errors) {
        List<String> parts = new ArrayList<>();
        errors.forEach((errno, n) -> parts.add(n == 1 ? errno : errno + " ×" + n));
        return String.join(", ", parts);
    }

    /** The process tree, identical siblings folded: "/usr/bin/true ×400  exit 0, ...". */
    private static void processes(SummaryView v, PrintWriter out) {
        RunSummary s = v.summary;
        if (v.processes.isEmpty()) {
            return;
        }
        out.println();
        out.println(
                s.syscallTimes
                        ? "processes (how each ended, how long it ran, and its time in syscalls)"
                        : "processes (how each ended and how long it ran)");
        for (SummaryView.ProcessLine line : v.processes) {
            ProcessRow p = line.first();
            String indent = "  ".repeat(line.depth() + 1);
            String args = SummaryView.arguments(p);
            String what = SummaryView.program(p) + (args.isEmpty() ? "" : " " + Fmt.end(args, ARGUMENTS));
            StringBuilder b = new StringBuilder(indent);
            int n = line.members().size();
            if (n == 1) {
                b.append(p.pid).append(' ').append(what);
            } else {
                b.append(what).append(" ×").append(n);
            }
            b.append("  ").append(SummaryView.endText(p));
            Long wall = line.wallUs();
            if (wall != null) {
                b.append(", ").append(Fmt.duration(wall)).append(n == 1 ? "" : " in all");
            }
            if (s.syscallTimes) {
                b.append(" (").append(Fmt.duration(line.syscallUs())).append(" in syscalls)");
            }
            if (n > 1) {
                b.append("; pids ")
                        .append(p.pid)
                        .append(n == 2 ? ", " : " … ")
                        .append(line.members().get(n - 1).pid);
            }
            out.println(b);
        }
        if (v.processesOmitted > 0) {
            out.printf(
                    "  (%d more processes not shown: the list stops at %d lines)%n",
                    v.processesOmitted, SummaryView.TEXT.processLines());
        }
    }

    private static void omitted(PrintWriter out, int n, String one, String many) {
        if (n > 0) {
            out.printf(Locale.ROOT, "  (%d more %s not shown)%n", n, n == 1 ? one : many);
        }
    }
}
