package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on real programs: events.jsonl agrees with strace, every chain verifies. */
class PipelineStreamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY_ROW =
            // strace prints the decimals in the user's locale (0,00 under LANG=de_DE.UTF-8)
            Pattern.compile("^\\s*[\\d.,]+\\s+[\\d.,]+\\s+\\d+\\s+(\\d+)\\s+(\\d*)\\s*([a-z_0-9]+)$");

    @TempDir
    Path work;

    static List<JsonNode> records(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            if (!n.has("_ctl")) {
                out.add(n);
            }
        }
        return out;
    }

    @Test
    void eventCountsEqualStracesOwnSummaryAndNothingIsUnparsed() throws Exception {
        var r = Straceflow.run(
                work,
                "run",
                "-T",
                "--strace-opt=-C",
                "-o",
                "out",
                "--",
                "sh",
                "-c",
                "seq 1 5000 | sort -rn | gzip -c | wc -c; ls /nonexistent 2>/dev/null; true");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Map<String, long[]> fromEvents = new TreeMap<>();
        for (JsonNode e : records(work.resolve("out/events.jsonl"))) {
            assertThat(e.get("type").asText()).as(e.toString()).isNotEqualTo("unparsed");
            boolean returned = e.get("type").asText().equals("syscall")
                    && !e.path("unfinished").asBoolean(false)
                    && (e.hasNonNull("ret") || e.has("errno"));
            if (returned) {
                long[] c = fromEvents.computeIfAbsent(e.get("syscall").asText(), k -> new long[2]);
                c[0]++;
                c[1] += e.has("errno") ? 1 : 0;
            }
        }
        Map<String, long[]> fromStrace = new TreeMap<>();
        for (String line : Files.readAllLines(work.resolve("out/syscalls.log"))) {
            Matcher m = SUMMARY_ROW.matcher(line);
            if (m.matches() && !m.group(3).equals("total")) {
                fromStrace.put(
                        m.group(3),
                        new long[] {Long.parseLong(m.group(1)), m.group(2).isEmpty() ? 0 : Long.parseLong(m.group(2))});
            }
        }
        assertThat(fromStrace).hasSizeGreaterThan(10);
        fromEvents.remove("exit_group");
        fromStrace.remove("exit_group");
        assertThat(fromEvents.keySet()).isEqualTo(fromStrace.keySet());
        fromStrace.forEach(
                (name, c) -> assertThat(fromEvents.get(name)).as(name).containsExactly(c));
        assertThat(r.stderr()).contains("unparsed=0");
    }

    @Test
    void everyStreamVerifiesAndAnEditedByteIsCaught() throws Exception {
        assertThat(Straceflow.run(work, "keygen", "chain.key").exitCode()).isZero();
        var r = Straceflow.run(work, "run", "--key", "chain.key", "-o", "out", "--", "sh", "-c", "ls / | wc -l");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        var ok = Straceflow.run(work, "verify", "out", "--key", "chain.key");
        assertThat(ok.exitCode()).as(ok.stdout() + ok.stderr()).isZero();
        assertThat(ok.stdout()).contains("OK   syscalls.log").contains("OK   events.jsonl");

        List<JsonNode> events = records(work.resolve("out/events.jsonl"));
        assertThat(events).isNotEmpty();
        try (RandomAccessFile f =
                new RandomAccessFile(work.resolve("out/events.jsonl").toFile(), "rw")) {
            long pos = f.length() / 2;
            f.seek(pos);
            int b = f.read();
            f.seek(pos);
            f.write(b == '1' ? '2' : '1');
        }
        var bad = Straceflow.run(work, "verify", "out", "--key", "chain.key");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.stdout()).contains("FAIL events.jsonl");
    }

    @Test
    void replayOfALiveRunGivesTheSameEvents() throws Exception {
        Straceflow.liveAndReplay(work, List.of(), "sh", "-c", "seq 1 100 | sort | tail -1");
        List<JsonNode> a = records(work.resolve("live/events.jsonl"));
        List<JsonNode> b = records(work.resolve("replay/events.jsonl"));
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            // the tag differs (each run has its own chain); every event field must not
            ((com.fasterxml.jackson.databind.node.ObjectNode) a.get(i)).remove("_h");
            ((com.fasterxml.jackson.databind.node.ObjectNode) b.get(i)).remove("_h");
            assertThat(b.get(i)).as("event " + i).isEqualTo(a.get(i));
        }
    }
}
