package io.straceflow.summary.html;

import io.straceflow.summary.RunSummary;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of the report, each capped so a large run stays readable: top syscalls (by calls, time and errors),
 * files read and written, network peers, errors by errno, stream counters.
 */
final class ReportTables {
    /** Syscalls shown: this many with the most calls, plus the top {@link #SYSCALLS_BY_TIME_OR_ERRORS}. */
    static final int SYSCALLS_BY_CALLS = 30;

    static final int SYSCALLS_BY_TIME_OR_ERRORS = 10;
    static final int FILES = 50;
    static final int PEERS = 50;
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
                        .filter(e -> e.getValue().micros > 0)
                        .toList(),
                Comparator.comparingLong(e -> e.getValue().micros),
                SYSCALLS_BY_TIME_OR_ERRORS));
        shown.addAll(top(
                s.syscalls.entrySet().stream()
                        .filter(e -> e.getValue().errors > 0)
                        .toList(),
                Comparator.comparingLong(e -> e.getValue().errors),
                SYSCALLS_BY_TIME_OR_ERRORS));
        long calls = s.syscalls.values().stream().mapToLong(r -> r.calls).sum();
        boolean timed = s.syscalls.values().stream().anyMatch(r -> r.micros > 0);
        HtmlTable t = timed
                ? new HtmlTable("syscall", "calls", "errors", "time (µs)")
                : new HtmlTable("syscall", "calls", "errors");
        top(shown, byCalls, shown.size()).forEach(e -> {
            RunSummary.SyscallRow r = e.getValue();
            if (timed) {
                t.row(e.getKey(), r.calls, r.errors, r.micros);
            } else {
                t.row(e.getKey(), r.calls, r.errors);
            }
        });
        t.write(
                out,
                Html.num(calls) + " calls of " + s.syscalls.size() + " different syscalls"
                        + (timed ? "" : " (trace with -T for the time spent in each)")
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

    static void network(RunSummary s, StringBuilder out) {
        if (s.peers.isEmpty()) {
            Html.empty(out, "no connect, accept or bind in this trace");
            return;
        }
        HtmlTable t = new HtmlTable("operation", "peer", "actions");
        top(s.peers.entrySet(), Map.Entry.comparingByValue(), PEERS).forEach(e -> {
            String[] opPeer = e.getKey().split(" ", 2);
            t.row(opPeer[0], opPeer.length > 1 ? opPeer[1] : "", e.getValue());
        });
        t.write(out, leftOut(s.peers.size(), PEERS, "peers", "by actions"));
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
