package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {
    @AfterEach
    void clear() {
        System.clearProperty(KafkaSettings.START_TIMEOUT);
    }

    @Test
    void theCheckAtStartHasTheDeliveryBoundUnlessSetApart() {
        KafkaSettings same = KafkaSettings.resolve(null, "127.0.0.1:9092", null, 2000L);
        assertThat(same.timeoutMillis()).isEqualTo(2000);
        assertThat(same.startTimeoutMillis()).isEqualTo(2000);

        System.setProperty(KafkaSettings.START_TIMEOUT, "60000");
        KafkaSettings apart = KafkaSettings.resolve(null, "127.0.0.1:9092", null, 2000L);
        assertThat(apart.timeoutMillis()).isEqualTo(2000);
        assertThat(apart.startTimeoutMillis()).isEqualTo(60000);
    }

    @Test
    void aStartBoundThatIsNoPositiveNumberIsRefused() {
        System.setProperty(KafkaSettings.START_TIMEOUT, "soon");
        assertThatThrownBy(() -> KafkaSettings.resolve(null, "127.0.0.1:9092", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("straceflow.kafka.start-timeout-ms: a positive number of milliseconds, not 'soon'");
        System.setProperty(KafkaSettings.START_TIMEOUT, "0");
        assertThatThrownBy(() -> KafkaSettings.resolve(null, "127.0.0.1:9092", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeliveryBoundShorterThanLingerPlusOneRequestIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> KafkaSettings.resolve(null, "127.0.0.1:9092", null, 500L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--kafka-timeout must be at least 0.525 s: a delivery covers the linger (25 ms) and one"
                        + " request (at least 500 ms)");
        assertThat(KafkaSettings.resolve(null, "127.0.0.1:9092", null, 525L).requestTimeoutMillis())
                .isEqualTo(500);
        // files only: the bound is not used
        assertThat(KafkaSettings.resolve("file", null, null, 500L).enabled()).isFalse();
    }
}
