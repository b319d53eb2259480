package io.straceflow.summary.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.aggregate.OpClass;
import io.straceflow.summary.RunSummary;
import io.straceflow.summary.RunSummary.ProcessRow;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The timeline section as HTML, on explicit timestamps: bars, ticks, colours, a long run with bursts. */
class TimelineTest {
    @Test
    void everyOperationClassAndEveryWayAProcessEndsHasAColourOfItsOwn() throws Exception {
        String css;
        try (InputStream in = Timeline.class.getResourceAsStream("page.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> colours = new HashMap<>();
        for (OpClass op : OpClass.values()) {
            Matcher m = Pattern.compile("\\.op-" + op.json() + " \\{ fill: (#[0-9a-f]{6}); background: \\1; }")
                    .matcher(css);
            assertThat(m.find()).as("a colour for %s in page.css", op.json()).isTrue();
            colours.put("op " + op.json(), m.group(1));
        }
        for (String status : List.of("ok", "fail", "killed", "running")) {
            Matcher m = Pattern.compile("rect\\.proc\\." + status + ", \\.swatch\\.status\\." + status
                            + " \\{ fill: (#[0-9a-f]{6}); background: \\1; }")
                    .matcher(css);
            assertThat(m.find())
                    .as("a colour for processes that end %s", status)
                    .isTrue();
            colours.put("process " + status, m.group(1));
        }
        assertThat(colours).hasSize(OpClass.values().length + 4);
        assertThat(new ArrayList<>(colours.values())).as(colours.toString()).doesNotHaveDuplicates();
        assertThat(Timeline.OPS)
                .containsExactlyElementsOf(
                        List.of(OpClass.values()).stream().map(OpClass::json).toList());
    }

    @Test
    void withTimesBarsAreTheCallsOwnTimeAndWithoutThemTicksThatMarkTheCalls() {
        RunSummary s = new RunSummary();
        ProcessRow p = process(s, 0, 848_000); // 1,000 µs per unit of the 848-unit plot
        s.callSpans.add(p.id, "read", 100_000, 50_000); // 50 units
        s.callSpans.add(p.id, "read", 400_000, 0);
        s.syscallTimes = true;
        String timed = render(s);
        assertThat(bars(timed)).containsExactly("read 340.000 50.000", "read 640.000 1.000");
        assertThat(timed).contains("the calls&#39; own time, from each call&#39;s start to its return (-T)");

        RunSummary noT = new RunSummary(); // --no-syscall-times: calls are points in time
        process(noT, 0, 848_000);
        noT.callSpans.add(p.id, "read", 100_000, 0);
        noT.callSpans.add(p.id, "read", 100_400, 0); // 0.4 units later: the same tick
        noT.callSpans.add(p.id, "read", 400_000, 0);
        String untimed = render(noT);
        assertThat(bars(untimed)).containsExactly("read 340.000 1.000", "read 640.000 1.000");
        assertThat(untimed).contains("2 bars mark the calls made (no -T");
        assertThat(untimed).contains("<title>1 x: read, 2 calls, +100.0 ms … +100.4 ms</title>");
    }

    @Test
    void theLastTickLabelEndsAtItsTickSoItIsNotCutOff() {
        RunSummary s = new RunSummary();
        process(s, 0, 1_000);
        String page = render(s);
        assertThat(page)
                .contains("text-anchor=\"start\">0</text>")
                .contains("text-anchor=\"middle\">+400 µs</text>")
                .contains("x=\"1088.00\" y=\"14\" text-anchor=\"end\">+1.0 ms</text>");
        assertThat(Timeline.tick(5_001_200, 200)).isEqualTo("+5.0012 s");
        assertThat(Timeline.tick(250, 50)).isEqualTo("+250 µs");
    }

    @Test
    void aTenMinuteRunWithTwoShortBurstsIsTwoBarsThatTheScriptCanTakeApartWhenZoomedIn() {
        RunSummary s = new RunSummary();
        ProcessRow p = process(s, 0, 600_000_000);
        for (long burst : new long[] {100_000_000, 400_000_000}) {
            for (int i = 0; i < 1_000; i++) {
                s.callSpans.add(p.id, "write", burst + 20L * i, 5);
            }
        }
        s.syscallTimes = true;
        String page = render(s);
        assertThat(bars(page)).hasSize(2); // 20 ms a burst, under a unit (708 ms) each
        assertThat(page).contains("<title>1 x: write, 1,000 calls, 5.0 ms in them, +100.00 s … +100.02 s</title>");
        Matcher spans = Pattern.compile("data-spans=\"write:([0-9,]*)\"").matcher(page);
        assertThat(spans.find()).isTrue();
        assertThat(spans.group(1).split(",")).hasSize(4 * 2_000); // every call, for the zoom
        assertThat(page).doesNotContain("the page keeps the calls to");
    }

    @Test
    void aRunWithMoreCallsThanThePageCarriesKeepsThemAtACoarserResolutionAndSaysSo() {
        RunSummary s = new RunSummary();
        ProcessRow p = process(s, 0, 10_000_000);
        for (int i = 0; i < Timeline.PAGE_SPANS + 1; i++) {
            s.callSpans.add(p.id, "read", 200L * i, 10);
        }
        String page = render(s);
        Matcher spans = Pattern.compile("data-spans=\"read:([0-9,]*)\"").matcher(page);
        assertThat(spans.find()).isTrue();
        assertThat(spans.group(1).split(",").length / 4).isLessThanOrEqualTo(Timeline.PAGE_SPANS);
        assertThat(page).contains("the page keeps the calls to 256 µs: calls that close stay one bar");
    }

    private static ProcessRow process(RunSummary s, long start, long end) {
        ProcessRow p = new ProcessRow();
        p.id = "1-1";
        p.pid = 1;
        p.exe = "/bin/x";
        p.startUs = start;
        p.endUs = end;
        p.exitCode = 0;
        s.processes.put(p.id, p);
        return p;
    }

    private static String render(RunSummary s) {
        StringBuilder out = new StringBuilder();
        Timeline.write(s, out);
        return out.toString();
    }

    /** "op x width" of each bar. */
    private static List<String> bars(String page) {
        Matcher m = Pattern.compile("<rect class=\"bar op-([a-z]+)\" x=\"([0-9.]+)\" y=\"\\d+\" width=\"([0-9.]+)\"")
                .matcher(page);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        return out;
    }
}
