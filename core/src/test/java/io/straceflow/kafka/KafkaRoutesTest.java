package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.chain.StreamFiles;
import io.straceflow.hash.Stamped;
import io.straceflow.hash.StampedBatches;
import io.straceflow.sink.RunStats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Kafka routes of routes/kafka.yaml (kafka-ship, kafka, kafka-drain) with their processors, fed stamped batches
 * as the streams' multicasts feed them, against a real broker: what lands where, what is counted, and what happens
 * when the broker refuses, is lost, or is slow.
 */
@ExtendWith(SharedKafkaBroker.class)
class KafkaRoutesTest {
    private static final String EVENTS = "events.jsonl";
    private static final String RAW = StreamFiles.RAW;

    @Test
    void batchesOfInterleavedStreamsLandInTheirTopicsInOrderWithTheirHeaders(KafkaBroker broker) throws Exception {
        broker.createTopics("mix", 1);
        var shipper = new KafkaShipper("mix", "höst", "run-1", 20_000, 30_000);
        Map<String, List<String>> expected = new HashMap<>();
        Map<String, Set<String>> sendingThreads = new ConcurrentHashMap<>();
        try (CamelContext camel = KafkaRoute.load(broker.bootstrap(), shipper, "mix", Map.of())) {
            // which threads hand each topic's records to the producer
            AdviceWith.adviceWith(
                    camel,
                    "kafka",
                    a -> a.weaveByToUri("straceflow-kafka:*").before().process(e -> {
                        for (TopicLines t :
                                e.getMessage().getBody(RecordBatch.class).lines()) {
                            sendingThreads
                                    .computeIfAbsent(t.topic(), k -> ConcurrentHashMap.newKeySet())
                                    .add(Thread.currentThread().getName());
                        }
                    }));
            camel.start();
            shipper.start(camel);
            ProducerTemplate to = camel.createProducerTemplate();
            // two streams at once, each from its own thread, as in a run
            Thread raw = new Thread(() -> shipRaw(to, 0, 6000, expected));
            raw.start();
            shipEvents(to, 0, 6000, expected);
            raw.join();
            to.sendBody("direct:kafka-drain", null);
        }
        KafkaCounts counts = shipper.counts();
        long total = expected.values().stream().mapToLong(List::size).sum();
        assertThat(counts.lost()).as(counts.firstError()).isZero();
        assertThat(counts.sent()).isEqualTo(total);
        assertThat(counts.retries()).isZero();
        // each topic from one thread: the consumer of the queue its stream takes (the raw stream's, the others')
        assertThat(sendingThreads).containsOnlyKeys("mix.raw", "mix.raw.chain", "mix.events", "mix.checkpoints");
        assertThat(sendingThreads.get("mix.raw")).singleElement().asString().endsWith("seda://kafka-reader");
        assertThat(sendingThreads.get("mix.raw.chain")).isEqualTo(sendingThreads.get("mix.raw"));
        assertThat(sendingThreads.get("mix.events")).singleElement().asString().endsWith("seda://kafka-downstream");
        assertThat(sendingThreads.get("mix.checkpoints")).isEqualTo(sendingThreads.get("mix.events"));

        Map<String, String> topicOf = Map.of(
                RAW,
                "mix.raw",
                RAW + ".chain",
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
                assertThat(text(r.value())).isEqualTo(file.getValue().get(i) + "\n"); // a line of the file, whole
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
    void aRecordTheBrokerRefusesAndARawLineTooLongAreCountedAloneAndTheRestArrives(KafkaBroker broker)
            throws Exception {
        broker.createTopics("big", 1);
        var shipper = new KafkaShipper("big", "h", "run-2", 20_000, 30_000);
        String huge = "x".repeat(2 << 20); // over the producer's max.request.size (1 MiB)
        try (CamelContext camel = KafkaRoute.start(broker.bootstrap(), shipper, "big")) {
            ProducerTemplate to = camel.createProducerTemplate();
            to.sendBody("direct:kafka-ship", events(0, List.of("a", huge, "c"), List.of()));
            // the end of a raw line too long to hold, then two lines: its place (seq 0) stays empty
            to.sendBody("direct:kafka-ship", StampedBatches.raw(RAW, lines(null, "r1", "r2"), 0, lines("c0"), 0));
            to.sendBody("direct:kafka-drain", null);
        }
        KafkaCounts counts = shipper.counts();
        assertThat(counts.sent()).isEqualTo(2 + 2 + 1);
        assertThat(counts.lost()).isEqualTo(2);
        assertThat(counts.firstError())
                .satisfiesAnyOf(
                        e -> assertThat(e).contains("RecordTooLargeException"),
                        e -> assertThat(e).contains("parse limit"));
        var got = readAll(broker, "big.events");
        assertThat(got).extracting(r -> text(r.value())).containsExactly("a\n", "c\n");
        assertThat(got).extracting(r -> header(r, Topics.SEQ)).containsExactly("0", "2");
        var raw = readAll(broker, "big.raw");
        assertThat(raw).extracting(r -> text(r.value())).containsExactly("r1\n", "r2\n");
        assertThat(raw).extracting(r -> header(r, Topics.SEQ)).containsExactly("1", "2");
    }

    @Test
    void aSendTheBrokerRefusesForNowIsRetriedAndCounted(KafkaBroker broker) throws Exception {
        broker.createTopics("gone", 1);
        var shipper = new KafkaShipper("gone", "h", "run-4", 3000, 30_000);
        KafkaCounts counts = shipper.counts();
        try (CamelContext camel = KafkaRoute.start(broker.bootstrap(), shipper, "gone", quick(1000, 3000));
                Admin admin = broker.admin()) {
            ProducerTemplate to = camel.createProducerTemplate();
            to.sendBody("direct:kafka-ship", events(0, List.of("a"), List.of()));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> counts.sent() == 1);
            assertThat(counts.retries()).isZero();
            // the producer still knows the partition; the broker answers UNKNOWN_TOPIC_OR_PARTITION, a refusal Kafka
            // retries (metadata may be stale) until the delivery bound
            admin.deleteTopics(List.of("gone.events")).all().get();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !admin.listTopics().names().get().contains("gone.events"));
            to.sendBody("direct:kafka-ship", events(1, List.of("b"), List.of()));
            to.sendBody("direct:kafka-drain", null);
        }
        assertThat(counts.sent() + counts.lost()).isEqualTo(2);
        assertThat(counts.retries()).isPositive();
        RunStats stats = new RunStats();
        counts.report(stats);
        assertThat(stats.get("kafka_retries")).isEqualTo(counts.retries());
    }

