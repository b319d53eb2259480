package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The timing's origin as the launcher passes it: bash's EPOCHREALTIME, in seconds with microseconds. */
class StartupTimingTest {
    @Test
    void epochRealtimeIsReadToTheMillisecond() {
        assertThat(StartupTiming.launchedAt("1796455681.035653")).isEqualTo(1_796_455_681_035L);
        assertThat(StartupTiming.launchedAt("1796455681,999999")).isEqualTo(1_796_455_681_999L); // a comma locale
    }

    @Test
    void noneOrGarbageIsNoOrigin() {
        assertThat(StartupTiming.launchedAt(null)).isEqualTo(-1);
        assertThat(StartupTiming.launchedAt("")).isEqualTo(-1);
        assertThat(StartupTiming.launchedAt("soon")).isEqualTo(-1);
    }
}
