package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void withATotalShowsPercentBarRateAndEta() {
        String line = ProgressLine.format(27_500_000, 65_000_000, 3_100_000, 41_200, 9, false);
        assertThat(line).isEqualTo("replay  42% [###-----]  27.5/65.0 MB  3.1 MB/s  41.2k lines/s  ETA 0:12");
        String widest = ProgressLine.format(999_400_000, 1_200_000_000_000L, 99_400_000, 999_400, 0, false);
        assertThat(widest)
                .isEqualTo("replay   0% [--------]  999.4 MB/1.2 TB  99.4 MB/s  999.4k lines/s  ETA 3:21:02")
                .hasSizeLessThan(80);
    }

    @Test
    void standardInputHasNoTotalAndSoNoEta() {
        assertThat(ProgressLine.format(950, -1, 120, 3, 1, false)).isEqualTo("replay  950 B  120 B/s  3 lines/s");
    }

    @Test
    void beforeAnyRateTheEtaIsUnknownAndOnceAllIsReadTheStagesDrain() {
        assertThat(ProgressLine.format(0, 1000, 0, 0, 0, false)).endsWith("ETA --:--");
        assertThat(ProgressLine.format(1000, 1000, 10, 10, 3, false)).endsWith("writing");
    }

    @Test
    void theLastFrameShowsTheElapsedTime() {
        assertThat(ProgressLine.format(5_000_000_000L, 5_000_000_000L, 1_000_000, 2_500_000, 3725, true))
                .isEqualTo("replay 100% [########]  5.0/5.0 GB  1.0 MB/s  2.5M lines/s  in 1:02:05");
    }
}
