package io.straceflow.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.straceflow.chain.Keys;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Quarkus application (target/quarkus-app) against the camel-main build of the same sources
 * (../target/straceflow.jar), both as users run them: real strace, real programs, separate JVMs.
 */
class QuarkusPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String QUARKUS_JAR = System.getProperty("straceflow.quarkus.jar");
    private static final String MAIN_JAR = System.getProperty("straceflow.main.jar");
    private static final List<String> JSONL = List.of("events.jsonl", "enriched.jsonl", "actions.jsonl");

    @TempDir
    static Path work;

    private static Path trace;

    /** A real trace of a small program with a few processes, a failing call and a pipe. */
    @BeforeAll
    static void traceOnce() throws Exception {
        trace = work.resolve("t.txt");
        Result r = exec(
                List.of(
                        "strace",
                        "-f",
                        "-q",
                        "-tt",
                        "-yy",
                        "-v",
                        "-x",
                        "-s",
                        "1000",
                        "-o",
                        trace.toString(),
                        "--",
                        "sh",
                        "-c",
                        "cat /etc/hostname >/dev/null; ls /nope; seq 1 2000 | sort -rn | head -1"),
                work);
        assertThat(r.code).as(r.err).isZero();
    }

    @Test
    void replayGivesTheSameStreamsAsCamelMain() throws Exception {
        // a comparison that cannot run fails: a skip would read as a pass (scripts/test.sh builds the jar first)
        assertThat(Path.of(MAIN_JAR))
                .as("the camel-main jar to compare with: build it first with mvn -DskipTests package")
                .isRegularFile();
        Path main = work.resolve("main");
        Path quarkus = work.resolve("quarkus");
        Result m = exec(
                List.of(
                        JAVA,
                        "-jar",
                        MAIN_JAR,
                        "replay",
                        "-q",
                        "--date",
                        "2025-06-01",
                        "-o",
                        main.toString(),
                        trace.toString()),
                work);
        assertThat(m.code).as(m.err).isZero();
        Result q = exec(
                List.of(
                        JAVA,
                        "-Dstraceflow.mode=replay",
                        "-Dstraceflow.files=" + trace,
                        "-Dstraceflow.out=" + quarkus,
                        "-Dstraceflow.date=2025-06-01",
                        "-Dstraceflow.quiet=true",
                        "-jar",
                        QUARKUS_JAR),
                work);
        assertThat(q.code).as(q.err).isZero();

        assertThat(quarkus.resolve("syscalls.log")).hasSameBinaryContentAs(trace);
        assertThat(quarkus.resolve("syscalls.log")).hasSameBinaryContentAs(main.resolve("syscalls.log"));
        for (String stream : JSONL) {
            List<JsonNode> expected = records(main.resolve(stream));
            List<JsonNode> actual = records(quarkus.resolve(stream));
            assertThat(actual).as(stream).hasSize(expected.size()).isNotEmpty();
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as(stream + " record " + i).isEqualTo(expected.get(i));
            }
        }
        verified(main);
        verified(quarkus);
        JsonNode run = JSON.readTree(quarkus.resolve("run.json").toFile());
        assertThat(run.get("status").asText()).isEqualTo("complete");
        assertThat(run.get("counters"))
                .isEqualTo(JSON.readTree(main.resolve("run.json").toFile()).get("counters"));
    }

    @Test
    void liveRunOfASmallProgram() throws Exception {
        Path out = work.resolve("live");
        Result q = exec(
                List.of(
                        JAVA,
                        "-Dstraceflow.mode=run",
                        "-Dstraceflow.out=" + out,
                        "-jar",
                        QUARKUS_JAR,
                        "--",
                        "sh",
                        "-c",
                        "cat /etc/hostname >/dev/null; exit 3"),
                work);
        assertThat(q.code).as(q.err).isEqualTo(3);
        assertThat(q.err).contains("output in " + out + " (exit 3)");
        verified(out);
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertThat(run.get("status").asText()).isEqualTo("complete");
        assertThat(run.get("mode").asText()).isEqualTo("run");
        assertThat(run.get("exit_code").asInt()).isEqualTo(3);
        List<JsonNode> events = records(out.resolve("events.jsonl"));
        assertThat(events)
                .anyMatch(e -> "openat".equals(e.path("syscall").asText())
                        && e.path("args").toString().contains("/etc/hostname"));
        assertThat(events)
                .anyMatch(e -> "exit".equals(e.path("type").asText())
                        && e.path("exit_code").asInt() == 3);
        assertThat(records(out.resolve("enriched.jsonl"))).hasSameSizeAs(events);
        assertThat(records(out.resolve("actions.jsonl"))).isNotEmpty();
    }

    /**
     * The chain key through a pipe, as docs/integrity.md suggests (bash: {@code 3< <(cat chain.key)}): read once,
     * the run.json seal and the stream writers take it from memory.
     */
    @Test
    void keyFromAPipe() throws Exception {
        Path key = work.resolve("pipe.key");
        Keys.generate(key);
        Path out = work.resolve("piped-key");
        Result q = exec(
                List.of(
                        "bash",
                        "-c",
                        "exec \"$@\" 3< <(cat pipe.key)",
                        "bash",
                        JAVA,
                        "-Dstraceflow.key=/dev/fd/3",
                        "-Dstraceflow.mode=replay",
                        "-Dstraceflow.out=" + out,
                        "-Dstraceflow.quiet=true",
                        "-jar",
                        QUARKUS_JAR,
                        trace.toString()),
                work);
        assertThat(q.code).as(q.err).isZero();
        VerifyReport report = new Verifier().verify(out, VerifyOptions.of(Keys.load(key), null));
        assertThat(report.exitCode()).as(out + ": " + report).isEqualTo(VerifyReport.EXIT_OK);
    }

    @Test
    void aUsedOutputDirectoryIsRefusedBeforeCamelStarts() throws Exception {
        Path out = Files.createDirectories(work.resolve("used"));
        Files.writeString(out.resolve("keep.txt"), "x");
        Result q = exec(
                List.of(
                        JAVA,
                        "-Dstraceflow.mode=replay",
                        "-Dstraceflow.out=" + out,
                        "-jar",
                        QUARKUS_JAR,
                        trace.toString()),
                work);
        assertThat(q.code).as(q.err).isEqualTo(73);
        assertThat(q.err).contains("is not empty");
        assertThat(out.resolve("run.json")).doesNotExist();
    }

    private static void verified(Path dir) {
        VerifyReport report = new Verifier().verify(dir, VerifyOptions.of(null, null));
        assertThat(report.exitCode()).as(dir + ": " + report).isEqualTo(VerifyReport.EXIT_OK);
    }

    /** The records of a stream without what differs between two runs: chain tags, run id and times of controls. */
    private static List<JsonNode> records(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            ObjectNode n = (ObjectNode) JSON.readTree(line);
            n.remove("_h");
            if (n.has("_ctl")) {
                n.remove(List.of("run", "t"));
            }
            out.add(n);
        }
        return out;
    }

    private record Result(int code, String err) {}

    private static Result exec(List<String> cmd, Path dir) throws Exception {
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(err));
    }
}
