package io.straceflow.summary.html;

import io.straceflow.summary.RunSummary;
import io.straceflow.summary.SummaryText;
import io.straceflow.summary.SummaryView;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of the report, each capped so a large run stays readable: syscalls (by time with -T, by calls, time and
 * errors), paths touched, files read and written, network peers, errors by errno, stream counters.
 */
final class ReportTables {
    /** Syscalls shown: this many with the most calls, plus the top {@link #SYSCALLS_BY_TIME_OR_ERRORS}. */
    static final int SYSCALLS_BY_CALLS = 30;

    static final int SYSCALLS_BY_TIME_OR_ERRORS = 10;
    static final int FILES = 50;
    static final int PEERS = 50;
    static final int PATHS = 200;
    /** The caps of the tables that come from a {@link SummaryView}. */
    private static final SummaryView.Caps CAPS = new SummaryView.Caps(SYSCALLS_BY_CALLS, PATHS, PEERS, 50, 500);

    static final int ERRNOS = 50;

    private ReportTables() {}

    static void syscalls(RunSummary s, StringBuilder out) {
        if (s.syscalls.isEmpty()) {
            Html.empty(out, "no syscall returned in this trace");
            return;
        }
        Comparator<Map.Entry<String, RunSummary.SyscallRow>> byCalls =
                Comparator.comparingLong(e -> e.getValue().calls);
        Set<Map.Entry<String, RunSummary.SyscallRow>> shown = new LinkedHashSet<>();
        shown.addAll(top(s.syscalls.entrySet(), byCalls, SYSCALLS_BY_CALLS));
        shown.addAll(top(
                s.syscalls.entrySet().stream()
                        .filter(e -> e.getValue().timeUs > 0)
                        .toList(),
                Comparator.comparingLong(e -> e.getValue().timeUs),
                SYSCALLS_BY_TIME_OR_ERRORS));
        shown.addAll(top(
                s.syscalls.entrySet().stream()
                        .filter(e -> e.getValue().errors > 0)
                        .toList(),
                Comparator.comparingLong(e -> e.getValue().errors),
                SYSCALLS_BY_TIME_OR_ERRORS));
        long calls = s.totalCalls();
        boolean timed = s.syscallTimes;
        long total = s.totalTimeUs();
        HtmlTable t = timed
                ? new HtmlTable("syscall", "% time", "time (µs)", "µs/call", "calls", "errors")
                : new HtmlTable("syscall", "calls", "errors");
        Comparator<Map.Entry<String, RunSummary.SyscallRow>> order = timed
                ? Comparator.<Map.Entry<String, RunSummary.SyscallRow>>comparingLong(e -> e.getValue().timeUs)
                        .thenComparing(byCalls)
                : byCalls;
        top(shown, order, shown.size()).forEach(e -> {
            RunSummary.SyscallRow r = e.getValue();
            if (timed) {
                t.row(
                        e.getKey(),
                        new HtmlTable.Decimal(total == 0 ? 0 : 100.0 * r.timeUs / total),
                        r.timeUs,
                        r.calls == 0 ? 0 : r.timeUs / r.calls,
                        r.calls,
                        r.errors);
            } else {
                t.row(e.getKey(), r.calls, r.errors);
            }
        });
        t.write(
                out,
                Html.num(calls) + " calls of " + s.syscalls.size() + " different syscalls"
                        + (timed
                                ? ", " + Html.duration(total) + " in them (wall time from entry to return, -T), sorted"
                                        + " by time"
                                : " (the trace has no syscall times: trace with -T for the time spent in each)")
                        + (shown.size() < s.syscalls.size()
                                ? "; shown: the " + SYSCALLS_BY_CALLS + " most called and the "
                                        + SYSCALLS_BY_TIME_OR_ERRORS
                                        + " with the most time and with the most errors ("
                                        + (s.syscalls.size() - shown.size()) + " more not shown)"
                                : ""));
    }

    static void files(RunSummary s, StringBuilder out) {
        if (s.files.isEmpty()) {
            Html.empty(out, "no bytes read or written");
            return;
        }
        HtmlTable t = new HtmlTable("path", "bytes read", "bytes written", "read calls", "write calls");
        top(
                        s.files.entrySet(),
                        Comparator.comparingLong(e -> e.getValue().bytesRead + e.getValue().bytesWritten),
                        FILES)
                .forEach(e -> {
                    RunSummary.FileRow f = e.getValue();
                    t.row(e.getKey(), f.bytesRead, f.bytesWritten, f.reads, f.writes);
                });
        t.write(out, leftOut(s.files.size(), FILES, "files, pipes and sockets", "by bytes"));
    }

