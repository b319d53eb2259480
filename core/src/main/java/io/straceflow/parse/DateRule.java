package io.straceflow.parse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Where the date of a -t/-tt trace comes from: strace prints the time of day and no date. One of:
 *
 * <ul>
 *   <li>a given date ({@code --date});
 *   <li>{@link #startedAt}: a live run, whose first line comes moments after the instant: it gets the date that puts
 *       it nearest that instant, so a run started at 23:59:59.9 whose first line reads 00:00:00.1 is on the next
 *       day;
 *   <li>{@link #endedBy}: a replay of a file, whose last modification is the end of the trace: the first line gets
 *       the latest date that puts it no later than that instant, so a trace from 22:00 to 02:00 starts on the day
 *       before the file's date (taking the file's date for the first line put every time a day late).
 * </ul>
 *
 * Later lines advance the date when the clock goes back by more than 12 hours (midnight) ({@link WallClock}).
 *
 * @param date the given date, or null
 * @param near a live run's start, or null
 * @param notAfter a replayed file's modification time, or null
 */
public record DateRule(LocalDate date, Instant near, Instant notAfter) {
    private static final String STARTED = "started ";
    private static final String ENDED = "ended ";

    public DateRule {
        int given = (date != null ? 1 : 0) + (near != null ? 1 : 0) + (notAfter != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("a date rule needs exactly one of date, near, notAfter");
        }
    }

    public static DateRule on(LocalDate date) {
        return new DateRule(date, null, null);
    }

    public static DateRule startedAt(Instant start) {
        return new DateRule(null, start, null);
    }

    public static DateRule endedBy(Instant end) {
        return new DateRule(null, null, end);
    }

    /** The date of a trace whose first line reads {@code secondOfDay} in {@code zone}. */
    public LocalDate firstDate(int secondOfDay, ZoneId zone) {
        if (date != null) {
            return date;
        }
        LocalTime clock = LocalTime.ofSecondOfDay(secondOfDay);
        if (near != null) {
            LocalDate today = LocalDate.ofInstant(near, zone);
            LocalDate best = today;
            long bestGap = Long.MAX_VALUE;
            for (LocalDate d : new LocalDate[] {today.minusDays(1), today, today.plusDays(1)}) {
                long gap = Duration.between(near, at(d, clock, zone)).abs().toMillis();
                if (gap < bestGap) {
                    best = d;
                    bestGap = gap;
                }
            }
            return best;
        }
        LocalDate last = LocalDate.ofInstant(notAfter, zone);
        // whole seconds: strace's clock and the file's time are not compared below a second
        return at(last, clock, zone).isAfter(notAfter.plusSeconds(1)) ? last.minusDays(1) : last;
    }

    private static Instant at(LocalDate d, LocalTime t, ZoneId zone) {
        return LocalDateTime.of(d, t).atZone(zone).toInstant();
    }

    /** The property form ({@code straceflow.date}): {@code 2026-11-26}, {@code started INSTANT} or {@code ended INSTANT}. */
    @Override
    public String toString() {
        if (date != null) {
            return date.toString();
        }
        return near != null ? STARTED + near : ENDED + notAfter;
    }

    /** Reads {@link #toString()}'s form; blank means a live run starting now. */
    public static DateRule parse(String s) {
        String v = s == null ? "" : s.strip();
        try {
            if (v.isEmpty()) {
                return startedAt(Instant.now());
            }
            if (v.startsWith(STARTED)) {
                return startedAt(Instant.parse(v.substring(STARTED.length()).strip()));
            }
            if (v.startsWith(ENDED)) {
                return endedBy(Instant.parse(v.substring(ENDED.length()).strip()));
            }
            return on(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a trace date (YYYY-MM-DD): " + s, e);
        }
    }
}