    @Test
    void onceALostBrokerTimesOutTheBatchesAreShedAndCountedNotQueuedBehindIt() throws Exception {
        KafkaBroker own = KafkaBroker.start(); // this one is stopped by the test
        try {
            own.createTopics("lost", 1);
            var shipper = new KafkaShipper("lost", "h", "run-5", 10_000, 10_000);
            KafkaCounts counts = shipper.counts();
            try (CamelContext camel = KafkaRoute.start(own.bootstrap(), shipper, "lost", quick(500, 1000))) {
                ProducerTemplate to = camel.createProducerTemplate();
                to.sendBody("direct:kafka-ship", events(0, List.of("a"), List.of()));
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> counts.sent() == 1);
                own.close();
                // handed to Kafka: no failure is known yet; they time out after a second
                for (int i = 0; i < 100; i++) {
                    to.sendBody("direct:kafka-ship", events(1 + i, List.of("before " + i), List.of()));
                }
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> counts.lost() > 0);
                // within the 10 s after that timeout: counted at once, not handed to the producer
                for (int i = 0; i < 300; i++) {
                    List<String> ten = new ArrayList<>();
                    for (int j = 0; j < 10; j++) {
                        ten.add("after " + i + "." + j);
                    }
                    to.sendBody("direct:kafka-ship", events(101 + 10 * i, ten, List.of()));
                    to.sendBody("direct:kafka-ship", stamped("actions.jsonl", i, List.of("action " + i), List.of()));
                }
                to.sendBody("direct:kafka-drain", null);
            }
            assertThat(counts.sent()).isEqualTo(1);
            assertThat(counts.lost()).isEqualTo(100 + 3000 + 300);
            assertThat(counts.shed()).isEqualTo(3000 + 300);
            assertThat(counts.firstError()).contains("TimeoutException");
            RunStats stats = new RunStats();
            counts.report(stats);
            assertThat(stats.get("kafka_shed")).isEqualTo(3300);
        } finally {
            own.close();
        }
    }

    @Test
    void aBatchTheProducerRefusesWhileHandingItOverCountsWhole(KafkaBroker broker) throws Exception {
        var shipper = new KafkaShipper("x", "h", "run-3", 20_000, 30_000);
        try (CamelContext camel = KafkaRoute.load(broker.bootstrap(), shipper, "x", Map.of())) {
            // like camel-kafka when send() throws at the second record: the first one is on its way
            AdviceWith.adviceWith(
                    camel,
                    "kafka",
                    a -> a.weaveByToUri("straceflow-kafka:*").replace().process(e -> {
                        confirm(e.getMessage().getBody(RecordBatch.class));
                        throw new IllegalStateException("Cannot send after the producer is closed.");
                    }));
            camel.start();
            ProducerTemplate to = camel.createProducerTemplate();
            to.sendBody("direct:kafka-ship", events(0, List.of("e0", "e1", "e2"), List.of()));
            to.sendBody("direct:kafka-drain", null);
        }
        KafkaCounts counts = shipper.counts();
        assertThat(counts.sent()).isZero();
        assertThat(counts.lost()).isEqualTo(3);
        assertThat(counts.firstError()).contains("producer is closed");
    }

    @Test
    void aSlowBrokerHoldsTheStreamsBackAtABoundedQueueAndNothingIsDropped(KafkaBroker broker) throws Exception {
        var shipper = new KafkaShipper("slow", "h", "run-6", 20_000, 30_000);
        CountDownLatch brokerSlow = new CountDownLatch(1);
        AtomicInteger atBroker = new AtomicInteger();
        AtomicInteger heldAtBroker = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        try (CamelContext camel =
                KafkaRoute.load(broker.bootstrap(), shipper, "slow", Map.of("straceflow.kafka.queue-batches", "5"))) {
            // a broker that takes nothing until the latch opens, then confirms every record
            AdviceWith.adviceWith(
                    camel,
                    "kafka",
                    a -> a.weaveByToUri("straceflow-kafka:*").replace().process(e -> {
                        RecordBatch batch = e.getMessage().getBody(RecordBatch.class);
                        heldAtBroker.set(batch.size());
                        atBroker.incrementAndGet();
                        brokerSlow.await();
                        for (int i = 0; i < batch.size(); i++) {
                            confirm(batch);
                            delivered.incrementAndGet();
                        }
                    }));
            camel.start();
            ProducerTemplate to = camel.createProducerTemplate();
            AtomicInteger offered = new AtomicInteger();
            Thread stream = new Thread(() -> {
                // batches as big as one gathering, so the broker holds exactly one, whatever the timing
                for (int i = 0; i < 20; i++) {
                    List<String> batch = new ArrayList<>();
                    for (int j = 0; j < KafkaGather.LINES; j++) {
                        batch.add("e" + i + "." + j);
                    }
                    to.sendBody("direct:kafka-ship", events((long) i * KafkaGather.LINES, batch, List.of()));
                    offered.incrementAndGet();
                }
            });
            stream.start();
            SedaEndpoint queue = camel.getEndpoint("seda:kafka-downstream", SedaEndpoint.class);
            // one batch at the broker, five queued: the stream waits to hand on its seventh
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> atBroker.get() == 1
                            && queue.getCurrentQueueSize() == 5
                            && stream.getState() == Thread.State.WAITING);
            assertThat(heldAtBroker.get()).isEqualTo(KafkaGather.LINES);
            assertThat(offered.get()).isEqualTo(1 + 5);
            assertThat(delivered.get()).isZero();
            brokerSlow.countDown();
            stream.join();
            to.sendBody("direct:kafka-drain", null);
        }
        assertThat(shipper.counts().sent()).isEqualTo(20L * KafkaGather.LINES);
        assertThat(shipper.counts().lost()).isZero();
        assertThat(delivered.get()).isEqualTo(20 * KafkaGather.LINES);
    }

    /** What Kafka's callback says when the broker took a record of the batch: its metadata, with an offset. */
    private static void confirm(RecordBatch batch) {
        batch.completed(new RecordMetadata(new TopicPartition("t", 0), 0, 0, 0, 0, 0), null);
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

    /** The raw stream in batches of 250 lines, each line with its chain line. */
    private static void shipRaw(ProducerTemplate to, int from, int upTo, Map<String, List<String>> expected) {
        List<String> raw = list(expected, RAW);
        List<String> chain = list(expected, RAW + ".chain");
        for (int i = from; i < upTo; i += 250) {
            List<byte[]> log = new ArrayList<>();
            List<byte[]> chained = new ArrayList<>();
            for (int j = i; j < Math.min(upTo, i + 250); j++) {
                log.add(bytes("raw " + j));
                chained.add(bytes("chain " + j));
                raw.add("raw " + j);
                chain.add("chain " + j);
            }
            to.sendBody("direct:kafka-ship", StampedBatches.raw(RAW, log, i, chained, i));
        }
    }

    /** The events stream in batches of 100 records, a checkpoint note every 1000. */
    private static void shipEvents(ProducerTemplate to, int from, int upTo, Map<String, List<String>> expected) {
        List<String> events = list(expected, EVENTS);
        List<String> notes = list(expected, EVENTS + ".ckpt");
        for (int i = from; i < upTo; i += 100) {
            List<String> batch = new ArrayList<>();
            List<String> noted = new ArrayList<>();
            for (int j = i; j < Math.min(upTo, i + 100); j++) {
                batch.add("event " + j);
                if (j % 1000 == 999) {
                    noted.add("note " + j);
                }
            }
            events.addAll(batch);
            to.sendBody("direct:kafka-ship", stamped(EVENTS, i, batch, noted, notes.size()));
            notes.addAll(noted);
        }
    }

    private static Stamped events(long first, List<String> records, List<String> notes) {
        return stamped(EVENTS, first, records, notes);
    }

    private static Stamped stamped(String stream, long first, List<String> records, List<String> notes) {
        return stamped(stream, first, records, notes, 0);
    }

    private static Stamped stamped(String stream, long first, List<String> records, List<String> notes, int note) {
        return StampedBatches.jsonl(
                stream,
                records.stream().map(KafkaRoutesTest::bytes).toList(),
                first,
                notes.stream().map(KafkaRoutesTest::bytes).toList(),
                note);
    }

    private static List<byte[]> lines(String... lines) {
        return Arrays.stream(lines).map(l -> l == null ? null : bytes(l)).toList();
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
