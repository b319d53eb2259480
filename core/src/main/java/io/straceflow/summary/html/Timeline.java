package io.straceflow.summary.html;

import io.straceflow.aggregate.OpClass;
import io.straceflow.summary.CallSpans;
import io.straceflow.summary.RunSummary;
import io.straceflow.summary.RunSummary.ProcessRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The run over time as inline SVG: one lane per process, in the tree's order, with a pale band from its start to its
 * exit and, on it, bars where its calls were. With {@code -T} a bar is the calls' own time, from a call's start to
 * its return; without it, a bar marks calls made (a tick). Calls less than a pixel apart are one bar; a lane has as
 * many sub-rows as it takes for no bar to hide another ({@link TimelineLayout}). Every operation class has its own
 * colour (page.css), with a legend. Hovering a bar shows its details ({@code title}); a lane's label links to the
 * process in the tree.
 *
 * <p>The page's script ({@code timeline.js}) zooms to a window dragged across the plot and filters lanes; it reads the
 * spans from the lanes' {@code data-spans} (numbers and operation classes only) and lays them out as {@link
 * TimelineLayout} does. Without scripts the picture is complete, only fixed.
 */
final class Timeline {
    static final int LANES = 60;
    /** Bars drawn at most (all lanes): more, and calls a few pixels apart are merged too. */
    static final int MAX_BARS = 4_000;
    /** Spans the page carries for zooming (all lanes): more, and they are merged at a coarser resolution. */
    static final int PAGE_SPANS = 20_000;

    static final int WIDTH = 1100;
    static final int LABEL = 240;
    static final int RIGHT = 12;
    static final int AXIS = 24;
    /** Height of a sub-row, and of a bar in it. */
    static final int ROW = 7;

    static final int BAR = 6;
    /** Space above the first and below the last sub-row of a lane. */
    static final int PAD = 3;
    /** A lane is at least this high (its label). */
    static final int LANE = 20;

    /** A tick this close to an end of the plot has its label on the inner side, so no label is cut off. */
    static final int TICK_ROOM = 60;

    private static final int LABEL_CHARS = 32;
    /** Operation classes, each with a colour of its own (page.css); any other name is drawn as "other". */
    static final List<String> OPS =
            Arrays.stream(OpClass.values()).map(OpClass::json).toList();

    private Timeline() {}

    /** A lane: the process and its groups of spans (as the page carries them). */
    private record Lane(ProcessRow process, List<CallSpans.Group> groups) {}

    static void write(RunSummary s, StringBuilder out) {
        List<Processes.Node> all = Processes.depthFirst(s);
        List<ProcessRow> shown = all.stream()
                .map(Processes.Node::process)
                .filter(p -> p.startUs != null)
                .limit(LANES)
                .toList();
        if (shown.isEmpty()) {
            Html.empty(out, "no process with a known start time");
            return;
        }
        long resolution = s.callSpans.resolutionUs();
        List<Lane> lanes = lanes(s, shown, resolution);
        for (long spans = spans(lanes); spans > PAGE_SPANS; spans = spans(lanes)) {
            resolution = resolution == 0 ? 1 : resolution * 4;
            lanes = lanes(s, shown, resolution);
        }
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        for (Lane lane : lanes) {
            t0 = Math.min(t0, lane.process().startUs);
            t1 = Math.max(t1, end(lane.process()));
            for (CallSpans.Group g : lane.groups()) {
                for (int i = 0; i < g.size(); i++) {
                    t0 = Math.min(t0, g.startUs(i));
                    t1 = Math.max(t1, g.endUs(i));
                }
            }
        }
        long span = Math.max(1, t1 - t0);
        TimelineLayout layout = new TimelineLayout(t0, 0, span, LABEL, WIDTH - LABEL - RIGHT);
        TimelineLayout.Result result =
                layout.layOut(lanes.stream().map(Lane::groups).toList(), MAX_BARS);
        tools(out);
        svg(s, lanes, layout, result, t0, span, out);
        legend(lanes, out);
        Html.empty(out, note(s, all.size(), lanes.size(), layout, result, resolution));
    }

