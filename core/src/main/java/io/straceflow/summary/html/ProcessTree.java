package io.straceflow.summary.html;

import io.straceflow.summary.RunSummary;
import io.straceflow.summary.RunSummary.ProcessRow;
import java.util.List;

/**
 * The processes started, as a tree of collapsible nodes (plain HTML {@code details}): pid, program, arguments,
 * how it ended, how long it ran. At most {@link #PROCESSES} nodes, in depth-first order.
 */
final class ProcessTree {
    static final int PROCESSES = 500;
    /** Arguments longer than this are cut (the note says by how much). */
    static final int ARGUMENTS = 300;

    private ProcessTree() {}

    static void write(RunSummary s, StringBuilder out) {
        List<Processes.Node> all = Processes.depthFirst(s);
        if (all.isEmpty()) {
            Html.empty(out, "no process in the trace");
            return;
        }
        List<Processes.Node> shown = all.subList(0, Math.min(all.size(), PROCESSES));
        out.append("<ul class=\"tree\">\n");
        int open = 0;
        for (int i = 0; i < shown.size(); i++) {
            Processes.Node n = shown.get(i);
            int next = i + 1 < shown.size() ? shown.get(i + 1).depth() : 0;
            out.append("<li id=\"").append(Processes.anchor(n.process())).append("\">");
            if (next > n.depth()) {
                out.append("<details open><summary>");
                node(n.process(), s.syscallTimes, out);
                out.append("</summary><ul>\n");
                open++;
            } else {
                out.append("<div class=\"leaf\">");
                node(n.process(), s.syscallTimes, out);
                out.append("</div></li>\n");
                for (int d = n.depth(); d > next; d--) {
                    out.append("</ul></details></li>\n");
                    open--;
                }
            }
        }
        while (open-- > 0) {
            out.append("</ul></details></li>\n");
        }
        out.append("</ul>\n");
        if (shown.size() < all.size()) {
            Html.empty(
                    out,
                    "the first " + PROCESSES + " of " + Html.num(all.size()) + " processes ("
                            + Html.num(all.size() - PROCESSES) + " more not shown)");
        }
    }

    private static void node(ProcessRow p, boolean timed, StringBuilder out) {
        String args = Processes.arguments(p);
        out.append("<span class=\"pid\">")
                .append(p.pid)
                .append("</span> <code class=\"exe\">")
                .append(Html.esc(Processes.program(p)))
                .append("</code>");
        if (!args.isEmpty()) {
            out.append(" <span class=\"argv\">")
                    .append(Html.esc(Html.shorten(args, ARGUMENTS)))
                    .append("</span>");
        }
        out.append(" <span class=\"status ")
                .append(Processes.statusClass(p))
                .append("\">")
                .append(Html.esc(Processes.statusText(p)))
                .append("</span>");
        Long us = Processes.durationUs(p);
        if (us != null) {
            out.append(" <span class=\"dur\">").append(Html.duration(us)).append("</span>");
        }
        if (timed) {
            out.append(" <span class=\"dur\">(")
                    .append(Html.duration(p.syscallUs))
                    .append(" in syscalls)</span>");
        }
    }
}
