package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.kafka.KafkaBroker;
import io.straceflow.kafka.SharedKafkaBroker;
import io.straceflow.testing.FixedTrace;
import io.straceflow.testing.TraceDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * User sinks ({@code --to STREAM=URI}, issue 17) end to end, with the jar: every record of a stream reaches the URI as
 * one exchange holding its exact bytes, the README's recipes (examples/routes) do what it says, and bad sinks are
 * refused or fail the run cleanly.
 */
@ExtendWith(SharedKafkaBroker.class)
class UserSinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Repo.file("examples/routes");

    @TempDir
    Path work;

    @Test
    void eventsToStandardOutputAreTheRecordsOfEventsJsonl() throws Exception {
        var r = Straceflow.run(work, replay("--to", "events=stream:out"));

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> records = records(work.resolve("out/events.jsonl"));
        assertThat(records).hasSize((int) FixedTrace.EVENTS);
        assertThat(r.stdout().lines().toList()).isEqualTo(records);
        assertVerifies("out");
    }

    @Test
    void recipeFileOpensWritesTheOpensOfARealProgram() throws Exception {
        var r = Straceflow.run(
                work,
                live(
                        "file-opens",
                        "events=direct:file-opens",
                        "sh",
                        "-c",
                        "cat /etc/hostname /etc/os-release > /dev/null"));

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> opens = new ArrayList<>();
        for (String record : records(work.resolve("out/events.jsonl"))) {
            String call = JSON.readTree(record).path("syscall").asText();
            if (call.equals("openat") || call.equals("open")) {
                opens.add(record);
            }
        }
        assertThat(opens).anyMatch(o -> o.contains("/etc/hostname")).anyMatch(o -> o.contains("/etc/os-release"));
        assertThat(Files.readAllLines(work.resolve("opens.jsonl"))).isEqualTo(opens);
        assertVerifies("out");
    }

    @Test
    void recipeActionsToTheLogLogsEveryAction() throws Exception {
        var r = Straceflow.run(
                work, replay("--to", "actions=log:straceflow.actions?showExchangePattern=false&showBodyType=false"));

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> logged = r.stderr()
                .lines()
                .filter(l -> l.contains("straceflow.actions - "))
                .map(l -> l.substring(l.indexOf("Body: ") + "Body: ".length(), l.lastIndexOf(']')))
                .toList();
        List<String> actions = records(work.resolve("out/actions.jsonl"));
        assertThat(actions).hasSize((int) FixedTrace.ACTIONS);
        assertThat(logged).isEqualTo(actions);
    }

    @Test
    void recipeFailedCallsGoToASecondKafkaTopic(KafkaBroker broker) throws Exception {
        broker.createTopics("recipe", 1);
        List<String> args = new ArrayList<>(
                List.of("--sink", "file,kafka", "--kafka-brokers", broker.bootstrap(), "--topic-prefix", "recipe"));
        args.addAll(List.of(live(
                "failed-calls",
                "events=direct:failed-calls",
                "sh",
                "-c",
                "cat /nonexistent/config.yml; ls /nope; true")));
        args.add(0, args.remove(args.indexOf("run")));
        var r = Straceflow.run(work, args.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> failed = new ArrayList<>();
        for (String record : records(work.resolve("out/events.jsonl"))) {
            if (JSON.readTree(record).has("errno")) {
                failed.add(record);
            }
        }
        assertThat(failed).anyMatch(f -> f.contains("/nonexistent/config.yml"));
        String run = JSON.readTree(work.resolve("out/run.json").toFile())
                .path("run_id")
                .asText();
        List<ConsumerRecord<String, String>> topic = consume(broker.bootstrap(), "recipe.failed-calls", failed.size());
        assertThat(topic).extracting(ConsumerRecord::value).isEqualTo(failed);
        assertThat(topic).extracting(ConsumerRecord::key).containsOnly(run);
    }

    @Test
    void aSinkWithAnUnknownStreamOrAnUnmadeUriIsAUsageError() throws Exception {
        for (String to : List.of("nope=log:x", "events", "events=nosuchscheme:x", "events=log:x?noSuchOption=1")) {
            var r = Straceflow.run(work, "run", "-o", "out", "--to", to, "--", "touch", "ran");
            assertThat(r.exitCode()).as(to + ": " + r.stderr()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.stderr().lines()).as(r.stderr()).hasSize(1);
            assertThat(r.stderr()).startsWith("straceflow: --to " + to);
            assertThat(work.resolve("out")).doesNotExist();
            assertThat(work.resolve("ran")).doesNotExist();
        }
    }

    @Test
    void aSinkThatThrowsFailsTheRunNamingItAndTheFilesAreSealed() throws Exception {
        Path routes = Files.createDirectory(work.resolve("boom"));
        Files.writeString(routes.resolve("boom.yaml"), """
                - route:
                    from:
                      uri: direct:boom
                      steps:
                        - throwException:
                            exceptionType: java.lang.IllegalStateException
                            message: planted sink failure
                """);

        var r = Straceflow.run(work, replay("--routes", routes.toString(), "--to", "enriched=direct:boom"));

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.stderr().lines())
                .as("one line, no stack trace: %s", r.stderr())
                .hasSize(1);
        assertThat(r.stderr().lines().findFirst().orElseThrow())
                .contains("the sink direct:boom of enriched.jsonl failed: planted sink failure")
                .contains("enriched.jsonl")
                .contains("planted sink failure");
        assertThat(JSON.readTree(work.resolve("out/run.json").toFile())
                        .path("status")
                        .asText())
                .isEqualTo("failed");
        assertVerifies("out");
    }

    /** {@code run -q -o out --routes examples/routes/RECIPE --to TO -- COMMAND}. */
    private static String[] live(String recipe, String to, String... command) {
        List<String> args = new ArrayList<>(List.of(
                "run", "-q", "-o", "out", "--routes", EXAMPLES.resolve(recipe).toString(), "--to", to, "--"));
        args.addAll(List.of(command));
        return args.toArray(String[]::new);
    }

    private static String[] replay(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "replay",
                "-q",
                "-o",
                "out",
                "--date",
                TraceDate.OPTION,
                FixedTrace.file().toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** A JSONL stream's records (not the chain's control lines), as lines of the file. */
    private static List<String> records(Path stream) throws Exception {
        return Files.readAllLines(stream).stream()
                .filter(l -> !l.contains("\"_ctl\""))
                .toList();
    }

    private void assertVerifies(String dir) throws Exception {
        var v = Straceflow.run(work, "verify", dir);
        assertThat(v.exitCode()).as(v.stdout() + v.stderr()).isZero();
    }

    private static List<ConsumerRecord<String, String>> consume(String bootstrap, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        assertThat(out).as("records of " + topic).hasSize(expected);
        return out;
    }
}
