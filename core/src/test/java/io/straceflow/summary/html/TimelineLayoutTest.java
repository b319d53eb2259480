package io.straceflow.summary.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.summary.CallSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The timeline's geometry on explicit timestamps: a window of 1,000 µs on 100 units (10 µs a unit, from x = 0),
 * unless a test says otherwise.
 */
class TimelineLayoutTest {
    private final TimelineLayout layout = new TimelineLayout(0, 0, 1_000, 0, 100);

    @Test
    void callsLessThanAPixelApartAreOneBarAndFartherOnesAreNot() {
        CallSpans.Group g = group("read", 0, 50, 55, 60, 200, 210, 219, 230);
        // 50 → 55 is half a unit: merged; 60 → 200 is 14 units; 210 → 219 is 0.9 units: merged
        assertThat(describe(layout.bars(g, 1)))
                .containsExactly("read 0.0-6.0 0-60 x2 55us", "read 20.0-23.0 200-230 x2 21us");
    }

    @Test
    void aShortCallIsAtLeastOneUnitWideAndCallsWithoutTimesAreTicks() {
        assertThat(describe(layout.bars(group("open", 500, 501), 1))).containsExactly("open 50.0-51.0 500-501 x1 1us");
        // no -T: points; 100 and 105 are half a unit apart (one tick of two calls), 300 is a tick of its own
        assertThat(describe(layout.bars(group("stat", 100, 100, 105, 105, 300, 300), 1)))
                .containsExactly("stat 10.0-11.0 100-105 x2 0us", "stat 30.0-31.0 300-300 x1 0us");
    }

    @Test
    void theWindowClipsSpansAndDropsWhatIsOutside() {
        TimelineLayout zoomed = new TimelineLayout(0, 400, 600, 0, 100); // 2 µs a unit
        CallSpans.Group g = group("read", 100, 200, 350, 450, 500, 502, 590, 700, 800, 900);
        assertThat(describe(zoomed.bars(g, 1)))
                .containsExactly(
                        "read 0.0-25.0 400-450 x1 100us", // from 350: starts at the window
                        "read 50.0-51.0 500-502 x1 2us",
                        "read 95.0-100.0 590-600 x1 110us"); // to 700: ends at the window
    }

    @Test
    void groupsThatWouldOverlapGoToSubRowsAndOthersFillTheGaps() {
        List<List<TimelineLayout.Bar>> groups = List.of(
                layout.bars(group("read", 0, 100, 500, 600), 1), // 0-10, 50-60
                layout.bars(group("write", 50, 150), 1), // 5-15: overlaps read's first bar
                layout.bars(group("stat", 200, 300), 1), // 20-30: between read's bars
                layout.bars(group("open", 100, 120, 600, 650), 1), // 10-12 touches read's end, 60-65 too
                layout.bars(group("close", 140, 160, 700, 720), 1), // 14-16, 70-72: both fit row 0
                layout.bars(group("list", 170, 180, 520, 530), 1)); // 17-18 fits row 0, 52-53 does not: row 1
        List<List<TimelineLayout.Bar>> rows = TimelineLayout.pack(groups);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .extracting(TimelineLayout.Bar::op)
                .containsExactly("read", "open", "close", "stat", "read", "open", "close");
        assertThat(rows.get(1)).extracting(TimelineLayout.Bar::op).containsExactly("write", "list", "list");
        assertThat(TimelineLayout.fits(rows.get(0), layout.bars(group("seek", 120, 140), 1)))
                .as("a bar that touches bars on both sides fits")
                .isTrue();
    }

    @Test
    void tooManyBarsAreMergedAtTwoFourEightUnitsUntilTheyAreFewEnough() {
        long[] t = new long[120];
        for (int i = 0; i < 60; i++) { // a 1 µs call every 45 µs (1.5 units at 30 µs a unit): a bar each at gap 1
            t[2 * i] = 45L * i;
            t[2 * i + 1] = 45L * i + 1;
        }
        TimelineLayout wide = new TimelineLayout(0, 0, 3_000, 0, 100);
        List<List<CallSpans.Group>> lanes = List.of(List.of(group("read", t)));
        assertThat(wide.layOut(lanes, 1_000).bars()).isEqualTo(60);
        TimelineLayout.Result capped = wide.layOut(lanes, 30);
        assertThat(capped.gap()).isEqualTo(2); // 1.47 units from one call's end to the next start: merged at 2
        assertThat(capped.bars()).isEqualTo(1);
        assertThat(capped.lanes().get(0).get(0).get(0).calls()).isEqualTo(60);
    }

    /** Random groups in random windows: no two bars of a row overlap, and every call is in exactly one bar. */
    @Property(tries = 300, seed = "20261205")
    void noBarOfARowOverlapsAnotherAndNoCallIsLost(@ForAll long seed) {
        Random r = new Random(seed);
        long span = 1 + r.nextInt(10_000_000);
        long w0 = r.nextBoolean() ? 0 : r.nextLong(span);
        long w1 = w0 + 1 + r.nextLong(span - w0 + 1);
        TimelineLayout l = new TimelineLayout(0, w0, w1, 240, 848);
        List<CallSpans.Group> groups = new ArrayList<>();
        long inWindow = 0;
        for (int k = 0, n = 1 + r.nextInt(12); k < n; k++) {
            CallSpans.Group g = new CallSpans.Group("1-1", "op" + k);
            long at = r.nextLong(span);
            for (int i = 0, calls = r.nextInt(300); i < calls && at < span; i++) {
                long d = r.nextInt(4) == 0 ? 0 : r.nextLong(1 + span / (1 + r.nextInt(1_000)));
                g.add(at, at + d, 1, d, 0);
                inWindow += at + d < w0 || at > w1 ? 0 : 1;
                at += d + r.nextLong(1 + span / (1 + r.nextInt(100)));
            }
            groups.add(g);
        }
        TimelineLayout.Result result = l.layOut(List.of(groups), 1 + r.nextInt(2_000));
        long calls = 0;
        for (List<TimelineLayout.Bar> row : result.lanes().get(0)) {
            for (int i = 0; i < row.size(); i++) {
                TimelineLayout.Bar b = row.get(i);
                calls += b.calls();
                assertThat(b.end()).isGreaterThanOrEqualTo(b.x() + TimelineLayout.MIN_WIDTH);
                if (i > 0) {
                    assertThat(b.x())
                            .as("bar %d of a row starts where the one before ends or later", i)
                            .isGreaterThanOrEqualTo(row.get(i - 1).end());
                    assertThat(Timeline.round(b.x()))
                            .isGreaterThanOrEqualTo(
                                    Timeline.round(row.get(i - 1).end()));
                }
            }
        }
        assertThat(calls).isEqualTo(inWindow);
    }

    /** A group of calls given as start, end, start, end, ... µs. */
    private static CallSpans.Group group(String op, long... startEnd) {
        CallSpans.Group g = new CallSpans.Group("1-1", op);
        for (int i = 0; i < startEnd.length; i += 2) {
            g.add(startEnd[i], startEnd[i + 1], 1, startEnd[i + 1] - startEnd[i], -1);
        }
        return g;
    }

    private static List<String> describe(List<TimelineLayout.Bar> bars) {
        return bars.stream()
                .map(b -> String.format(
                        java.util.Locale.ROOT,
                        "%s %.1f-%.1f %d-%d x%d %dus",
                        b.op(),
                        b.x(),
                        b.end(),
                        b.startUs(),
                        b.endUs(),
                        b.calls(),
                        b.busyUs()))
                .toList();
    }
}
