package io.straceflow.quarkus;

import static io.straceflow.quarkus.Apps.camelMain;
import static io.straceflow.quarkus.Apps.exec;
import static io.straceflow.quarkus.Apps.quarkus;
import static io.straceflow.quarkus.Apps.records;
import static io.straceflow.quarkus.Apps.runJson;
import static io.straceflow.quarkus.Apps.verified;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.straceflow.chain.Keys;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
import io.straceflow.quarkus.Apps.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Quarkus application (target/quarkus-app) with the file sink, as users run it (separate JVMs, real
 * strace, real programs). Its streams against camel-main's, and Kafka: {@link QuarkusKafkaTest}.
 */
class QuarkusPipelineTest {
    @TempDir
    static Path work;

    @Test
    void liveRunOfASmallProgram() throws Exception {
        Path out = work.resolve("live");
        Result q = exec(
                quarkus(
                        Map.of("straceflow.mode", "run", "straceflow.out", out.toString()),
                        "--",
                        "sh",
                        "-c",
                        "echo from-the-program; cat /etc/hostname >/dev/null; exit 3"),
                work);
        assertThat(q.code()).as(q.err()).isEqualTo(3);
        assertThat(q.out()).isEqualTo("from-the-program\n"); // the program's own output only: the logs go to stderr
        assertThat(q.err()).contains("output in " + out + " (exit 3)");
        verified(out);
        JsonNode run = runJson(out);
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

    /** straceflow.sinks.events=stream:out: every event on stdout, in order, exactly as events.jsonl holds it. */
    @Test
    void aUserSinkGetsEveryEventAsItsFileHoldsIt() throws Exception {
        Path out = work.resolve("sink-out");
        Result q = replaySmallTrace(out, "straceflow.quiet", "true", "straceflow.sinks.events", "stream:out");
        assertThat(q.code()).as(q.err()).isZero();
        // the stream's records, not the chain's control records (open, checkpoints, close), as under camel-main
        List<String> records = Files.readAllLines(out.resolve("events.jsonl")).stream()
                .filter(l -> !l.contains("\"_ctl\""))
                .toList();
        assertThat(records).isNotEmpty();
        assertThat(q.out().lines().toList()).isEqualTo(records);
    }

    /**
     * verify, summary and keygen under Quarkus: camel-main's command line, so the same output and exit codes as the
     * camel-main jar on the same directory, intact and then with a record changed.
     */
    @Test
    void verifySummaryAndKeygenAnswerAsCamelMainDoes() throws Exception {
        Path out = work.resolve("offline");
        assertThat(replaySmallTrace(out).code()).isZero();
        Result verify = exec(quarkus(Map.of(), "verify", out.toString()), work);
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out())
                .contains("OK   events.jsonl")
                .isEqualTo(exec(camelMain("verify", out.toString()), work).out());
        Result summary = exec(quarkus(Map.of(), "summary", "--format", "json", out.toString()), work);
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(Apps.JSON.readTree(summary.out()))
                .isEqualTo(Apps.JSON.readTree(exec(camelMain("summary", "--format", "json", out.toString()), work)
                        .out()));

        Path events = out.resolve("events.jsonl");
        Files.writeString(events, Files.readString(events).replaceFirst("\"syscall\":\"brk\"", "\"syscall\":\"brq\""));
        Result broken = exec(quarkus(Map.of(), "verify", out.toString()), work);
        Result brokenMain = exec(camelMain("verify", out.toString()), work);
        assertThat(broken.code()).as(broken.out()).isNotZero().isEqualTo(brokenMain.code());
        assertThat(broken.out()).isEqualTo(brokenMain.out());

        Path key = work.resolve("offline.key");
        Result keygen = exec(quarkus(Map.of(), "keygen", key.toString()), work);
        assertThat(keygen.code()).as(keygen.err()).isZero();
        assertThat(key).isRegularFile();
        assertThat(exec(quarkus(Map.of(), "verify", "--no-such-option", out.toString()), work)
                        .code())
                .isEqualTo(2);
    }

    /**
     * A replay whose stderr is a terminal draws camel-main's progress bar (here through script(1), which gives the
     * application a pseudo-terminal); without a terminal, none.
     */
    @Test
    void aReplayOnATerminalShowsTheProgressBar() throws Exception {
        List<String> cmd = quarkus(
                Map.of(
                        "straceflow.mode",
                        "replay",
                        "straceflow.out",
                        work.resolve("bar").toString()),
                Apps.smallTrace().toString());
        String line = String.join(
                " ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        Result tty = exec(List.of("script", "-qec", line, "/dev/null"), work);
        assertThat(tty.code()).as(tty.out() + tty.err()).isZero();
        assertThat(tty.out()).containsPattern("replay +\\d+% \\[").contains("lines traced");

        Result plain = replaySmallTrace(work.resolve("bar-plain"));
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.err()).contains("lines traced").doesNotContainPattern("replay +\\d+% \\[");
    }

    /** A sink Camel cannot make: one line, exit 2, before anything is written. */
    @Test
    void aSinkCamelCannotMakeIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
        Path out = work.resolve("bad-sink");
        Result q = replaySmallTrace(out, "straceflow.sinks.actions", "log:a,nosuch:x");
        assertThat(q.code()).as(q.err()).isEqualTo(2);
        assertThat(q.err()).contains("straceflow: --to actions=nosuch:x: ").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
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
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" 3< <(cat pipe.key)", "bash"));
        cmd.addAll(quarkus(
                Map.of(
                        "straceflow.key", "/dev/fd/3",
                        "straceflow.mode", "replay",
                        "straceflow.out", out.toString(),
                        "straceflow.quiet", "true"),
                Apps.smallTrace().toString()));
        Result q = exec(cmd, work);
        assertThat(q.code()).as(q.err()).isZero();
        VerifyReport report = new Verifier().verify(out, VerifyOptions.of(Keys.load(key), null));
        assertThat(report.exitCode()).as(out + ": " + report).isEqualTo(VerifyReport.EXIT_OK);
    }

    @Test
    void aUsedOutputDirectoryIsRefusedBeforeCamelStarts() throws Exception {
        Path out = Files.createDirectories(work.resolve("used"));
        Files.writeString(out.resolve("keep.txt"), "x");
        Result q = exec(
                quarkus(
                        Map.of("straceflow.mode", "replay", "straceflow.out", out.toString()),
                        Apps.smallTrace().toString()),
                work);
        assertThat(q.code()).as(q.err()).isEqualTo(73);
        assertThat(q.err()).contains("is not empty");
        assertThat(out.resolve("run.json")).doesNotExist();
    }

    /** The Quarkus application replaying the small real trace into {@code out}, with more properties as key, value. */
    private static Result replaySmallTrace(Path out, String... keysAndValues) throws Exception {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("straceflow.mode", "replay");
        p.put("straceflow.out", out.toString());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return exec(quarkus(p, Apps.smallTrace().toString()), work);
    }
}
