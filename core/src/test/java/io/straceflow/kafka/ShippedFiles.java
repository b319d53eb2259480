package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A run's output directory held against what Kafka holds of it: the camel-main and the Camel Quarkus tests. */
public final class ShippedFiles {
    private ShippedFiles() {}

    /**
     * Reads the run in {@code out} back from the topics of {@code prefix} (into a new directory under {@code work}):
     * every file of the directory but run.json, its seal and the lock file, and only those, byte for byte, a record per
     * line (a checkpoint note, ended by an empty line, per record), and kafka_sent is what came back.
     *
     * @return the records per file, by file name
     */
    public static Map<String, Long> assertTopicsHoldTheFiles(String bootstrap, String prefix, Path out, Path work)
            throws Exception {
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        Path back = Files.createTempDirectory(work, "back");
        Map<String, Long> counts = new KafkaReadBack(bootstrap, prefix, Duration.ofSeconds(20))
                .fetch(run.get("run_id").asText(), back);
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString())
                    // run.json and its seal are not shipped, nor the directory's lock file
                    .filter(n -> !n.startsWith("run.json") && !n.equals(".straceflow.lock"))
                    .sorted()
                    .toList();
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(files);
        for (String f : files) {
            assertThat(back.resolve(f)).as(f).hasSameBinaryContentAs(out.resolve(f));
            List<String> lines = Files.readAllLines(out.resolve(f));
            long records =
                    f.endsWith(".ckpt") ? lines.stream().filter(String::isEmpty).count() : lines.size();
            assertThat(counts.get(f)).as(f + ": records").isEqualTo(records);
        }
        long shipped = counts.values().stream().mapToLong(Long::longValue).sum();
        assertThat(run.get("counters").get("kafka_sent").asLong()).isEqualTo(shipped);
        return new TreeMap<>(counts);
    }
}