    /** The lanes' groups, merged where calls are {@code resolution} µs apart or closer. */
    private static List<Lane> lanes(RunSummary s, List<ProcessRow> shown, long resolution) {
        List<Lane> lanes = new ArrayList<>(shown.size());
        for (ProcessRow p : shown) {
            List<CallSpans.Group> groups = new ArrayList<>();
            for (CallSpans.Group g : s.callSpans.of(p.id)) {
                groups.add(resolution == s.callSpans.resolutionUs() ? g : g.merged(resolution));
            }
            lanes.add(new Lane(p, groups));
        }
        return lanes;
    }

    private static long spans(List<Lane> lanes) {
        return lanes.stream()
                .flatMap(l -> l.groups().stream())
                .mapToLong(CallSpans.Group::size)
                .sum();
    }

    /** Zoom buttons and what the window shows: hidden until the script runs (they need it). */
    private static void tools(StringBuilder out) {
        out.append("<div class=\"timeline-tools\" hidden>")
                .append("<button type=\"button\" data-zoom=\"out\">zoom out</button> ")
                .append("<button type=\"button\" data-zoom=\"reset\">reset zoom</button> ")
                .append("<span class=\"window\"></span> ")
                .append("<span class=\"note\">drag across the timeline to zoom in</span></div>\n");
    }

