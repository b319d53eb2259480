package io.straceflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AtomicLong counter = new AtomicLong();
    private final Rate rate = new Rate(counter::get, clock::get);

    /** The counter grows by {@code delta} in {@code millis}, then the rate is read. */
    private double after(long delta, long millis) {
        counter.addAndGet(delta);
        clock.addAndGet(millis * 1_000_000L);
        return rate.perSecond();
    }

    @Test
    void perSecondOverTheTimeSinceThePreviousReading() {
        assertThat(after(3000, 2000)).isCloseTo(1500.0, within(1e-9));
        assertThat(after(500, 5000)).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void readingsLessThanASecondApartKeepThePreviousRate() {
        assertThat(after(1000, 1000)).isCloseTo(1000.0, within(1e-9));
        assertThat(after(1, 10))
                .as("10 ms later: no jumpy rate from a tiny interval")
                .isCloseTo(1000.0, within(1e-9));
        assertThat(after(0, 990)).isCloseTo(1.0, within(1e-9));
    }
}
