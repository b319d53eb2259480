package io.straceflow.quarkus;

import static io.straceflow.quarkus.Apps.camelMain;
import static io.straceflow.quarkus.Apps.exec;
import static io.straceflow.quarkus.Apps.quarkus;
import static io.straceflow.quarkus.Apps.records;
import static io.straceflow.quarkus.Apps.runJson;
import static io.straceflow.quarkus.Apps.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.straceflow.quarkus.Apps.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar quarkus-run.jar run|attach|replay OPTIONS ...}: camel-main's command line, its options, checks,
 * output and exit codes, tracing on Camel Quarkus. Each case is run by both applications as users run them.
 */
class QuarkusCommandLineTest {
    @TempDir
    static Path work;

    /** strace gets -e, -q silences the end, and the program's exit code passes through. */
    @Test
    void runTakesTheOptionsOfCamelMainsCommandLine() throws Exception {
        Path out = work.resolve("run");
        Result q = exec(
                quarkus(
                        Map.of(),
                        "run",
                        "-o",
                        out.toString(),
                        "-e",
                        "trace=%file,%process",
                        "--window",
                        "50",
                        "-q",
                        "--",
                        "sh",
                        "-c",
                        "cat /etc/hostname >/dev/null; exit 3"),
                work);
        assertThat(q.code()).as(q.err()).isEqualTo(3);
        assertThat(q.err()).doesNotContain("lines traced").doesNotContain("straceflow:");
        verified(out);
        JsonNode run = runJson(out);
        assertThat(run.get("exit_code").asInt()).isEqualTo(3);
        assertThat(run.get("strace_options").toString()).contains("\"-e\",\"trace=%file,%process\"");
        List<JsonNode> calls = records(out.resolve("events.jsonl")).stream()
                .filter(e -> "syscall".equals(e.path("type").asText()))
                .toList();
        assertThat(calls)
                .anyMatch(e -> "openat".equals(e.path("syscall").asText())
                        && e.path("args").toString().contains("/etc/hostname"));
        // -e trace=%file,%process reached strace: none of the calls sh and cat always make otherwise
        assertThat(calls.stream().map(e -> e.path("syscall").asText()))
                .isNotEmpty()
                .doesNotContain("read", "write", "brk", "mmap", "close");
    }