    private static void svg(
            RunSummary s,
            List<Lane> lanes,
            TimelineLayout layout,
            TimelineLayout.Result result,
            long t0,
            long span,
            StringBuilder out) {
        int y = AXIS;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lanes.size(); i++) {
            List<List<TimelineLayout.Bar>> rows = result.lanes().get(i);
            int height = laneHeight(rows.size());
            lane(lanes.get(i), i, y, height, rows, layout, t0, s.syscallTimes, body);
            y += height;
        }
        int height = y + 4;
        out.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" data-span=\"")
                .append(span)
                .append("\" data-timed=\"")
                .append(s.syscallTimes)
                .append("\" data-geometry=\"")
                .append(geometry())
                .append("\" role=\"img\" aria-label=\"timeline of processes and their calls\">\n");
        axis(layout, 0, span, height, out);
        out.append(body);
        out.append("<rect class=\"brush\" x=\"0\" y=\"0\" width=\"0\" height=\"")
                .append(height)
                .append("\" visibility=\"hidden\"/>\n</svg>\n");
    }

    /** The constants timeline.js lays out with, so both draw alike: "WIDTH LABEL RIGHT AXIS ROW BAR PAD LANE MIN
     * MAX TICK_ROOM". */
    static String geometry() {
        return WIDTH + " " + LABEL + " " + RIGHT + " " + AXIS + " " + ROW + " " + BAR + " " + PAD + " " + LANE + " "
                + (int) TimelineLayout.MIN_WIDTH + " " + MAX_BARS + " " + TICK_ROOM;
    }

    /** A lane with {@code rows} sub-rows is this high. */
    static int laneHeight(int rows) {
        return Math.max(LANE, 2 * PAD + rows * ROW);
    }

    /**
     * Ticks at a round step (1, 2 or 5 times a power of ten) from {@code w0} to {@code w1}, labelled relative to
     * the start; the first label starts at its tick, the last ends at its tick, so none is cut off.
     */
    private static void axis(TimelineLayout layout, long w0, long w1, int height, StringBuilder out) {
        long step = step(w1 - w0);
        out.append("<g class=\"axis\">\n");
        for (long t = (w0 + step - 1) / step * step; t <= w1; t += step) {
            double x = layout.x(t);
            String anchor = x < LABEL + TICK_ROOM ? "start" : x > WIDTH - RIGHT - TICK_ROOM ? "end" : "middle";
            out.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\"/>"
                            + "<text x=\"%.2f\" y=\"%d\" text-anchor=\"%s\">%s</text>\n",
                    x,
                    AXIS - 6,
                    x,
                    height,
                    x,
                    AXIS - 10,
                    anchor,
                    tick(t, step)));
        }
        out.append("</g>\n");
    }

    /** A round step for about 8 ticks over {@code span} µs: 1, 2, 5, 10, 20, 50, ... */
    static long step(long span) {
        long step = 1;
        for (int k = 0; span / step > 8; k++) {
            step = k % 3 == 1 ? step / 2 * 5 : step * 2;
        }
        return step;
    }

    /** A tick's label: "0", "+850 µs", "+12.5 ms", "+1.25 s", with as many decimals as the step needs. */
    static String tick(long t, long step) {
        if (t == 0) {
            return "0";
        }
        long unit = t >= 1_000_000 ? 1_000_000 : t >= 1_000 ? 1_000 : 1;
        String name = unit == 1_000_000 ? "s" : unit == 1_000 ? "ms" : "µs";
        int decimals = 0;
        for (long u = unit; u > step && decimals < 6; u /= 10) {
            decimals++;
        }
        return "+" + String.format(Locale.ROOT, "%." + decimals + "f", t / (double) unit) + " " + name;
    }

    private static void lane(
            Lane lane,
            int index,
            int y,
            int height,
            List<List<TimelineLayout.Bar>> rows,
            TimelineLayout layout,
            long t0,
            boolean timed,
            StringBuilder out) {
        ProcessRow p = lane.process();
        String label = label(p);
        out.append("<g class=\"lane\" data-lane=\"")
                .append(index)
                .append("\" data-filter=\"")
                .append(Html.esc(p.pid + " " + Processes.program(p) + " " + Processes.arguments(p)))
                .append("\" transform=\"translate(0,")
                .append(y)
                .append(")\">\n");
        out.append("<rect class=\"band")
                .append(index % 2 == 1 ? " odd" : "")
                .append("\" x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\"/>");
        out.append("<a href=\"#")
                .append(Processes.anchor(p))
                .append("\"><text x=\"4\" y=\"14\">")
                .append(Html.esc(label))
                .append("</text></a>\n");
        double x = layout.x(p.startUs - t0);
        out.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"proc %s\" x=\"%.2f\" y=\"1\" width=\"%.2f\" height=\"%d\" data-start=\"%d\""
                                + " data-end=\"%d\">",
                        Processes.statusClass(p),
                        x,
                        Math.max(TimelineLayout.MIN_WIDTH, layout.x(end(p) - t0) - x),
                        height - 2,
                        p.startUs - t0,
                        end(p) - t0))
                .append("<title>")
                .append(Html.esc(p.pid + " " + Processes.program(p) + ": " + Processes.statusText(p)
                        + (Processes.durationUs(p) == null ? "" : ", ran " + Html.duration(Processes.durationUs(p)))))
                .append("</title></rect>\n");
        out.append("<g class=\"calls\" data-spans=\"")
                .append(spans(lane.groups(), t0))
                .append("\">\n");
        for (int r = 0; r < rows.size(); r++) {
            out.append("<g class=\"row\" data-row=\"").append(r).append("\">");
            for (TimelineLayout.Bar b : rows.get(r)) {
                bar(b, PAD + r * ROW + (ROW - BAR) / 2, label, timed, out);
            }
            out.append("</g>\n");
        }
        out.append("</g>\n</g>\n");
    }

    /**
     * The spans of a lane for the page's script: {@code op:start,end,calls,busy,...;op:...}, times in µs since t0.
     * Only operation class names ({@link #opClass}) and numbers: nothing from the trace.
     */
    private static String spans(List<CallSpans.Group> groups, long t0) {
        StringBuilder b = new StringBuilder();
        for (CallSpans.Group g : groups) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(opClass(g.op)).append(':');
            for (int i = 0; i < g.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(g.startUs(i) - t0)
                        .append(',')
                        .append(g.endUs(i) - t0)
                        .append(',')
                        .append(g.calls(i))
                        .append(',')
                        .append(g.busyUs(i));
            }
        }
        return b.toString();
    }

    private static void bar(TimelineLayout.Bar b, int y, String label, boolean timed, StringBuilder out) {
        double x = round(b.x());
        out.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar op-%s\" x=\"%.3f\" y=\"%d\" width=\"%.3f\" height=\"%d\">",
                        opClass(b.op()),
                        x,
                        y,
                        round(b.end()) - x,
                        BAR))
                .append("<title>")
                .append(Html.esc(title(b, label, timed)))
                .append("</title></rect>");
    }

    /** "600 sh: read, 12 calls, 3.4 ms in them, +1.20 ms … +4.60 ms" (timeline.js words it the same). */
    static String title(TimelineLayout.Bar b, String label, boolean timed) {
        return label + ": " + opClass(b.op()) + ", " + Html.num(b.calls()) + (b.calls() == 1 ? " call" : " calls")
                + (timed ? ", " + Html.duration(b.busyUs()) + " in " + (b.calls() == 1 ? "it" : "them") : "")
                + ", +" + Html.duration(b.startUs())
                + (b.endUs() > b.startUs() ? " … +" + Html.duration(b.endUs()) : "");
    }

    private static void legend(List<Lane> lanes, StringBuilder out) {
        Set<String> present = lanes.stream()
                .flatMap(l -> l.groups().stream())
                .map(g -> opClass(g.op))
                .collect(Collectors.toCollection(TreeSet::new));
        out.append("<ul class=\"legend\">");
        for (String op : OPS) {
            if (present.contains(op)) {
                out.append("<li><span class=\"swatch op-")
                        .append(op)
                        .append("\"></span>")
                        .append(op)
                        .append("</li>");
            }
        }
        for (String status : List.of("ok", "fail", "killed", "running")) {
            out.append("<li><span class=\"swatch status ").append(status).append("\"></span>process ");
            out.append(
                    switch (status) {
                        case "ok" -> "ran, exit 0";
                        case "fail" -> "ran, exit not 0";
                        case "killed" -> "ran, killed";
                        default -> "ran, no exit seen";
                    });
            out.append("</li>");
        }
        out.append("</ul>\n");
    }

    private static String note(
            RunSummary s,
            int processes,
            int lanes,
            TimelineLayout layout,
            TimelineLayout.Result result,
            long resolution) {
        StringBuilder b = new StringBuilder();
        b.append(lanes)
                .append(
                        lanes == processes
                                ? (lanes == 1 ? " process" : " processes")
                                : " of " + Html.num(processes) + " processes");
        b.append("; ").append(Html.num(result.bars())).append(result.bars() == 1 ? " bar" : " bars");
        if (s.syscallTimes) {
            b.append(": the calls' own time, from each call's start to its return (-T)");
        } else {
            b.append(" mark the calls made (no -T, so how long each took is not known)");
        }
        long merged = Math.max(1, Math.round(layout.usPerUnit() * result.gap()));
        b.append("; calls less than ").append(Html.duration(merged)).append(" apart are one bar");
        if (resolution > 0) {
            b.append(" (the page keeps the calls to ")
                    .append(Html.duration(resolution))
                    .append(": calls that close stay one bar however far you zoom in)");
        }
        return b.toString();
    }

    /**
     * {@code v} to a thousandth, the same for every bar (as timeline.js does): bars that did not overlap still do not,
     * and the same x always prints the same.
     */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String label(ProcessRow p) {
        return p.pid + " " + Html.shorten(basename(Processes.program(p)), LABEL_CHARS);
    }

    private static long end(ProcessRow p) {
        return p.endUs == null ? p.startUs : Math.max(p.startUs, p.endUs);
    }

    static String opClass(String op) {
        return OPS.contains(op) ? op : "other";
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }
}