    /** Every connect, accept, bind and addressed send/receive, per operation, address and process, with bytes. */
    static void network(RunSummary s, StringBuilder out) {
        if (s.peers.isEmpty()) {
            Html.empty(out, "no connect, accept or bind in this trace");
            return;
        }
        SummaryView v = SummaryView.of(s, CAPS);
        HtmlTable t = new HtmlTable("operation", "address", "pid", "calls", "bytes sent", "bytes received", "errors");
        for (RunSummary.PeerRow p : v.peers) {
            t.row(
                    p.op,
                    p.address == null ? "(none)" : p.address,
                    p.pid,
                    p.calls,
                    p.bytesSent,
                    p.bytesReceived,
                    SummaryText.errors(p.errors));
        }
        t.write(out, leftOut(s.peers.size(), PEERS, "peers", "by bytes"));
    }

    /**
     * The paths touched and what was done to each (opened, created, read, written, renamed, deleted, failed with
     * which errno); the dynamic loader's and locale probes folded into the last row.
     */
    static void paths(RunSummary s, StringBuilder out) {
        SummaryView v = SummaryView.of(s, CAPS);
        if (v.paths.isEmpty() && v.probes.paths == 0 && v.commandSearch.paths == 0) {
            Html.empty(out, "no path touched in this trace");
            return;
        }
        HtmlTable t = new HtmlTable("path", "what was done", "bytes read", "bytes written", "failed calls");
        for (RunSummary.PathRow r : v.paths) {
            t.row(r.path, SummaryText.operations(r), r.bytesRead, r.bytesWritten, r.failed());
        }
        if (v.commandSearch.paths > 0) {
            RunSummary.PathRow folded =
                    v.commandSearch.asRow("(command search on $PATH: " + v.commandSearch.paths + " paths)");
            t.row(folded.path, SummaryText.operations(folded), 0L, 0L, folded.failed());
        }
        if (v.probes.paths > 0) {
            RunSummary.PathRow folded = v.probes.asRow("(dynamic loader and locale: " + v.probes.paths + " paths)");
            t.row(folded.path, SummaryText.operations(folded), folded.bytesRead, 0L, folded.failed());
        }
        int own = v.paths.size() + v.pathsOmitted;
        t.write(
                out,
                (own <= PATHS
                                ? own + " paths of the program's own"
                                : "the " + PATHS + " most telling of " + Html.num(own) + " paths of the program's own"
                                        + " (changed, failed, executed, read first; " + Html.num(v.pathsOmitted)
                                        + " more not shown)")
                        + (v.commandSearch.paths > 0
                                ? "; the misses of command searches on $PATH (" + v.commandSearch.paths
                                        + " paths) are folded into one row"
                                : "")
                        + (v.probes.paths > 0
                                ? "; the dynamic loader's and locale probes (" + v.probes.paths
                                        + " paths) are folded into the last row"
                                : ""));
    }

    static void errors(RunSummary s, StringBuilder out) {
        if (s.errors.isEmpty()) {
            Html.empty(out, "no syscall failed");
            return;
        }
        HtmlTable t = new HtmlTable("errno", "failed calls");
        top(s.errors.entrySet(), Map.Entry.comparingByValue(), ERRNOS).forEach(e -> t.row(e.getKey(), e.getValue()));
        t.write(out, leftOut(s.errors.size(), ERRNOS, "errnos", "by calls"));
    }

    static void counters(RunSummary s, StringBuilder out) {
        if (s.counters.isEmpty()) {
            Html.empty(out, "run.json holds no counters");
            return;
        }
        HtmlTable t = new HtmlTable("counter", "value");
        s.counters.forEach((k, v) -> t.row(k, v));
        t.write(out, null);
    }

    /** The {@code n} largest by {@code order}, largest first; ties in the collection's order. */
    static <T> List<T> top(Collection<T> all, Comparator<? super T> order, int n) {
        return all.stream().sorted(order.reversed()).limit(n).toList();
    }

    private static String leftOut(int total, int cap, String what, String order) {
        return total <= cap
                ? total + " " + what
                : "the top " + cap + " of " + Html.num(total) + " " + what + " " + order + " (" + Html.num(total - cap)
                        + " more not shown)";
    }
}
