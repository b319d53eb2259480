package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.strace.RecordedTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backpressure (issue #8), functional and not timed: a replay whose actions stage is made slow by a user route
 * ({@link StalledSink}, through --routes, on the delivery of each action to actions.jsonl) behind a queue of one
 * batch loses nothing: the queue fills behind the stall (the reading thread, and so the replay, has to wait), and
 * every stream holds exactly what a run at full speed holds.
 */
class SlowSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STREAMS = List.of("events.jsonl", "enriched.jsonl", "actions.jsonl");

    @TempDir
    Path work;

    @Test
    void aSlowStageMakesReadingWaitAndLosesNothing() throws Exception {
        Path trace = RecordedTrace.record(
                work.resolve("dd.strace"), "dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=20000");
        long lines;
        try (Stream<String> s = Files.lines(trace)) {
            lines = s.count();
        }
        assertThat(lines).isGreaterThan(40_000);

        // checkpoints only by count: a time checkpoint takes a seq, and would land elsewhere in a slower run
        Map<String, String> countOnly = Map.of("STRACEFLOW_CHECKPOINT_MILLIS", "3600000");
        var fast = Straceflow.start(work, List.of("replay", "-q", trace.toString(), "-o", "fast"), countOnly, null)
                .await();
        assertThat(fast.exitCode()).as(fast.stderr()).isZero();

        Path routes = Files.createDirectory(work.resolve("slow-routes"));
        Files.writeString(routes.resolve("slow.yaml"), """
                - beans:
                    - name: stalledSink
                      type: io.straceflow.cli.StalledSink
                      properties:
                        stats: "#runStats"
                # a route configuration without an id applies to every route; a bare interceptSendToEndpoint
                # in a file without routes is never registered (measured: the stall was never reached)
                - routeConfiguration:
                    interceptSendToEndpoint:
                      - interceptSendToEndpoint:
                          uri: direct:actions-out
                          steps:
                            - process:
                                ref: stalledSink
                """);
        var slow = Straceflow.start(
                        work,
                        List.of("replay", "-q", "--routes", routes.toString(), trace.toString(), "-o", "slow"),
                        Map.of("STRACEFLOW_QUEUE_BATCHES", "1", "STRACEFLOW_CHECKPOINT_MILLIS", "3600000"),
                        null)
                .await();
        assertThat(slow.exitCode()).as(slow.stderr()).isZero();

        JsonNode fastCounters = counters(work.resolve("fast"));
        JsonNode slowCounters = counters(work.resolve("slow"));
        assertThat(slowCounters.path("test_full_while_stalled").asLong())
                .as("the stall was reached and the queue filled behind it; counters %s", slowCounters)
                .isPositive();
        assertThat(slowCounters.get("lines").asLong()).isEqualTo(lines);
        for (String counter : List.of("lines", "events", "merged", "unparsed", "dangling", "actions")) {
            assertThat(slowCounters.get(counter)).as(counter).isEqualTo(fastCounters.get(counter));
        }
        assertThat(work.resolve("slow/syscalls.log")).hasSameBinaryContentAs(trace);
        for (String stream : STREAMS) {
            assertThat(records(work.resolve("slow").resolve(stream)))
                    .as(stream)
                    .isNotEmpty()
                    .isEqualTo(records(work.resolve("fast").resolve(stream)));
        }
        var verify = Straceflow.run(work, "verify", "slow");
        assertThat(verify.exitCode()).as(verify.stdout()).isZero();
    }

    private static JsonNode counters(Path out) throws Exception {
        return JSON.readTree(out.resolve("run.json").toFile()).get("counters");
    }

    /** The records of a stream without their chain fields (_seq, _h …) and checkpoints, which differ per run. */
    private static List<JsonNode> records(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(SlowSinkTest::parse)
                    .filter(n -> !n.has("_ctl"))
                    .peek(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n)
                            .remove(List.of("_seq", "_h", "_t", "_tag")))
                    .toList();
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
