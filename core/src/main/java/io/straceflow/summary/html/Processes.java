package io.straceflow.summary.html;

import io.straceflow.summary.RunSummary;
import io.straceflow.summary.RunSummary.ProcessRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The processes of a run as the tree and the timeline show them: depth-first order, status, names. */
final class Processes {
    /** A process and its depth in the tree (roots are 0). */
    record Node(ProcessRow process, int depth) {}

    private Processes() {}

    /**
     * Every process once, parents before their children, children in the order they appeared; iterative, so a
     * chain of thousands of nested shells costs no stack.
     */
    static List<Node> depthFirst(RunSummary s) {
        List<Node> order = new ArrayList<>(s.processes.size());
        Set<String> visited = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        List<ProcessRow> roots = new ArrayList<>();
        for (ProcessRow p : s.processes.values()) {
            if (p.parentId == null || !s.processes.containsKey(p.parentId)) {
                roots.add(p);
            }
        }
        roots.addAll(s.processes.values()); // a parent loop (only in edited data) has no root: still show each once
        for (ProcessRow root : roots) {
            if (visited.contains(root.id)) {
                continue;
            }
            todo.push(new Node(root, 0));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!visited.add(n.process().id)) {
                    continue;
                }
                order.add(n);
                List<String> children = n.process().children;
                for (int i = children.size() - 1; i >= 0; i--) {
                    ProcessRow child = s.processes.get(children.get(i));
                    if (child != null) {
                        todo.push(new Node(child, n.depth() + 1));
                    }
                }
            }
        }
        return order;
    }

    /** CSS class of how the process ended: ok, fail, killed or running (no exit seen). */
    static String statusClass(ProcessRow p) {
        if (p.killedBy != null) {
            return "killed";
        }
        if (p.exitCode == null) {
            return "running";
        }
        return p.exitCode == 0 ? "ok" : "fail";
    }

    static String statusText(ProcessRow p) {
        if (p.killedBy != null) {
            return "killed by " + p.killedBy;
        }
        return p.exitCode == null ? "no exit seen" : "exit " + p.exitCode;
    }

    /** The program: exe, else argv[0], else "?". */
    static String program(ProcessRow p) {
        if (p.exe != null) {
            return p.exe;
        }
        return p.argv.isEmpty() ? "?" : p.argv.get(0);
    }

    /** The arguments after argv[0], quoted where a shell would need it. */
    static String arguments(ProcessRow p) {
        return io.straceflow.summary.SummaryView.arguments(p);
    }

    /** The element id of the process in the tree (letters, digits and '-' of its trace id only). */
    static String anchor(ProcessRow p) {
        return "proc-" + String.valueOf(p.id).replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** How long the process ran, when both ends are known. */
    static Long durationUs(ProcessRow p) {
        return p.startUs == null || p.endUs == null ? null : Math.max(0, p.endUs - p.startUs);
    }
}
