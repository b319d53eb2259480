package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of issue 20's script ({@code touch a.txt; mv a.txt b.txt; mkdir d; rm -r b.txt d; cat
 * /nonexistent/config.yml}, traced by real strace through the CLI) in a real headless Chromium, driven as a person
 * would ({@link ChromiumSession}): the timeline's bars never overlap (their on-screen rectangles), before and after
 * zooming to a window dragged across the plot, and "reset zoom" draws exactly the served picture again; every
 * operation class has its own colour; no tick label is cut off; typing into the filter box hides the rows of the
 * paths table, the processes and the timeline lanes that do not match, and clearing it brings them back.
 */
class TimelineBrowserTest {
    private static final String SCRIPT =
            "touch a.txt; mv a.txt b.txt; mkdir d; rm -r b.txt d; cat /nonexistent/config.yml";
    /** On-screen rectangles may share an edge; rounding in the browser is far below this (CSS pixels). */
    private static final double EPSILON = 0.01;

    @TempDir
    static Path work;

    private static Path report;
    private static String dir;

    /** A bar as Chromium draws it: lane, sub-row, CSS class, rectangle on screen, fill colour. */
    record Bar(int lane, int row, String op, double left, double right, double top, double bottom, String fill) {}

    @BeforeAll
    static void traceTheScriptAndWriteItsReport() throws Exception {
        HeadlessChromium.executable(); // fail first, and clearly, when chromium is missing
        var run = Straceflow.run(work, "run", "-q", "-o", "out", "--", "sh", "-c", SCRIPT);
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1); // cat's
        var html = Straceflow.run(work, "summary", "out", "--html", "report.html");
        assertThat(html.exitCode()).as(html.stderr()).isZero();
        report = work.resolve("report.html");
        dir = work.toRealPath().toString();
    }

    @Test
    void theBarsNeverOverlapEachClassHasItsColourAndZoomAndResetKeepItSo() throws Exception {
        try (ChromiumSession page = ChromiumSession.open(report, work)) {
            List<Bar> served = bars(page);
            assertThat(served).as("bars on the timeline").hasSizeGreaterThan(20);
            assertNoOverlap(served);
            assertThat(stackedLanes(served))
                    .as("lanes whose sub-rows hold bars at the same time (drawn over each other in one row)")
                    .isNotEmpty();
            assertColoursDistinct(page, served);
            assertTickLabelsInside(page);

            // drag across the plot from just before mkdir's start to just after its end
            page.evaluate("document.querySelector(" + quote(laneOf("mkdir")) + ").scrollIntoView({block: 'center'})");
            JsonNode mkdir = rect(page, laneOf("mkdir") + " rect.proc");
            double y = (mkdir.get("top").asDouble() + mkdir.get("bottom").asDouble()) / 2;
            double from = Math.floor(mkdir.get("left").asDouble() - 2); // the browser takes whole pixels
            double to = Math.ceil(mkdir.get("right").asDouble() + 2);
            double left = rect(page, "svg.timeline").get("left").asDouble();
            long servedInWindow = served.stream()
                    .filter(b -> b.right() > from - left && b.left() < to - left)
                    .count();
            page.drag(from, y, to, y);
            assertThat(page.evaluate("document.querySelector('svg.timeline').getAttribute('data-window')")
                            .asText())
                    .as("the window after the drag")
                    .isNotEqualTo("0 "
                            + page.evaluate("document.querySelector('svg.timeline').getAttribute('data-span')")
                                    .asText());
            // the window is now the whole plot: mkdir's lifetime fills it but for the 2 or 3 pixels on either side
            JsonNode svg = rect(page, "svg.timeline");
            double plot = (svg.get("right").asDouble() - svg.get("left").asDouble() - 2) * 848 / 1100; // 1px border
            double before = mkdir.get("right").asDouble() - mkdir.get("left").asDouble();
            JsonNode zoomed = rect(page, laneOf("mkdir") + " rect.proc");
            assertThat(zoomed.get("right").asDouble() - zoomed.get("left").asDouble())
                    .as("mkdir's lifetime, zoomed in (%.1f px before)", before)
                    .isCloseTo(plot * before / (to - from), within(3));
            List<Bar> inWindow = bars(page);
            assertNoOverlap(inWindow);
            assertThat((long) inWindow.size())
                    .as("bars in the window: calls merged at full view come apart")
                    .isGreaterThan(servedInWindow);
            assertTickLabelsInside(page);
            assertThat(page.evaluate("document.querySelector('.timeline-tools .window').textContent")
                            .asText())
                    .startsWith("showing +");

            page.click(".timeline-tools [data-zoom=reset]");
            List<Bar> reset = bars(page);
            assertThat(reset)
                    .as("after reset zoom, the script draws what the page was served with")
                    .hasSameSizeAs(served);
            for (int i = 0; i < served.size(); i++) {
                Bar a = served.get(i);
                Bar b = reset.get(i);
                assertThat(List.of(b.lane(), b.row(), b.op())).isEqualTo(List.of(a.lane(), a.row(), a.op()));
                assertThat(new double[] {b.left(), b.right(), b.top(), b.bottom()})
                        .as("bar %d after reset", i)
                        .containsExactly(new double[] {a.left(), a.right(), a.top(), a.bottom()}, within(EPSILON));
            }
            assertNoProblems(page);
        }
    }

    @Test
    void theFilterBoxHidesThePathsProcessesAndLanesThatDoNotMatch() throws Exception {
        try (ChromiumSession page = ChromiumSession.open(report, work)) {
            // the paths table shows the script's files
            assertThat(visibleTexts(page, "#paths table tbody tr"))
                    .anyMatch(r -> r.startsWith(dir + "/a.txt"))
                    .anyMatch(r -> r.startsWith(dir + "/b.txt"))
                    .anyMatch(r -> r.startsWith(dir + "/d"))
                    .anyMatch(r -> r.startsWith("/nonexistent/config.yml"));
            double heightBefore = rect(page, "svg.timeline").get("height").asDouble();

            page.click("#filter");
            page.type("B.TXT"); // case does not matter

            List<String> paths = visibleTexts(page, "#paths table tbody tr");
            assertThat(paths).isNotEmpty().allMatch(r -> r.contains("b.txt"));
            assertThat(paths)
                    .anyMatch(r -> r.startsWith(dir + "/a.txt")) // renamed to b.txt
                    .anyMatch(r -> r.startsWith(dir + "/b.txt"));
            assertThat(hiddenTexts(page, "#paths table tbody tr"))
                    .anyMatch(r -> r.startsWith("/nonexistent/config.yml"))
                    .anyMatch(r -> r.startsWith(dir + "/d"));
            assertThat(programs(visibleTexts(page, "svg.timeline g.lane text")))
                    .as("timeline lanes shown")
                    .containsExactly("sh", "mv", "rm");
            assertThat(programs(hiddenTexts(page, "svg.timeline g.lane text")))
                    .as("timeline lanes hidden")
                    .containsExactly("touch", "mkdir", "cat");
            assertThat(programs(visibleTexts(page, "ul.tree li > details > summary, ul.tree li > div.leaf")))
                    .as("processes shown in the tree: sh holds the matches")
                    .containsExactly("sh", "mv", "rm");
            assertLanesStacked(page);
            assertThat(rect(page, "svg.timeline").get("height").asDouble()).isLessThan(heightBefore);
            assertNoOverlap(bars(page));
            assertThat(page.evaluate("document.querySelector('.filter .count').textContent")
                            .asText())
                    .contains("3 of 6 timeline lanes")
                    .contains("3 of 6 processes");

            page.backspace(5);
            assertThat(hiddenTexts(page, "#paths table tbody tr, svg.timeline g.lane text, ul.tree li"))
                    .isEmpty();
            assertThat(rect(page, "svg.timeline").get("height").asDouble()).isEqualTo(heightBefore, within(EPSILON));
            assertNoProblems(page);
        }
    }

    /** Every bar on screen, in document order, its rectangle relative to the picture's (the page may scroll). */
    private static List<Bar> bars(ChromiumSession page) throws Exception {
        JsonNode all = page.evaluate("(() => { const o = document.querySelector('svg.timeline')"
                + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('svg.timeline rect.bar'))"
                + ".filter(b => b.getClientRects().length > 0).map(b => { const s = b.getBoundingClientRect();"
                + " const r = {left: s.left - o.left, right: s.right - o.left, top: s.top - o.top,"
                + " bottom: s.bottom - o.top};"
                + " return {lane: +b.closest('g.lane').getAttribute('data-lane'),"
                + " row: +b.parentNode.getAttribute('data-row'), op: b.getAttribute('class'),"
                + " l: r.left, r: r.right, t: r.top, b: r.bottom, fill: getComputedStyle(b).fill}; }); })()");
        List<Bar> bars = new ArrayList<>();
        for (JsonNode b : all) {
            bars.add(new Bar(
                    b.get("lane").asInt(),
                    b.get("row").asInt(),
                    b.get("op").asText(),
                    b.get("l").asDouble(),
                    b.get("r").asDouble(),
                    b.get("t").asDouble(),
                    b.get("b").asDouble(),
                    b.get("fill").asText()));
        }
        return bars;
    }

    /** No two bars of a sub-row overlap on screen, and no two bars anywhere share any area. */
    private static void assertNoOverlap(List<Bar> bars) {
        Map<String, List<Bar>> rows = new TreeMap<>();
        for (Bar b : bars) {
            assertThat(b.right() - b.left()).as("a bar's width").isPositive();
            rows.computeIfAbsent(b.lane() + "/" + b.row(), k -> new ArrayList<>())
                    .add(b);
        }
        rows.forEach((row, list) -> {
            list.sort((a, b) -> Double.compare(a.left(), b.left()));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).left())
                        .as("in lane/row %s, %s starts before %s ends", row, list.get(i), list.get(i - 1))
                        .isGreaterThanOrEqualTo(list.get(i - 1).right() - EPSILON);
            }
        });
        for (int i = 0; i < bars.size(); i++) {
            for (int j = i + 1; j < bars.size(); j++) {
                Bar a = bars.get(i);
                Bar b = bars.get(j);
                boolean overlap = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left()) > EPSILON
                        && Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()) > EPSILON;
                assertThat(overlap).as("%s and %s overlap", a, b).isFalse();
            }
        }
    }

    /** Lanes with bars in two sub-rows at the same x: without sub-rows one would hide the other. */
    private static Set<Integer> stackedLanes(List<Bar> bars) {
        Set<Integer> lanes = new HashSet<>();
        for (Bar a : bars) {
            for (Bar b : bars) {
                if (a.lane() == b.lane() && a.row() < b.row() && a.left() < b.right() && b.left() < a.right()) {
                    lanes.add(a.lane());
                }
            }
        }
        return lanes;
    }

    /** One fill per operation class and no two classes alike, on the bars and in the legend. */
    private static void assertColoursDistinct(ChromiumSession page, List<Bar> bars) throws Exception {
        Map<String, Set<String>> fills = new HashMap<>();
        bars.forEach(b -> fills.computeIfAbsent(b.op(), k -> new HashSet<>()).add(b.fill()));
        assertThat(fills.size()).as("operation classes drawn").isGreaterThanOrEqualTo(5);
        fills.forEach((op, f) -> assertThat(f).as(op).hasSize(1));
        assertThat(fills.values().stream()
                        .map(f -> f.iterator().next())
                        .distinct()
                        .count())
                .isEqualTo(fills.size());
        JsonNode legend = page.evaluate("Array.from(document.querySelectorAll('ul.legend .swatch'))"
                + ".map(s => s.parentNode.textContent + '=' + getComputedStyle(s).backgroundColor)");
        List<String> colours = new ArrayList<>();
        legend.forEach(s -> colours.add(s.asText().replaceFirst("^.*=", "")));
        assertThat(colours).hasSizeGreaterThanOrEqualTo(fills.size() + 4).doesNotHaveDuplicates();
    }

    /** Every tick label lies within the picture (none is cut off at either end). */
    private static void assertTickLabelsInside(ChromiumSession page) throws Exception {
        JsonNode svg = rect(page, "svg.timeline");
        JsonNode labels = page.evaluate("Array.from(document.querySelectorAll('svg.timeline g.axis text'))"
                + ".map(t => { const r = t.getBoundingClientRect(); return {l: r.left, r: r.right}; })");
        assertThat(labels.size()).as("tick labels").isGreaterThanOrEqualTo(3);
        for (JsonNode l : labels) {
            assertThat(l.get("l").asDouble())
                    .isGreaterThanOrEqualTo(svg.get("left").asDouble());
            assertThat(l.get("r").asDouble())
                    .isLessThanOrEqualTo(svg.get("right").asDouble());
        }
    }

    /** The lanes shown follow one another with no gap and no overlap. */
    private static void assertLanesStacked(ChromiumSession page) throws Exception {
        JsonNode lanes = page.evaluate("Array.from(document.querySelectorAll('svg.timeline g.lane rect.band'))"
                + ".filter(b => b.getClientRects().length > 0)"
                + ".map(b => { const r = b.getBoundingClientRect(); return {t: r.top, b: r.bottom}; })");
        for (int i = 1; i < lanes.size(); i++) {
            assertThat(lanes.get(i).get("t").asDouble())
                    .isCloseTo(lanes.get(i - 1).get("b").asDouble(), within(0.5));
        }
    }

    private static JsonNode rect(ChromiumSession page, String selector) throws Exception {
        return page.evaluate("(() => { const r = document.querySelector(" + quote(selector)
                + ").getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                + " height: r.height}; })()");
    }

    /** The lane of the process whose program is {@code name} (a selector). */
    private static String laneOf(String name) throws Exception {
        return "svg.timeline g.lane[data-filter*=" + quote("/" + name + " ") + "]";
    }

    private static List<String> visibleTexts(ChromiumSession page, String selector) throws Exception {
        return texts(page, selector, true);
    }

    private static List<String> hiddenTexts(ChromiumSession page, String selector) throws Exception {
        return texts(page, selector, false);
    }

    /** The text of the elements {@code selector} finds that are (or are not) on screen. */
    private static List<String> texts(ChromiumSession page, String selector, boolean shown) throws Exception {
        JsonNode all = page.evaluate("Array.from(document.querySelectorAll(" + quote(selector) + "))"
                + ".filter(e => (e.getClientRects().length > 0) === " + shown + ").map(e => e.textContent)");
        List<String> out = new ArrayList<>();
        all.forEach(t -> out.add(t.asText()));
        return out;
    }

    /** "1234 mv" (a lane) or "1234 /usr/bin/mv a.txt b.txt exit 0 ..." (the tree) → "mv". */
    private static List<String> programs(List<String> texts) {
        return texts.stream()
                .map(t -> t.trim().split("\\s+")[1].replaceFirst("^.*/", ""))
                .toList();
    }

    private static void assertNoProblems(ChromiumSession page) throws Exception {
        assertThat(page.evaluate("document.documentElement.getAttribute('data-page-errors')")
                        .isNull())
                .as("errors the page recorded")
                .isTrue();
        assertThat(page.problems).as("exceptions and console messages").isEmpty();
    }

    private static String quote(String s) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
