package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.straceflow.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enriched.jsonl and actions.jsonl from real runs through the whole pipeline. */
class EnrichAndActionsPipelineTest {
    @TempDir
    Path work;

    static List<JsonNode> records(Path file) throws Exception {
        return PipelineStreamsTest.records(file);
    }

    @Test
    void readsOfAOneMebibyteFileSumToItsSizeAndEveryEventIsInOneAction() throws Exception {
        Path big = work.resolve("big.bin");
        byte[] data = new byte[1 << 20];
        new Random(42).nextBytes(data);
        Files.write(big, data);
        var r = Straceflow.run(work, "run", "-o", "out", "--", "sh", "-c", "cat " + big + " >/dev/null");
        assertThat(r.exitCode()).as(r.stderr()).isZero();

        List<JsonNode> actions = records(work.resolve("out/actions.jsonl"));
        long bytesRead = actions.stream()
                .filter(a -> a.get("op").asText().equals("read"))
                .filter(a -> big.toString().equals(a.path("path").asText()))
                .mapToLong(a -> a.get("bytes").asLong())
                .sum();
        assertThat(bytesRead).isEqualTo(1 << 20);

        List<JsonNode> events = records(work.resolve("out/events.jsonl"));
        long classified = events.stream()
                .map(e -> e.get("type").asText())
                .filter(t -> !t.equals("notice") && !t.equals("unparsed"))
                .count();
        assertThat(actions.stream().mapToLong(a -> a.get("count").asLong()).sum())
                .isEqualTo(classified);

        // every enriched record is one event with the process it belongs to
        List<JsonNode> enriched = records(work.resolve("out/enriched.jsonl"));
        assertThat(enriched).hasSameSizeAs(events);
        JsonNode catRead = enriched.stream()
                .filter(e -> "read".equals(e.path("syscall").asText())
                        && big.toString().equals(e.path("path").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(catRead.at("/process/exe").asText()).isEqualTo(Programs.which("cat"));
        assertThat(catRead.at("/process/ancestors/0/exe").asText()).isEqualTo(Programs.which("sh"));
        assertThat(Straceflow.run(work, "verify", "out").exitCode()).isZero();
    }

    @Test
    void liveRunAndReplayOfItsTraceGiveTheSameActionsAndProcesses() throws Exception {
        String script = "for i in 1 2 3; do echo $i > f$i; cat f$i f$i >/dev/null; done; ls >/dev/null";
        // without the wall-clock flush: on a loaded machine a stall longer than the grace splits a live group that
        // the replay keeps whole (docs/actions.md); with it off, both depend on the trace alone
        Straceflow.liveAndReplay(work, List.of("--quiet-flush", "0"), "sh", "-c", script);

        assertThat(comparable(records(work.resolve("replay/actions.jsonl"))))
                .isNotEmpty()
                .isEqualTo(comparable(records(work.resolve("live/actions.jsonl"))));
        List<JsonNode> a = records(work.resolve("live/enriched.jsonl"));
        List<JsonNode> b = records(work.resolve("replay/enriched.jsonl"));
        assertThat(b).isNotEmpty().hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            // what the trace itself says must match; /proc may fill more in the live run only (e.g. the root's ppid)
            for (String f : List.of("pid", "tgid", "id", "exe", "argv")) {
                assertThat(b.get(i).at("/process/" + f))
                        .as("record %d %s", i, f)
                        .isEqualTo(a.get(i).at("/process/" + f));
            }
            for (String f : List.of("ppid", "ancestors")) {
                JsonNode fromTrace = b.get(i).at("/process/" + f);
                if (!fromTrace.isNull() && !(fromTrace.isArray() && fromTrace.isEmpty())) {
                    assertThat(fromTrace)
                            .as("record %d %s", i, f)
                            .isEqualTo(a.get(i).at("/process/" + f));
                }
            }
        }
    }

    /** Actions without chain fields, in trace order (first_seq): emission order across keys depends on timing. */
    private static List<JsonNode> comparable(List<JsonNode> actions) {
        return actions.stream()
                .peek(n -> ((ObjectNode) n).remove(List.of("_seq", "_h")))
                .sorted(Comparator.comparingLong(n -> n.get("first_seq").asLong()))
                .toList();
    }

    @Test
    void aPendingActionIsWrittenWhenStraceflowIsStopped() throws Exception {
        Path target = work.resolve("burst.txt");
        String py = "import time\n"
                + "f = open('" + target + "', 'w', buffering=1)\n"
                + "for i in range(20): f.write('line %d\\n' % i)\n"
                + "open('" + work.resolve("burst-done") + "', 'w').close()\n"
                + "time.sleep(3600)\n";
        // a window of ten minutes: the burst's action can only be written by the stop
        Straceflow sf =
                Straceflow.start(work, List.of("run", "--window", "600000", "-o", "out", "--", "python3", "-c", py));
        Path log = work.resolve("out/syscalls.log");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(log) && Files.readString(log).contains("burst-done\", O_WRONLY"));
        sf.process.destroy();
        var r = sf.await();
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(143);
        List<JsonNode> writes = records(work.resolve("out/actions.jsonl")).stream()
                .filter(a -> a.get("op").asText().equals("write")
                        && target.toString().equals(a.path("path").asText()))
                .toList();
        assertThat(writes).hasSize(1);
        assertThat(writes.get(0).get("count").asLong()).isEqualTo(20);
        assertThat(Straceflow.run(work, "verify", "out").exitCode()).isZero();
    }
}
