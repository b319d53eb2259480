package io.straceflow.metrics;

import java.util.function.LongSupplier;

/**
 * Per-second rate of a counter, for people reading /metrics with curl (Prometheus itself uses rate() on the
 * counter). Computed when read, over the time since the previous reading but at least one second: with a scraper
 * every 15 s that is the rate over the scrape interval, with nothing on the hot path.
 */
final class Rate {
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L;

    private final LongSupplier counter;
    private final LongSupplier clock;
    private long lastNanos;
    private long lastValue;
    private double rate;

    Rate(LongSupplier counter, LongSupplier clockNanos) {
        this.counter = counter;
        this.clock = clockNanos;
        this.lastNanos = clockNanos.getAsLong();
        this.lastValue = counter.getAsLong();
    }

    synchronized double perSecond() {
        long now = clock.getAsLong();
        long elapsed = now - lastNanos;
        if (elapsed >= MIN_INTERVAL_NANOS) {
            long value = counter.getAsLong();
            rate = (value - lastValue) * 1e9 / elapsed;
            lastNanos = now;
            lastValue = value;
        }
        return rate;
    }
}
