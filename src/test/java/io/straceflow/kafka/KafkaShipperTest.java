package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.chain.Checkpoint;
import io.straceflow.chain.StreamFiles;
import io.straceflow.sink.RunStats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shipper's batches (many records per exchange) against a real broker, and its count of a refused batch. */
@ExtendWith(SharedKafkaBroker.class)
class KafkaShipperTest {
    private static final String EVENTS = "events.jsonl";

    @Test
    void batchesOfInterleavedStreamsLandInTheirTopicsInOrderWithTheirHeaders(KafkaBroker broker) throws Exception {
        broker.createTopics("mix", 1);
        var shipper = new KafkaShipper("mix", "höst", "run-1", 30_000);
        Map<String, List<String>> expected = new HashMap<>();
        // queued before the start, so the first batches carry every stream, interleaved
        control(shipper, StreamFiles.RAW, "open raw", expected);
        control(shipper, EVENTS, "open events", expected);
        writeRaw(shipper, 0, 1500, expected);
        writeEvents(shipper, 0, 1500, expected);
        try (CamelContext camel = KafkaRoute.start(broker.bootstrap(), "mix")) {
            shipper.start(camel);
            // then two writers at once, one stream each, as in a run
            Thread raw = new Thread(() -> writeRaw(shipper, 1500, 6000, expected));
            raw.start();
            writeEvents(shipper, 1500, 6000, expected);
            raw.join();
            shipper.drain();
        }
        long total = expected.values().stream().mapToLong(List::size).sum();
        assertThat(shipper.lost()).as(shipper.firstError()).isZero();
        assertThat(shipper.sent()).isEqualTo(total);
        assertThat(shipper.retries()).isZero();

        Map<String, String> topicOf = Map.of(
                "syscalls.log",
                "mix.raw",
                "syscalls.log.chain",
                "mix.raw.chain",
                EVENTS,
                "mix.events",
                EVENTS + ".ckpt",
                "mix.checkpoints");
        assertThat(expected).containsOnlyKeys(topicOf.keySet());
        for (var file : expected.entrySet()) {
            List<ConsumerRecord<byte[], byte[]>> got = readAll(broker, topicOf.get(file.getKey()));
            assertThat(got).as(file.getKey()).hasSameSizeAs(file.getValue());
            for (int i = 0; i < got.size(); i++) {
                var r = got.get(i);
                assertThat(text(r.value())).isEqualTo(file.getValue().get(i));
                assertThat(text(r.key())).isEqualTo("run-1");
                assertThat(header(r, Topics.STREAM)).isEqualTo(file.getKey());
                assertThat(header(r, Topics.SEQ)).isEqualTo(Integer.toString(i));
                assertThat(header(r, Topics.RUN)).isEqualTo("run-1");
                assertThat(header(r, Topics.HOST)).isEqualTo("höst");
                assertThat(Arrays.stream(r.headers().toArray()).map(Header::key))
                        .containsExactlyInAnyOrder(Topics.HOST, Topics.RUN, Topics.STREAM, Topics.SEQ);
            }
        }
    }

    @Test
    void aRecordTheBrokerRefusesIsCountedAloneAndTheRestOfItsBatchArrives(KafkaBroker broker) throws Exception {
        broker.createTopics("big", 1);
        var shipper = new KafkaShipper("big", "h", "run-2", 30_000);
        byte[] huge = new byte[2 << 20]; // over the producer's max.request.size (1 MiB)
        Arrays.fill(huge, (byte) 'x');
        // queued before the start: one batch
        shipper.record(EVENTS, bytes("a"), null);
        shipper.record(EVENTS, huge, null);
        shipper.record(EVENTS, bytes("c"), null);
        try (CamelContext camel = KafkaRoute.start(broker.bootstrap(), "big")) {
            shipper.start(camel);
            shipper.drain();
        }
        assertThat(shipper.sent()).isEqualTo(2);
        assertThat(shipper.lost()).isEqualTo(1);
        assertThat(shipper.firstError()).contains("RecordTooLargeException");
        var got = readAll(broker, "big.events");
        assertThat(got).extracting(r -> text(r.value())).containsExactly("a", "c");
        assertThat(got).extracting(r -> header(r, Topics.SEQ)).containsExactly("0", "2");
    }

