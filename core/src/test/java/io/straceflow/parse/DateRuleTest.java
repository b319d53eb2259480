package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date of a -tt trace's first line, on explicit instants (never the machine's clock). */
class DateRuleTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati"); // UTC+14

    private static int clock(String hhmmss) {
        return LocalTime.parse(hhmmss).toSecondOfDay();
    }

    @Test
    void aGivenDateIsTaken() {
        DateRule r = DateRule.on(LocalDate.of(2026, 11, 26));
        assertThat(r.firstDate(clock("23:59:59"), UTC)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(r.firstDate(clock("00:00:00"), KIRITIMATI)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aLiveRunStartedJustBeforeMidnightWhoseFirstLineIsAfterItIsOnTheNextDay() {
        DateRule r = DateRule.startedAt(Instant.parse("2026-12-04T23:59:59.900Z"));
        assertThat(r.firstDate(clock("00:00:00"), UTC)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(r.firstDate(clock("23:59:59"), UTC)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aLiveRunStartedJustAfterMidnightWhoseFirstLineIsBeforeItIsOnThePreviousDay() {
        // the first line cannot be earlier than the start, but the machine's clock and strace's may disagree by a tick
        DateRule r = DateRule.startedAt(Instant.parse("2026-12-05T00:00:00.050Z"));
        assertThat(r.firstDate(clock("23:59:59"), UTC)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void theStartIsReadInTheTraceZone() {
        // 2026-12-04T10:00Z is 2026-12-05 00:00 in Kiritimati
        DateRule r = DateRule.startedAt(Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(r.firstDate(clock("00:00:01"), KIRITIMATI)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(r.firstDate(clock("10:00:01"), UTC)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aReplayedTraceThatCrossedMidnightStartsTheDayBeforeItsFilesDate() {
        DateRule r = DateRule.endedBy(Instant.parse("2026-12-05T02:00:00Z"));
        assertThat(r.firstDate(clock("22:00:00"), UTC)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(r.firstDate(clock("01:00:00"), UTC)).isEqualTo(LocalDate.of(2026, 12, 5));
        // the last line may be written in the file's last second
        assertThat(r.firstDate(clock("02:00:00"), UTC)).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void aWholeTraceAcrossMidnightGetsConsecutiveDates() {
        WallClock c = new WallClock(DateRule.endedBy(Instant.parse("2026-12-05T00:30:00Z")), UTC);
        List<Instant> times = new ArrayList<>();
        for (String t : List.of("23:59:58", "23:59:59", "00:00:00", "00:29:59")) {
            times.add(Instant.EPOCH.plusNanos(c.toEpochMicros(clock(t), 0) * 1000));
        }
        assertThat(times)
                .containsExactly(
                        Instant.parse("2026-12-04T23:59:58Z"),
                        Instant.parse("2026-12-04T23:59:59Z"),
                        Instant.parse("2026-12-05T00:00:00Z"),
                        Instant.parse("2026-12-05T00:29:59Z"));
    }

    @Test
    void thePropertyFormReadsBack() {
        for (DateRule r : List.of(
                DateRule.on(LocalDate.of(2026, 11, 26)),
                DateRule.startedAt(Instant.parse("2026-12-04T23:59:59.900Z")),
                DateRule.endedBy(Instant.parse("2026-12-05T02:00:00.123456789Z")))) {
            assertThat(DateRule.parse(r.toString())).isEqualTo(r);
        }
        assertThat(DateRule.parse("2026-11-26")).isEqualTo(DateRule.on(LocalDate.of(2026, 11, 26)));
        assertThat(DateRule.parse("").near()).isNotNull();
        assertThatThrownBy(() -> DateRule.parse("26.11.2026"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("26.11.2026");
    }
}
