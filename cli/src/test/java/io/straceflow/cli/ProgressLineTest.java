package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.cli.ProgressLine.Stage;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static String frame(long read, long total, double bytesPerSecond, double linesPerSecond, Stage stage) {
        return ProgressLine.format(read, total, bytesPerSecond, linesPerSecond, 9, stage, 80);
    }

    @Test
    void withATotalShowsPercentBarRateAndEta() {
        String line = frame(27_500_000, 65_000_000, 3_100_000, 41_200, Stage.READING);
        assertThat(line).isEqualTo("replay  42% [###-----]  27.5/65.0 MB  3.1 MB/s  41.2k lines/s  ETA 0:12");
        String widest = frame(999_400_000, 1_200_000_000_000L, 99_400_000, 999_400, Stage.READING);
        assertThat(widest)
                .isEqualTo("replay   0% [--------]  999.4 MB/1.2 TB  99.4 MB/s  999.4k lines/s  ETA 3:21:02")
                .hasSizeLessThan(80);
    }

    @Test
    void standardInputHasNoTotalAndSoNoEta() {
        assertThat(frame(950, -1, 120, 3, Stage.READING)).isEqualTo("replay  950 B  120 B/s  3 lines/s");
    }

    @Test
    void beforeAnyRateTheEtaIsUnknownAndSoIsAnEtaOfYears() {
        assertThat(frame(0, 1000, 0, 0, Stage.READING)).endsWith("ETA --:--");
        assertThat(frame(108_800_000, 211_400_000, 1e-300, 0, Stage.READING))
                .as("a rate near zero (a stalled read)")
                .endsWith("ETA --:--");
    }

    @Test
    void onceAllIsReadTheStageShowsInPlaceOfTheEta() {
        assertThat(frame(1000, 1000, 10, 10, Stage.WRITING)).endsWith("  writing");
        assertThat(frame(1000, 1000, 10, 10, Stage.SEALING)).endsWith("  sealing");
        assertThat(frame(1000, 1000, 10, 10, Stage.REPORT)).endsWith("  report");
        assertThat(frame(1000, -1, 10, 10, Stage.SEALING)).isEqualTo("replay  1.0 kB  10 B/s  10 lines/s  sealing");
    }

    @Test
    void theLastFrameShowsTheElapsedTime() {
        assertThat(ProgressLine.format(5_000_000_000L, 5_000_000_000L, 1_000_000, 2_500_000, 3725, Stage.DONE, 80))
                .isEqualTo("replay 100% [########]  5.0/5.0 GB  1.0 MB/s  2.5M lines/s  in 1:02:05");
    }

    /** A frame as long as the terminal is wide would wrap (or lose its last character) on every redraw. */
    @Test
    void aNarrowTerminalDropsTheRatesThenTheBarThenTheAmountAndNeverReachesTheLastColumn() {
        long read = 27_500_000;
        long total = 65_000_000;
        assertThat(ProgressLine.format(read, total, 3_100_000, 41_200, 9, Stage.READING, 60))
                .isEqualTo("replay  42% [###-----]  27.5/65.0 MB  3.1 MB/s  ETA 0:12");
        assertThat(ProgressLine.format(read, total, 3_100_000, 41_200, 9, Stage.READING, 50))
                .isEqualTo("replay  42% [###-----]  27.5/65.0 MB  ETA 0:12");
        assertThat(ProgressLine.format(read, total, 3_100_000, 41_200, 9, Stage.SEALING, 40))
                .isEqualTo("replay  42%  27.5/65.0 MB  sealing");
        assertThat(ProgressLine.format(read, total, 3_100_000, 41_200, 9, Stage.READING, 25))
                .isEqualTo("replay  42%  ETA 0:12");
        assertThat(ProgressLine.format(read, total, 3_100_000, 41_200, 9, Stage.READING, 8))
                .isEqualTo("replay ");
        for (int columns = 1; columns <= 120; columns++) {
            for (Stage stage : Stage.values()) {
                for (long t : new long[] {-1, total, 1_200_000_000_000L}) {
                    assertThat(ProgressLine.format(read, t, 99_400_000, 999_400, 3725, stage, columns))
                            .as("%d columns, %s, total %d", columns, stage, t)
                            .hasSizeLessThan(columns);
                }
            }
        }
    }
}
