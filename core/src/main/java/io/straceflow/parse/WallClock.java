package io.straceflow.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Turns strace's time of day (-t/-tt) into epoch microseconds. strace prints no date, so the first line's date comes
 * from a {@link DateRule}, and it advances when the clock jumps back by more than 12 hours (midnight).
 */
final class WallClock {
    private static final int HALF_DAY = 12 * 3600;

    private final ZoneId zone;
    private final DateRule rule;
    private LocalDate date; // set by the first line
    private int lastSecondOfDay = -1;
    private long cachedHourKey = Long.MIN_VALUE;
    private long cachedHourEpochSecond;

    WallClock(DateRule rule, ZoneId zone) {
        this.rule = rule;
        this.zone = zone;
    }

    long toEpochMicros(int secondOfDay, int micros) {
        if (date == null) {
            date = rule.firstDate(secondOfDay, zone);
        } else if (secondOfDay < lastSecondOfDay - HALF_DAY) {
            date = date.plusDays(1);
        }
        lastSecondOfDay = secondOfDay;
        int hour = secondOfDay / 3600;
        long hourKey = date.toEpochDay() * 24 + hour;
        if (hourKey != cachedHourKey) {
            // the zone offset can only change on an hour boundary in practice; one lookup per hour of trace
            cachedHourEpochSecond = LocalDateTime.of(date, java.time.LocalTime.of(hour, 0))
                    .atZone(zone)
                    .toEpochSecond();
            cachedHourKey = hourKey;
        }
        return (cachedHourEpochSecond + secondOfDay % 3600) * 1_000_000L + micros;
    }
}
