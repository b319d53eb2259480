package io.straceflow.summary.html;

import io.straceflow.summary.CallSpans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the timeline draws the calls of its lanes in a window of time: geometry only. The page's script
 * ({@code timeline.js}) takes the same steps, in the same order and arithmetic, when a reader zooms or filters, so
 * both draw the same picture.
 *
 * <ol>
 *   <li>Merge: the spans of a group (one process, one operation class) that fall in the window become bars; a span
 *       that starts less than {@code gap} pixels after the bar before it ends is merged into that bar.
 *   <li>Width: a bar is at least {@link #MIN_WIDTH} wide, so a short call still shows. As {@code gap} is never less
 *       than that, the bars of one group never overlap.
 *   <li>Pack: the groups, in the order of their first bar, go to the first sub-row of their lane where none of their
 *       bars overlaps a bar already there (touching is fine), else to a new sub-row. No bar hides another.
 * </ol>
 *
 * Times are µs since the timeline's start ({@code t0}); x is in the SVG's units.
 */
final class TimelineLayout {
    /** The narrowest bar, in SVG units (about a screen pixel at the page's width). */
    static final double MIN_WIDTH = 1;

    /**
     * A bar: from {@code x} to {@code end} (drawn, at least {@link #MIN_WIDTH}), the calls it stands for and their
     * summed time, from {@code startUs} to {@code endUs} (µs since t0, clipped to the window).
     */
    record Bar(String op, double x, double end, long startUs, long endUs, long calls, long busyUs) {}

    /** Each lane's sub-rows (each a list of bars by x), and the merge gap in SVG units that kept the bars few. */
    record Result(List<List<List<Bar>>> lanes, double gap, int bars) {}

    private final long t0;
    private final long w0;
    private final long w1;
    private final double left;
    private final double usPerUnit;

    /** The window from {@code w0} to {@code w1} µs after {@code t0}, drawn from {@code left}, {@code width} wide. */
    TimelineLayout(long t0, long w0, long w1, double left, double width) {
        this.t0 = t0;
        this.w0 = w0;
        this.w1 = Math.max(w0 + 1, w1);
        this.left = left;
        this.usPerUnit = (this.w1 - w0) / width;
    }

    /** How much time one SVG unit (about a pixel) stands for, in µs. */
    double usPerUnit() {
        return usPerUnit;
    }

    double x(long us) {
        return left + (us - w0) / usPerUnit;
    }

    /**
     * Every lane laid out with the smallest merge gap of 1, 2, 4, ... units that keeps the bars at most {@code
     * maxBars} in all (a lane is a list of groups).
     */
    Result layOut(List<List<CallSpans.Group>> lanes, int maxBars) {
        for (double gap = MIN_WIDTH; ; gap *= 2) {
            List<List<List<Bar>>> out = new ArrayList<>(lanes.size());
            int bars = 0;
            for (List<CallSpans.Group> lane : lanes) {
                List<List<Bar>> groups = new ArrayList<>(lane.size());
                for (CallSpans.Group g : lane) {
                    List<Bar> b = bars(g, gap);
                    bars += b.size();
                    groups.add(b);
                }
                out.add(pack(groups));
            }
            if (bars <= maxBars || gap > (w1 - w0) / usPerUnit) {
                return new Result(out, gap, bars);
            }
        }
    }

    /** The bars of one group: its spans in the window, merged when less than {@code gap} units apart. */
    List<Bar> bars(CallSpans.Group g, double gap) {
        List<Bar> out = new ArrayList<>();
        double x = 0;
        double x2 = 0;
        long s = 0;
        long e = 0;
        long calls = 0;
        long busy = 0;
        boolean open = false;
        for (int i = 0; i < g.size(); i++) {
            long start = g.startUs(i) - t0;
            long end = g.endUs(i) - t0;
            if (end < w0 || start > w1) {
                continue;
            }
            start = Math.max(start, w0);
            end = Math.min(end, w1);
            double sx = x(start);
            double ex = x(end);
            if (open && sx < x2 + gap) { // not sx - x2 < gap: with floats, sx >= x2 + gap keeps x + MIN_WIDTH <= sx
                x2 = Math.max(x2, ex);
                e = Math.max(e, end);
                calls += g.calls(i);
                busy += g.busyUs(i);
                continue;
            }
            if (open) {
                out.add(new Bar(g.op, x, Math.max(x2, x + MIN_WIDTH), s, e, calls, busy));
            }
            open = true;
            x = sx;
            x2 = ex;
            s = start;
            e = end;
            calls = g.calls(i);
            busy = g.busyUs(i);
        }
        if (open) {
            out.add(new Bar(g.op, x, Math.max(x2, x + MIN_WIDTH), s, e, calls, busy));
        }
        return out;
    }

    /**
     * Greedy packing: each group (its bars by x), in the order of its first bar (a tie keeps the given order), goes
     * to the first row where it fits. Returns the rows, each with its bars by x.
     */
    static List<List<Bar>> pack(List<List<Bar>> groups) {
        List<List<Bar>> order = new ArrayList<>();
        for (List<Bar> g : groups) {
            if (!g.isEmpty()) {
                order.add(g);
            }
        }
        order.sort(Comparator.comparingDouble(g -> g.get(0).x()));
        List<List<Bar>> rows = new ArrayList<>();
        for (List<Bar> g : order) {
            int r = 0;
            while (r < rows.size() && !fits(rows.get(r), g)) {
                r++;
            }
            if (r == rows.size()) {
                rows.add(g);
            } else {
                rows.set(r, merge(rows.get(r), g));
            }
        }
        return rows;
    }

    /** Whether no bar of {@code bars} overlaps a bar of {@code row} (both by x; a row's bars never overlap). */
    static boolean fits(List<Bar> row, List<Bar> bars) {
        int i = 0;
        for (Bar b : bars) {
            while (i < row.size() && row.get(i).end() <= b.x()) {
                i++;
            }
            if (i < row.size() && row.get(i).x() < b.end()) {
                return false;
            }
        }
        return true;
    }

    /** Two lists of bars by x merged into one by x. */
    private static List<Bar> merge(List<Bar> a, List<Bar> b) {
        List<Bar> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || (i < a.size() && a.get(i).x() <= b.get(j).x())) {
                out.add(a.get(i++));
            } else {
                out.add(b.get(j++));
            }
        }
        return out;
    }
}
