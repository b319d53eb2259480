package io.straceflow.quarkus;

import static io.straceflow.quarkus.Apps.camelMain;
import static io.straceflow.quarkus.Apps.exec;
import static io.straceflow.quarkus.Apps.quarkus;
import static io.straceflow.quarkus.Apps.records;
import static io.straceflow.quarkus.Apps.runJson;
import static io.straceflow.quarkus.Apps.verified;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.straceflow.kafka.KafkaBroker;
import io.straceflow.kafka.SharedKafkaBroker;
import io.straceflow.kafka.ShippedFiles;
import io.straceflow.kafka.Topics;
import io.straceflow.quarkus.Apps.Result;
import io.straceflow.quarkus.Apps.Started;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Quarkus application shipping to a real Kafka broker (KRaft, in this JVM: the root tests' {@link KafkaBroker}),
 * against the camel-main jar: the same topics, records, headers and counters, what camel-main's {@code verify
 * --kafka-brokers} reads back, a broker lost mid-run (exit 74) and none at the start (exit 75).
 */
@ExtendWith(SharedKafkaBroker.class)
class QuarkusKafkaTest {
    @TempDir
    static Path work;

    /** Both runtimes replay one real trace to Kafka: the same files, the same records under the same headers. */
    @Test
    void replayShipsWhatCamelMainShips(KafkaBroker broker) throws Exception {
        Path trace = Apps.smallTrace();
        broker.createTopics("cm", 1);
        broker.createTopics("qk", 1);
        Path main = work.resolve("main");
        Path quarkus = work.resolve("quarkus");
        Result m = exec(
                camelMain(
                        "replay",
                        "-q",
                        "--date",
                        "2025-06-01",
                        "--kafka-brokers",
                        broker.bootstrap(),
                        "--topic-prefix",
                        "cm",
                        "-o",
                        main.toString(),
                        trace.toString()),
                work);
        assertThat(m.code()).as(m.err()).isZero();
        Result q = exec(
                quarkus(Map.of(
                        "straceflow.mode", "replay",
                        "straceflow.files", trace.toString(),
                        "straceflow.out", quarkus.toString(),
                        "straceflow.date", "2025-06-01",
                        "straceflow.quiet", "true",
                        "straceflow.sink", "file,kafka",
                        "straceflow.kafka.brokers", broker.bootstrap(),
                        "straceflow.kafka.topic-prefix", "qk")),
                work);
        assertThat(q.code()).as(q.err()).isZero();

        assertThat(quarkus.resolve("syscalls.log")).hasSameBinaryContentAs(trace);
        assertThat(quarkus.resolve("syscalls.log")).hasSameBinaryContentAs(main.resolve("syscalls.log"));
        for (String stream : Apps.JSONL) {
            List<JsonNode> expected = records(main.resolve(stream));
            List<JsonNode> actual = records(quarkus.resolve(stream));
            assertThat(actual).as(stream).hasSize(expected.size()).isNotEmpty();
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as(stream + " record " + i).isEqualTo(expected.get(i));
            }
        }
        verified(main);
        verified(quarkus);
        JsonNode run = runJson(quarkus);
        assertThat(run.get("status").asText()).isEqualTo("complete");
        // every counter, kafka_sent, kafka_failed, kafka_retries and kafka_shed included
        assertThat(run.get("counters")).isEqualTo(runJson(main).get("counters"));
        assertThat(run.get("counters").get("kafka_sent").asLong()).isPositive();

