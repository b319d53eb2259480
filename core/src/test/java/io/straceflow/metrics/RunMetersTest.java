package io.straceflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.straceflow.sink.RunStats;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunMetersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunStats stats = new RunStats();
    private final RunMeters meters = new RunMeters(registry, stats);

    private double counter(String name) {
        return registry.get("straceflow." + name).functionCounter().count();
    }

    @Test
    void theRunCountersAreThereFromTheStartAndFollowRunStats() {
        assertThat(counter("lines")).isZero();
        assertThat(counter("proc_skipped")).isZero();
        stats.put("lines", 512);
        stats.put("lines", 1024);
        stats.add("events", 7);
        assertThat(counter("lines")).isEqualTo(1024);
        assertThat(counter("events")).isEqualTo(7);
        assertThat(registry.getMeters())
                .as("no scrape-relative rates: Prometheus takes rate() of the counters")
                .noneMatch(m -> m.getId().getName().contains("per.second"));
        assertThat(registry.find("straceflow.kafka_sent").functionCounter())
                .as("no Kafka series unless Kafka ships")
                .isNull();
    }

    @Test
    void aNameFirstPublishedLaterAppearsAtTheNextScrape() {
        stats.put("my_stage_count", 3); // e.g. from a user's --routes stage; "redacted" is known up front now
        assertThat(registry.find("straceflow.my_stage_count").functionCounter()).isNull();
        meters.refresh();
        assertThat(counter("my_stage_count")).isEqualTo(3);
    }

    @Test
    void aLiveSourceWinsOverRunStats() {
        AtomicLong sent = new AtomicLong(41);
        meters.source("kafka_sent", sent::get);
        sent.incrementAndGet();
        assertThat(counter("kafka_sent")).isEqualTo(42);
    }
}
