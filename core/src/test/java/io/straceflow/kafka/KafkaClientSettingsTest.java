package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The producer's camel.component.kafka.* settings, as the Admin of the check at start gets them. */
class KafkaClientSettingsTest {
    @Test
    void securitySettingsReachTheAdminClientByKafkasNames() {
        Map<String, Object> admin = KafkaClientSettings.admin(Map.of(
                "security-protocol", "SASL_SSL",
                "saslMechanism", "PLAIN",
                "sasl-jaas-config", "org.apache.kafka.common.security.plain.PlainLoginModule required;",
                "ssl-truststore-location", "/etc/kafka/trust.p12",
                "additional-properties[sasl.login.connect.timeout.ms]", "1234",
                "linger-ms", "5")); // the producer's own: no Admin setting
        assertThat(admin)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required;")
                .containsEntry("ssl.truststore.location", "/etc/kafka/trust.p12")
                .containsEntry("sasl.login.connect.timeout.ms", "1234")
                .doesNotContainKey("linger.ms")
                .doesNotContainKey("bootstrap.servers");
    }

    @Test
    void securitySettingsReachTheConsumerOfVerifyButNotTheProducersOwn() {
        Map<String, Object> consumer = KafkaClientSettings.consumer(Map.of(
                "security-protocol", "SSL",
                "ssl-keystore-location", "/etc/kafka/me.p12",
                "additional-properties[client.dns.lookup]", "use_all_dns_ips",
                "compression-codec", "lz4")); // the producer's own: no consumer setting
        assertThat(consumer)
                .containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.keystore.location", "/etc/kafka/me.p12")
                .containsEntry("client.dns.lookup", "use_all_dns_ips")
                .doesNotContainKey("compression.type")
                .doesNotContainKey("acks");
    }

    @Test
    void noSettingsMeanPlaintext() {
        assertThat(KafkaClientSettings.admin(Map.of())).containsEntry("security.protocol", "PLAINTEXT");
    }

    @Test
    void aValueOfTheWrongKindIsOneLineNamingTheSetting() {
        assertThatThrownBy(() -> KafkaClientSettings.admin(Map.of("reconnect-backoff-ms", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("camel.component.kafka.reconnect-backoff-ms: cannot use 'soon'");
    }
}