    /**
     * {@code attach PID}: a running program, traced from when it is attached until it exits (it waits for a file, so
     * the trace has begun before it acts), as under camel-main.
     */
    @Test
    void attachTracesARunningProgramUntilItExits() throws Exception {
        Path go = work.resolve("go");
        Path out = work.resolve("attach");
        Process target = new ProcessBuilder(
                        "sh", "-c", "while [ ! -e " + go + " ]; do sleep 0.05; done; cat /etc/hostname >/dev/null")
                .start();
        try {
            Apps.Started q =
                    Apps.start(quarkus(Map.of(), "attach", "-o", out.toString(), Long.toString(target.pid())), work);
            Path raw = out.resolve("syscalls.log");
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(raw) && Files.size(raw) > 0);
            Files.createFile(go);
            Result r = q.await();
            assertThat(r.code()).as(r.err()).isZero();
            verified(out);
            JsonNode run = runJson(out);
            assertThat(run.get("mode").asText()).isEqualTo("attach");
            assertThat(run.get("pids").get(0).asLong()).isEqualTo(target.pid());
            assertThat(Files.readString(raw))
                    .contains("/etc/hostname")
                    // strace pads the pid column (%-5d): a 4-digit pid is followed by two spaces
                    .containsPattern("(?m)^" + target.pid() + " +[0-9:.]+ \\+\\+\\+ exited with 0 \\+\\+\\+");
        } finally {
            target.destroyForcibly();
        }
    }

    /** The same replay command line gives the same streams and counters under both runtimes. */
    @Test
    void replayGivesWhatCamelMainGives() throws Exception {
        Path q = work.resolve("replay-q");
        Path m = work.resolve("replay-m");
        String trace = Apps.smallTrace().toString();
        List<String> options = List.of("--date", "2026-01-02", "--window", "50", "--no-redact", trace);
        Result rq = exec(
                quarkus(
                        Map.of(),
                        with(List.of("replay", "-o", q.toString()), options).toArray(String[]::new)),
                work);
        Result rm = exec(
                camelMain(with(List.of("replay", "-o", m.toString()), options).toArray(String[]::new)), work);
        assertThat(rq.code()).as(rq.err()).isZero();
        assertThat(rm.code()).as(rm.err()).isZero();
        for (String stream : Apps.JSONL) {
            assertThat(records(q.resolve(stream))).as(stream).isNotEmpty().isEqualTo(records(m.resolve(stream)));
        }
        assertThat(runJson(q).get("redact").asBoolean()).isFalse();
        assertThat(runJson(q).get("counters")).isEqualTo(runJson(m).get("counters"));
        // the end-of-run report is the same but for the run's id and the output directory's name
        assertThat(report(rq, q)).contains("lines traced").isEqualTo(report(rm, m));
    }

    /**
     * Settings that are properties under camel-main too come from Quarkus' configuration, here the environment
     * (STRACEFLOW_METRICS_PORT for straceflow.metrics-port, STRACEFLOW_REDACT for straceflow.redact), also when the
     * trace is said as a command line.
     */
    @Test
    void propertiesComeFromQuarkusConfigurationUnderTheCommandLine() throws Exception {
        Path out = work.resolve("env");
        Result q = exec(
                quarkus(
                        Map.of(),
                        "replay",
                        "-o",
                        out.toString(),
                        Apps.smallTrace().toString()),
                work,
                Map.of("STRACEFLOW_METRICS_PORT", "0", "STRACEFLOW_REDACT", "false"));
        assertThat(q.code()).as(q.err()).isZero();
        assertThat(q.err()).containsPattern("straceflow: metrics on http://127\\.0\\.0\\.1:\\d+/metrics");
        assertThat(runJson(out).get("redact").asBoolean()).isFalse();
    }

    /**
     * Bad options and inputs: the same one line (or usage) on stderr, the same exit code, and no output directory,
     * from both applications.
     */
    @Test
    void usageErrorsAnswerAsCamelMainDoes() throws Exception {
        String trace = Apps.smallTrace().toString();
        List<List<String>> cases = List.of(
                List.of("run", "--window", "0", "--", "true"),
                List.of("run", "--graec", "1", "--", "true"),
                List.of("run", "--", "/no/such/program"),
                List.of("attach", "999999999"),
                List.of("replay", "/no/such/trace.txt"),
                List.of("replay", "--sink", "kafka", trace),
                List.of("replay", "--to", "actions=nosuch:x", trace),
                List.of("run", "--kafka-brokers", "127.0.0.1:1", "--kafka-timeout", "1", "--", "true"),
                List.of("replay", "--help"));
        for (int i = 0; i < cases.size(); i++) {
            List<String> args = cases.get(i);
            Path dq = Files.createDirectories(work.resolve("usage-q-" + i));
            Path dm = Files.createDirectories(work.resolve("usage-m-" + i));
            Result q = exec(quarkus(Map.of(), args.toArray(String[]::new)), dq);
            Result m = exec(camelMain(args.toArray(String[]::new)), dm);
            assertThat(q.code()).as(args + ": " + q.err()).isEqualTo(m.code());
            assertThat(withoutNettyWarmUp(q.err())).as(args.toString()).isEqualTo(m.err());
            assertThat(q.out()).as(args.toString()).isEqualTo(m.out());
            try (Stream<Path> left = Files.list(dq)) {
                assertThat(left.filter(p -> !p.getFileName().toString().matches("std(out|err).*\\.txt")))
                        .as(args + ": nothing written")
                        .isEmpty();
            }
        }
    }

    private static String report(Result r, Path out) throws Exception {
        return r.err()
                .replace(out.toString(), "OUT")
                .replace(runJson(out).get("run_id").asText(), "RUN");
    }

    private static List<String> with(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }

    /**
     * Netty's own log lines, as Quarkus prints them. Quarkus warms Netty up on a thread of its own (NettyRecorder); on a
     * loaded machine Netty's start can log before the application's log levels are in force, and its DEBUG lines then
     * reach stderr (seen once in 3 CI runs: io.netty.util.internal.PlatformDependent's, on that thread and on main).
     * They are the runtime's, not straceflow's: straceflow's own lines must still be exactly camel-main's.
     */
    private static String withoutNettyWarmUp(String err) {
        return err.replaceAll(
                "(?m)^\\d{4}-\\d\\d-\\d\\d [\\d:,]+ +[A-Z]+ +\\[io\\.(quarkus\\.)?netty\\.[^]]*\\] \\(.*\\R", "");
    }
}
