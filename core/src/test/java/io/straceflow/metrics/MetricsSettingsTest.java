package io.straceflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricsSettingsTest {
    @Test
    void offUnlessAPortIsGiven() {
        assertThat(MetricsSettings.resolve(null, null, null).enabled()).isFalse();
    }

    @Test
    void theCommandLineWithLoopbackByDefault() {
        MetricsSettings s = MetricsSettings.resolve(0, null, 2.5);
        assertThat(s).isEqualTo(new MetricsSettings(0, "127.0.0.1", 2500));
        assertThat(s.enabled()).isTrue();
    }

    @Test
    void aSystemPropertyWhenTheCommandLineSaysNothing() {
        System.setProperty(MetricsSettings.PORT, "9464");
        System.setProperty(MetricsSettings.LINGER, "1500");
        try {
            assertThat(MetricsSettings.resolve(null, "0.0.0.0", null))
                    .isEqualTo(new MetricsSettings(9464, "0.0.0.0", 1500));
        } finally {
            System.clearProperty(MetricsSettings.PORT);
            System.clearProperty(MetricsSettings.LINGER);
        }
    }

    @Test
    void outOfRangeValuesAreOneLineErrors() {
        assertThatThrownBy(() -> MetricsSettings.resolve(70000, null, null))
                .hasMessage("--metrics-port must be 0 (any free port) to 65535, not 70000");
        assertThatThrownBy(() -> MetricsSettings.resolve(-1, null, null))
                .hasMessage("--metrics-port must be 0 (any free port) to 65535, not -1");
        assertThatThrownBy(() -> MetricsSettings.resolve(1, null, -1.0))
                .hasMessage("--metrics-linger must be 0 or more seconds");
    }
}
