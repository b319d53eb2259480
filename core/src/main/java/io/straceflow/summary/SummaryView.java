package io.straceflow.summary;

import io.straceflow.summary.RunSummary.PathRow;
import io.straceflow.summary.RunSummary.PeerRow;
import io.straceflow.summary.RunSummary.ProcessRow;
import io.straceflow.summary.RunSummary.SyscallRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a report shows of a {@link RunSummary}: each table sorted and capped, with how much it left out. The text and
 * the JSON report print the same view ({@link #TEXT}), so they agree row for row; the HTML page takes larger caps.
 */
public final class SummaryView {
    /** How many rows each table keeps. */
    public record Caps(int syscalls, int paths, int peers, int errnos, int processLines) {}

    /** The caps of the text and JSON reports. */
    public static final Caps TEXT = new Caps(20, 40, 30, 15, 60);

    /** A syscall row of the time table. */
    public record Syscall(String name, long calls, long errors, long timeUs) {}

    /** Paths folded into one line (loader and locale probes, command search misses): how many, their calls summed. */
    public static final class Folded {
        public int paths;
        public final Map<String, Long> operations = new TreeMap<>();
        public long bytesRead;
        public final Map<String, Long> errors = new TreeMap<>();
        /** Failed calls by operation and errno, as {@link PathRow#failures}. */
        public final Map<String, Long> failures = new TreeMap<>();

        void add(PathRow r) {
            paths++;
            r.operations.forEach((op, n) -> operations.merge(op, n, Long::sum));
            r.errors.forEach((errno, n) -> errors.merge(errno, n, Long::sum));
            r.failures.forEach((f, n) -> failures.merge(f, n, Long::sum));
            bytesRead += r.bytesRead;
        }

        /** The folded line as a row of its own, named {@code label}. */
        public PathRow asRow(String label) {
            PathRow row = new PathRow(label, -1);
            row.operations.putAll(operations);
            row.bytesRead = bytesRead;
            row.errors.putAll(errors);
            row.failures.putAll(failures);
            return row;
        }
    }

    /**
     * A line of the process list: one process, or identical siblings folded into one line ({@code members} holds
     * them all, in the order they started). Identical: same program, arguments and end, and no children.
     */
    public record ProcessLine(int depth, List<ProcessRow> members) {
        public ProcessRow first() {
            return members.get(0);
        }

        public long syscallUs() {
            return members.stream().mapToLong(p -> p.syscallUs).sum();
        }

        public long calls() {
            return members.stream().mapToLong(p -> p.calls).sum();
        }

        /** Wall time summed over the members whose start and end are known; null when none has both. */
        public Long wallUs() {
            Long sum = null;
            for (ProcessRow p : members) {
                Long w = SummaryView.wallUs(p);
                if (w != null) {
                    sum = (sum == null ? 0 : sum) + w;
                }
            }
            return sum;
        }
    }

    public final RunSummary summary;

    public final List<Syscall> syscalls = new ArrayList<>();
    public int syscallsOmitted;

    /** The program's own paths (the probes folded out), the most telling ones, in the order they first appeared. */
    public final List<PathRow> paths = new ArrayList<>();

    public int pathsOmitted;
    /** The dynamic loader's and the locale probes, on one line. */
    public final Folded probes = new Folded();
    /** The misses of command searches on $PATH ({@code /usr/local/bin/cat}: no such file), on one line. */
    public final Folded commandSearch = new Folded();

    public final List<PeerRow> peers = new ArrayList<>();
    public int peersOmitted;

    public final List<Map.Entry<String, Long>> errnos = new ArrayList<>();
    public int errnosOmitted;

    public final List<ProcessLine> processes = new ArrayList<>();
    /** Processes not on any line (the list was cut). */
    public int processesOmitted;

    private SummaryView(RunSummary s) {
        this.summary = s;
    }

    public static SummaryView of(RunSummary s) {
        return of(s, TEXT);
    }

    public static SummaryView of(RunSummary s, Caps caps) {
        SummaryView v = new SummaryView(s);
        v.syscalls(caps.syscalls());
        v.paths(caps.paths());
        v.peers(caps.peers());
        v.errnos(caps.errnos());
        v.processes(caps.processLines());
        return v;
    }

    /** Sorted by time in them (with -T), else by calls; then by name. */
    private void syscalls(int cap) {
        Comparator<Map.Entry<String, SyscallRow>> order = summary.syscallTimes
                ? Comparator.comparingLong((Map.Entry<String, SyscallRow> e) -> -e.getValue().timeUs)
                        .thenComparingLong(e -> -e.getValue().calls)
                : Comparator.comparingLong(e -> -e.getValue().calls);
        summary.syscalls.entrySet().stream()
                .sorted(order.thenComparing(Map.Entry::getKey))
                .limit(cap)
                .forEach(e -> syscalls.add(
                        new Syscall(e.getKey(), e.getValue().calls, e.getValue().errors, e.getValue().timeUs)));
        syscallsOmitted = summary.syscalls.size() - syscalls.size();
    }

    /**
     * The probes fold into one line; of the rest, the most telling {@code cap} are kept (those that changed the
     * file system, then failed calls, then exec and chdir, then paths read from, then the rest; more calls first)
     * and listed in the order they first appeared.
     */
    private void paths(int cap) {
        Set<String> executed = new HashSet<>();
        for (PathRow r : summary.paths.values()) {
            if (r.operations.containsKey(PathOps.EXEC)) {
                executed.add(Probes.name(r.path));
            }
        }
        List<PathRow> own = new ArrayList<>();
        for (PathRow r : summary.paths.values()) {
            if (Probes.isProbe(r)) {
                probes.add(r);
            } else if (Probes.isCommandSearch(r, executed)) {
                commandSearch.add(r);
            } else {
                own.add(r);
            }
        }
        own.stream()
                .sorted(Comparator.comparingInt(SummaryView::rank)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(PathRow::calls).reversed())
                        .thenComparingLong(r -> r.order))
                .limit(cap)
                .sorted(Comparator.comparingLong(r -> r.order))
                .forEach(paths::add);
        pathsOmitted = own.size() - paths.size();
    }

    private static int rank(PathRow r) {
        Map<String, Long> ops = r.operations;
        if (ops.containsKey(PathOps.CREATED)
                || ops.containsKey(PathOps.WRITTEN)
                || ops.containsKey(PathOps.RENAMED_FROM)
                || ops.containsKey(PathOps.RENAMED_TO)
                || ops.containsKey(PathOps.UNLINKED)
                || ops.containsKey(PathOps.MKDIR)
                || ops.containsKey(PathOps.RMDIR)
                || ops.containsKey(PathOps.CHANGED)) {
            return 4;
        }
        if (!r.errors.isEmpty()) {
            return 3;
        }
        if (ops.containsKey(PathOps.EXEC) || ops.containsKey(PathOps.CHDIR)) {
            return 2;
        }
        return ops.containsKey(PathOps.READ) ? 1 : 0;
    }

    /** By bytes moved, then calls, then first appearance. */
    private void peers(int cap) {
        summary.peers.stream()
                .sorted(Comparator.comparingLong((PeerRow p) -> -(p.bytesSent + p.bytesReceived))
                        .thenComparingLong(p -> -p.calls))
                .limit(cap)
                .forEach(peers::add);
        peersOmitted = summary.peers.size() - peers.size();
    }

    private void errnos(int cap) {
        summary.errors.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(cap)
                .forEach(errnos::add);
        errnosOmitted = summary.errors.size() - errnos.size();
    }

    /**
     * The process tree depth first (iterative: a chain of thousands of nested shells costs no stack), identical
     * sibling leaves folded into one line at the place of the first, at most {@code cap} lines.
     */
    private void processes(int cap) {
        Map<String, ProcessRow> all = summary.processes;
        List<ProcessRow> roots = new ArrayList<>();
        for (ProcessRow p : all.values()) {
            if (p.parentId == null || !all.containsKey(p.parentId)) {
                roots.add(p);
            }
        }
        roots.addAll(all.values()); // a parent loop (only in edited data) has no root: still list each once
        Set<String> visited = new HashSet<>();
        Deque<ProcessLine> todo = new ArrayDeque<>();
        int shown = 0;
        for (ProcessRow root : roots) {
            if (visited.contains(root.id)) {
                continue;
            }
            todo.push(new ProcessLine(0, List.of(root)));
            while (!todo.isEmpty()) {
                ProcessLine line = todo.pop();
                if (!visited.add(line.first().id)) {
                    continue;
                }
                for (int i = 1; i < line.members().size(); i++) {
                    visited.add(line.members().get(i).id);
                }
                if (processes.size() < cap) {
                    processes.add(line);
                    shown += line.members().size();
                }
                List<ProcessLine> children = fold(line.first(), line.depth() + 1);
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
        processesOmitted = all.size() - shown;
    }

    /** The children of {@code parent} as lines: identical leaves (same program, arguments, end) as one line. */
    private List<ProcessLine> fold(ProcessRow parent, int depth) {
        Map<Object, List<ProcessRow>> groups = new LinkedHashMap<>();
        for (String id : parent.children) {
            ProcessRow child = summary.processes.get(id);
            if (child == null) {
                continue;
            }
            Object key = child.children.isEmpty()
                    ? List.of(Objects.toString(child.exe), child.argv, endText(child))
                    : child.id; // a child with children of its own is a subtree: never folded
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
        }
        List<ProcessLine> lines = new ArrayList<>(groups.size());
        groups.values().forEach(members -> lines.add(new ProcessLine(depth, List.copyOf(members))));
        return lines;
    }

    /** "exit 0", "killed by SIGKILL", or "no exit seen". */
    public static String endText(ProcessRow p) {
        if (p.killedBy != null) {
            return "killed by " + p.killedBy;
        }
        return p.exitCode == null ? "no exit seen" : "exit " + p.exitCode;
    }

    /** How long the process ran, when both ends are known. */
    public static Long wallUs(ProcessRow p) {
        return p.startUs == null || p.endUs == null ? null : Math.max(0, p.endUs - p.startUs);
    }

    /** The program: exe, else argv[0], else "?". */
    public static String program(ProcessRow p) {
        if (p.exe != null) {
            return p.exe;
        }
        return p.argv.isEmpty() ? "?" : p.argv.get(0);
    }

    /** The arguments after argv[0], quoted as a shell would need them. */
    public static String arguments(ProcessRow p) {
        return p.argv.size() < 2 ? "" : Fmt.commandLine(p.argv.subList(1, p.argv.size()));
    }

    /** From the first process start to the last process end seen, µs; null without times. */
    public Long tracedUs() {
        Long start = null;
        Long end = null;
        for (ProcessRow p : summary.processes.values()) {
            if (p.startUs != null) {
                start = start == null ? p.startUs : Math.min(start, p.startUs);
            }
            if (p.endUs != null) {
                end = end == null ? p.endUs : Math.max(end, p.endUs);
            }
        }
        return start == null || end == null ? null : Math.max(0, end - start);
    }
}