    @Test
    void aSendTheBrokerRefusesForNowIsRetriedAndCounted(KafkaBroker broker) throws Exception {
        broker.createTopics("gone", 1);
        var shipper = new KafkaShipper("gone", "h", "run-4", 30_000);
        Map<String, String> quick = quick(1000, 3000);
        try (CamelContext camel = KafkaRoute.start(broker.bootstrap(), "gone", quick);
                Admin admin = broker.admin()) {
            shipper.start(camel);
            shipper.record(EVENTS, bytes("a"), null);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> shipper.sent() == 1);
            assertThat(shipper.retries()).isZero();
            // the producer still knows the partition; the broker answers UNKNOWN_TOPIC_OR_PARTITION, a refusal Kafka
            // retries (metadata may be stale) until the delivery bound
            admin.deleteTopics(List.of("gone.events")).all().get();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !admin.listTopics().names().get().contains("gone.events"));
            shipper.record(EVENTS, bytes("b"), null);
            shipper.drain();
        }
        assertThat(shipper.sent() + shipper.lost()).isEqualTo(2);
        assertThat(shipper.retries()).isPositive();
        RunStats stats = new RunStats();
        shipper.report(stats);
        assertThat(stats.get("kafka_retries")).isEqualTo(shipper.retries());
    }

    @Test
    void onceALostBrokerTimesOutTheLinesAreShedAndCountedNotQueuedBehindIt() throws Exception {
        KafkaBroker own = KafkaBroker.start(); // this one is stopped by the test
        try {
            own.createTopics("lost", 1);
            var shipper = new KafkaShipper("lost", "h", "run-5", 10_000);
            Map<String, String> quick = quick(500, 1000);
            try (CamelContext camel = KafkaRoute.start(own.bootstrap(), "lost", quick)) {
                shipper.start(camel);
                shipper.record(EVENTS, bytes("a"), null);
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> shipper.sent() == 1);
                own.close();
                // handed to Kafka: no failure is known yet; they time out after a second
                for (int i = 0; i < 100; i++) {
                    shipper.record(EVENTS, bytes("before " + i), null);
                }
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> shipper.lost() > 0);
                // within the 10 s after that timeout: counted at once, not handed to the producer
                for (int i = 0; i < 3000; i++) {
                    shipper.record(EVENTS, bytes("after " + i), null);
                    if (i % 10 == 0) {
                        shipper.record("actions.jsonl", bytes("action " + i), null);
                    }
                }
                shipper.drain();
            }
            assertThat(shipper.sent()).isEqualTo(1);
            assertThat(shipper.lost()).isEqualTo(100 + 3000 + 300);
            assertThat(shipper.shed()).isEqualTo(3000 + 300);
            assertThat(shipper.firstError()).contains("TimeoutException");
            RunStats stats = new RunStats();
            shipper.report(stats);
            assertThat(stats.get("kafka_shed")).isEqualTo(3300);
        } finally {
            own.close();
        }
    }

    @Test
    void aBatchTheProducerRefusesWhileHandingItOverCountsWhole() throws Exception {
        var shipper = new KafkaShipper("x", "h", "run-3", 30_000);
        for (int i = 0; i < 3; i++) {
            shipper.record(EVENTS, bytes("e" + i), null);
        }
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(noErrorHandler());
                    // like camel-kafka when send() throws at the second record: the first one is on its way
                    from(KafkaShipper.ENDPOINT)
                            .routeId(KafkaShipper.ROUTE)
                            .autoStartup(false)
                            .process(e -> {
                                List<?> records = e.getMessage().getBody(List.class);
                                ((Exchange) records.get(0))
                                        .getMessage()
                                        .setHeader(KafkaConstants.KAFKA_RECORD_META, List.of());
                                throw new IllegalStateException("Cannot send after the producer is closed.");
                            });
                }
            });
            camel.start();
            shipper.start(camel);
            shipper.drain();
        }
        assertThat(shipper.sent()).isZero();
        assertThat(shipper.lost()).isEqualTo(3);
        assertThat(shipper.firstError()).contains("producer is closed");
    }

    /** Route settings for a test that waits for Kafka to give up: no linger, short request and delivery bounds. */
    private static Map<String, String> quick(long requestTimeoutMillis, long timeoutMillis) {
        return Map.of(
                "straceflow.kafka.linger-ms",
                "0",
                "straceflow.kafka.request-timeout-ms",
                Long.toString(requestTimeoutMillis),
                KafkaSettings.TIMEOUT,
                Long.toString(timeoutMillis));
    }

    private static void control(KafkaShipper s, String stream, String line, Map<String, List<String>> expected) {
        s.control(stream, bytes(line));
        expected.computeIfAbsent(StreamFiles.RAW.equals(stream) ? stream + ".chain" : stream, k -> new ArrayList<>())
                .add(line);
    }

    private static void writeRaw(KafkaShipper s, int from, int to, Map<String, List<String>> expected) {
        List<String> raw = list(expected, "syscalls.log");
        List<String> chain = list(expected, "syscalls.log.chain");
        for (int i = from; i < to; i++) {
            s.record(StreamFiles.RAW, bytes("chain " + i), bytes("raw " + i));
            raw.add("raw " + i);
            chain.add("chain " + i);
        }
    }

    private static void writeEvents(KafkaShipper s, int from, int to, Map<String, List<String>> expected) {
        List<String> events = list(expected, EVENTS);
        List<String> notes = list(expected, EVENTS + ".ckpt");
        for (int i = from; i < to; i++) {
            s.record(EVENTS, bytes("event " + i), null);
            events.add("event " + i);
            if (i % 1000 == 999) {
                String note = "note " + i;
                s.checkpoint(new Checkpoint(EVENTS, "o", i + 1, new byte[32], 0, 0, false, note, bytes("ckpt")));
                notes.add(note);
            }
        }
    }

    private static synchronized List<String> list(Map<String, List<String>> expected, String file) {
        return expected.computeIfAbsent(file, k -> new ArrayList<>());
    }

    /** Every record of a one-partition topic, from the start to its current end. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaBroker broker, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<byte[], byte[]>(p)) {
            var tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : text(h.value());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