        Map<String, Long> shipped = topicsHoldTheFiles(broker.bootstrap(), "qk", quarkus);
        assertThat(shipped).isEqualTo(topicsHoldTheFiles(broker.bootstrap(), "cm", main));
        assertThat(kafkaRecords(
                        broker.bootstrap(), "qk", runJson(quarkus).get("run_id").asText()))
                .isEqualTo(kafkaRecords(
                        broker.bootstrap(), "cm", runJson(main).get("run_id").asText()));
    }

    /**
     * A live run of a real program shipped to 3-partition topics: every file's lines, and only those, in its topic,
     * counted in run.json and the end-of-run line, and camel-main's {@code verify --kafka-brokers} finds the chains
     * intact in Kafka.
     */
    @Test
    void runShippedToKafkaVerifiesFromKafka(KafkaBroker broker) throws Exception {
        broker.createTopics("qrun", 3); // the run's key keeps each stream in one partition
        Path out = work.resolve("run");
        Result q = exec(
                quarkus(
                        // a few checkpoints: their topic too
                        Map.of("straceflow.checkpoint.records", "40"),
                        // the command line's options, as under camel-main
                        "run",
                        "-o",
                        out.toString(),
                        "--sink",
                        "kafka",
                        "--kafka-brokers",
                        broker.bootstrap(),
                        "--topic-prefix",
                        "qrun",
                        "--",
                        "sh",
                        "-c",
                        "for i in 1 2 3 4 5; do cat /etc/hostname >/dev/null; done; ls /nope"),
                work);
        assertThat(q.code()).as(q.err()).isEqualTo(2); // ls's own code passes through
        JsonNode run = runJson(out);
        JsonNode counters = run.get("counters");
        assertThat(counters.get("kafka_failed").asLong()).isZero();
        assertThat(counters.get("kafka_retries").asLong()).isZero(); // topics ready before the first send
        assertThat(counters.get("kafka_shed").asLong()).isZero();

        Map<String, Long> counts = topicsHoldTheFiles(broker.bootstrap(), "qrun", out);
        assertThat(counts).containsKeys("syscalls.log", "syscalls.log.chain", "events.jsonl", "events.jsonl.ckpt");
        assertThat(counts.get("events.jsonl.ckpt")).isGreaterThan(1);
        long sent = counts.values().stream().mapToLong(Long::longValue).sum();
        assertThat(q.err()).contains(" kafka_sent=" + sent + " ").contains(" kafka_failed=0 ");

        String runId = run.get("run_id").asText();
        Result v = exec(
                camelMain("verify", "--kafka-brokers", broker.bootstrap(), "--topic-prefix", "qrun", "--run", runId),
                work);
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("OK   syscalls.log").contains("OK   events.jsonl");
        // and the Quarkus application's own verify, reading the same topics back
        Result vq = exec(
                quarkus(
                        Map.of(),
                        "verify",
                        "--kafka-brokers",
                        broker.bootstrap(),
                        "--topic-prefix",
                        "qrun",
                        "--run",
                        runId),
                work);
        assertThat(vq.code()).as(vq.out() + vq.err()).isZero();
        assertThat(vq.out()).isEqualTo(v.out());
        Result other = exec(
                camelMain("verify", "--kafka-brokers", broker.bootstrap(), "--topic-prefix", "qrun", "--run", "nope"),
                work);
        assertThat(other.code()).as(other.out()).isEqualTo(1); // nothing of that run: streams missing
    }

    @Test
    void brokerLostMidRunIsCountedAndSetsTheExitCode() throws Exception {
        Path dir = Files.createDirectories(work.resolve("lost"));
        try (KafkaBroker own = KafkaBroker.start()) { // this one is stopped by the test
            own.createTopics("lost", 1);
            Started p = Apps.start(
                    quarkus(
                            Map.of(
                                    "straceflow.mode", "run",
                                    "straceflow.out", "out",
                                    "straceflow.kafka.brokers", own.bootstrap(),
                                    "straceflow.sink", "file,kafka",
                                    "straceflow.kafka.topic-prefix", "lost",
                                    // records give up fast; the check at start gets the whole wait below (a cold
                                    // JVM's first round trip to Kafka: a loaded machine stretches it past 2 s)
                                    "straceflow.kafka.timeout-ms", "2000",
                                    "straceflow.kafka.start-timeout-ms", "150000"),
                            "--",
                            "sh",
                            "-c",
                            "touch ready; while [ ! -e go ]; do sleep 0.1; done; cat /etc/hostname >/dev/null"),
                    dir);
            Awaitility.await()
                    .atMost(Duration.ofMinutes(3))
                    .until(() ->
                            Files.exists(dir.resolve("ready")) || !p.process().isAlive());
            if (!Files.exists(dir.resolve("ready"))) { // say why: exit code and straceflow's own words
                Result early = p.await();
                throw new AssertionError("straceflow ended (exit " + early.code()
                        + ") before the traced program started; stderr:\n" + early.err());
            }
            own.close();
            Files.createFile(dir.resolve("go"));
            Result r = p.await();
            assertThat(r.code()).as(r.err()).isEqualTo(74);
            assertThat(r.err()).contains("records were not delivered").contains("the files hold everything");
            assertThat(r.err()).contains("(exit 74)").doesNotContain("\tat ");
            assertThat(r.out() + r.err()).doesNotContain("org.apache.kafka"); // no reconnect warnings
            JsonNode counters = runJson(dir.resolve("out")).get("counters");
            assertThat(counters.get("kafka_failed").asLong()).isPositive();
            // lines shed while the broker looked lost are among those not delivered, never beside them
            assertThat(counters.get("kafka_shed").asLong())
                    .isBetween(0L, counters.get("kafka_failed").asLong());
            assertThat(runJson(dir.resolve("out")).get("exit_code").asInt()).isEqualTo(74);
            verified(dir.resolve("out")); // the files are complete
        }
    }

    @Test
    void noBrokerAtStartTracesNothing() throws Exception {
        Path dir = Files.createDirectories(work.resolve("none"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        Result r = exec(
                quarkus(
                        Map.of(
                                "straceflow.mode", "run",
                                "straceflow.out", "out",
                                "straceflow.sink", "kafka",
                                "straceflow.kafka.brokers", "127.0.0.1:" + port,
                                "straceflow.kafka.timeout-ms", "1500"),
                        "--",
                        "touch",
                        "ran"),
                dir);
        assertThat(r.code()).as(r.err()).isEqualTo(75);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("no broker reachable");
        assertThat(r.out() + r.err()).doesNotContain("org.apache.kafka");
        assertThat(dir.resolve("ran")).doesNotExist();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static Map<String, Long> topicsHoldTheFiles(String bootstrap, String prefix, Path out) throws Exception {
        return ShippedFiles.assertTopicsHoldTheFiles(bootstrap, prefix, out, work);
    }

    /**
     * Every record of the topics of {@code prefix}, by topic and file, in order, as "SEQ HEADER-NAMES": each keyed by
     * the run id, with the run id and this host in its headers, its file's topic the one it is in.
     */
    private static Map<String, List<String>> kafkaRecords(String bootstrap, String prefix, String runId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String topic : Topics.all(prefix)) {
                parts.add(new TopicPartition(topic, 0));
            }
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(parts));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    String file = header(r, Topics.STREAM);
                    assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(runId);
                    assertThat(header(r, Topics.RUN)).isEqualTo(runId);
                    assertThat(header(r, Topics.HOST)).isNotBlank();
                    assertThat(r.topic()).isEqualTo(prefix + "." + Topics.suffixOf(file));
                    List<String> names = new ArrayList<>();
                    r.headers().forEach(h -> names.add(h.key()));
                    assertThat(names).containsExactlyInAnyOrder(Topics.HOST, Topics.RUN, Topics.STREAM, Topics.SEQ);
                    // by topic and file: one topic (checkpoints) carries several files, whose records interleave
                    // as the stream threads happen to run; within a file the order is the file's
                    byTopic.computeIfAbsent(r.topic().substring(prefix.length()) + " " + file, k -> new ArrayList<>())
                            .add(header(r, Topics.SEQ) + " " + names);
                }
                return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return byTopic;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
