package io.straceflow.summary.html;

import io.straceflow.summary.RunSummary;
import io.straceflow.summary.RunSummary.ActionSpan;
import io.straceflow.summary.RunSummary.ProcessRow;
import io.straceflow.summary.SummaryReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The run over time as inline SVG (no script needed): one lane per process, in the tree's order, with a bar from
 * its start to its exit and the longest actions drawn on it, coloured by operation class. Hovering a bar shows
 * its details ({@code title}); a lane's label links to the process in the tree.
 */
final class Timeline {
    static final int LANES = 60;

    private static final int WIDTH = 1100;
    private static final int LABEL = 240;
    private static final int RIGHT = 12;
    private static final int AXIS = 24;
    private static final int LANE = 20;
    private static final int LABEL_CHARS = 32;
    /** Operation classes with a colour of their own (page.css); others are drawn as "other". */
    private static final List<String> OPS = List.of(
            "read", "write", "open", "close", "stat", "seek", "list", "mmap", "memory", "connect", "accept", "listen",
            "exec", "spawn", "exit", "signal", "other");

    private final long t0;
    private final double usPerUnit;

    private Timeline(long t0, long t1) {
        this.t0 = t0;
        this.usPerUnit = Math.max(1, t1 - t0) / (double) (WIDTH - LABEL - RIGHT);
    }

    static void write(RunSummary s, StringBuilder out) {
        List<Processes.Node> all = Processes.depthFirst(s);
        List<Processes.Node> lanes = all.stream()
                .filter(n -> n.process().startUs != null)
                .limit(LANES)
                .toList();
        if (lanes.isEmpty()) {
            Html.empty(out, "no process with a known start time");
            return;
        }
        Map<String, Integer> laneOf = new HashMap<>();
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        for (Processes.Node n : lanes) {
            laneOf.put(n.process().id, laneOf.size());
            t0 = Math.min(t0, n.process().startUs);
            t1 = Math.max(t1, end(n.process()));
        }
        List<ActionSpan> drawn = s.timeline.stream()
                .filter(a -> a.processId != null && laneOf.containsKey(a.processId))
                .toList();
        for (ActionSpan a : drawn) {
            t0 = Math.min(t0, a.startUs);
            t1 = Math.max(t1, a.endUs);
        }
        new Timeline(t0, t1).svg(lanes, laneOf, drawn, t1, out);
        legend(drawn, out);
        Html.empty(out, note(s, all.size(), lanes.size(), drawn.size()));
    }

    private void svg(
            List<Processes.Node> lanes,
            Map<String, Integer> laneOf,
            List<ActionSpan> drawn,
            long t1,
            StringBuilder out) {
        int height = AXIS + lanes.size() * LANE + 4;
        out.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"timeline of processes and actions\">\n");
        for (int i = 0; i < lanes.size(); i += 2) {
            out.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"band\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>\n",
                    AXIS + i * LANE,
                    WIDTH,
                    LANE));
        }
        axis(t1, height, out);
        for (int i = 0; i < lanes.size(); i++) {
            lane(lanes.get(i).process(), AXIS + i * LANE, out);
        }
        for (ActionSpan a : drawn) {
            action(a, AXIS + laneOf.get(a.processId) * LANE, out);
        }
        out.append("</svg>\n");
    }

    /** Ticks at a round step (1, 2 or 5 times a power of ten), labelled relative to the start. */
    private void axis(long t1, int height, StringBuilder out) {
        long span = Math.max(1, t1 - t0);
        long step = 1;
        for (int k = 0; span / step > 8; k++) {
            step = k % 3 == 1 ? step / 2 * 5 : step * 2; // 1, 2, 5, 10, 20, 50, ...
        }
        out.append("<g class=\"axis\">\n");
        for (long t = 0; t <= span; t += step) {
            double x = x(t0 + t);
            out.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text x=\"%.1f\" y=\"%d\">%s</text>\n",
                    x,
                    AXIS - 6,
                    x,
                    height,
                    x + 2,
                    AXIS - 10,
                    t == 0 ? "0" : "+" + Html.duration(t)));
        }
        out.append("</g>\n");
    }

    private void lane(ProcessRow p, int y, StringBuilder out) {
        String label = p.pid + " " + Html.shorten(basename(Processes.program(p)), LABEL_CHARS);
        out.append("<a href=\"#")
                .append(Processes.anchor(p))
                .append("\"><text x=\"4\" y=\"")
                .append(y + 14)
                .append("\">")
                .append(Html.esc(label))
                .append("</text></a>\n");
        double x = x(p.startUs);
        out.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"proc %s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">",
                        Processes.statusClass(p),
                        x,
                        y + 2,
                        Math.max(2, x(end(p)) - x),
                        LANE - 4))
                .append("<title>")
                .append(Html.esc(p.pid + " " + Processes.program(p) + ": " + Processes.statusText(p)
                        + (Processes.durationUs(p) == null ? "" : ", ran " + Html.duration(Processes.durationUs(p)))))
                .append("</title></rect>\n");
    }

    private void action(ActionSpan a, int y, StringBuilder out) {
        double x = x(a.startUs);
        out.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"act op-%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">",
                        opClass(a.op),
                        x,
                        y + 6,
                        Math.max(1.5, x(a.endUs) - x),
                        LANE - 12))
                .append("<title>")
                .append(Html.esc(a.pid + " " + a.op + (a.path == null ? "" : " " + Html.shorten(a.path, 200)) + ": "
                        + Html.num(a.count) + " calls" + (a.bytes > 0 ? ", " + Html.num(a.bytes) + " bytes" : "")
                        + ", " + Html.duration(a.durationUs())))
                .append("</title></rect>\n");
    }

    private static void legend(List<ActionSpan> drawn, StringBuilder out) {
        TreeSet<String> ops = new TreeSet<>();
        drawn.forEach(a -> ops.add(opClass(a.op)));
        out.append("<ul class=\"legend\">");
        for (String op : ops) {
            out.append("<li><span class=\"swatch op-")
                    .append(op)
                    .append("\"></span>")
                    .append(op)
                    .append("</li>");
        }
        for (String status : List.of("ok", "fail", "killed", "running")) {
            out.append("<li><span class=\"swatch status ").append(status).append("\"></span>process: ");
            out.append(
                    switch (status) {
                        case "ok" -> "exit 0";
                        case "fail" -> "exit not 0";
                        case "killed" -> "killed";
                        default -> "no exit seen";
                    });
            out.append("</li>");
        }
        out.append("</ul>\n");
    }

    private static String note(RunSummary s, int processes, int lanes, int actions) {
        StringBuilder b = new StringBuilder();
        b.append(lanes).append(lanes == processes ? " processes" : " of " + Html.num(processes) + " processes");
        b.append("; ")
                .append(Html.num(actions))
                .append(" of ")
                .append(Html.num(s.actionsTotal))
                .append(" actions drawn");
        if (s.actionsTotal > s.timeline.size()) {
            b.append(" (the ").append(SummaryReader.TIMELINE_ACTIONS).append(" longest are kept for the timeline)");
        }
        if (actions < s.timeline.size()) {
            b.append("; ").append(s.timeline.size() - actions).append(" belong to processes without a lane here");
        }
        return b.toString();
    }

    private double x(long us) {
        return LABEL + (us - t0) / usPerUnit;
    }

    private static long end(ProcessRow p) {
        return p.endUs == null ? p.startUs : Math.max(p.startUs, p.endUs);
    }

    private static String opClass(String op) {
        return OPS.contains(op) ? op : "other";
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }
}
