package io.straceflow.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How to read a trace.
 *
 * @param defaultPid pid for lines without a prefix (-ff files, the first process on stderr); null: none
 * @param dates where the date of the first line for -t/-tt clocks comes from (strace prints no date); it rolls over
 *     when the clock goes back by more than 12 h
 * @param zone zone the clock was printed in
 * @param maxDepth nesting of {} [] () kept as structure; deeper groups stay raw text
 * @param redact mask secrets and environment values in every line before it is parsed ({@link Redactor}); off here
 *     (a parser library keeps what it reads), on in the pipeline unless --no-redact
 */
public record ParseOptions(Integer defaultPid, DateRule dates, ZoneId zone, int maxDepth, boolean redact) {

    public static final int DEFAULT_MAX_DEPTH = 64;

    public ParseOptions {
        if (zone == null) {
            zone = ZoneId.systemDefault();
        }
        if (dates == null) {
            dates = DateRule.startedAt(Instant.now());
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
    }

    /** A trace starting now, in the system zone: right for live tracing. */
    public static ParseOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Integer defaultPid;
        private DateRule dates;
        private ZoneId zone;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private boolean redact;

        public Builder defaultPid(Integer pid) {
            this.defaultPid = pid;
            return this;
        }

        /** The trace's first line is on {@code date}. */
        public Builder baseDate(LocalDate date) {
            return dates(DateRule.on(date));
        }

        public Builder dates(DateRule dates) {
            this.dates = dates;
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder utc() {
            return zone(ZoneOffset.UTC);
        }

        public Builder maxDepth(int depth) {
            this.maxDepth = depth;
            return this;
        }

        public Builder redact(boolean redact) {
            this.redact = redact;
            return this;
        }

        public ParseOptions build() {
            return new ParseOptions(defaultPid, dates, zone, maxDepth, redact);
        }
    }
}
