package io.straceflow.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Quarkus application (target/quarkus-app) and the camel-main build of the same sources
 * (../target/straceflow.jar), run as users run them: separate JVMs, real strace, real programs.
 */
final class Apps {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String QUARKUS_JAR = System.getProperty("straceflow.quarkus.jar");
    static final String MAIN_JAR = System.getProperty("straceflow.main.jar");
    static final List<String> JSONL = List.of("events.jsonl", "enriched.jsonl", "actions.jsonl");

    private Apps() {}

    /** {@code java -Dk=v... -jar quarkus-run.jar ARGS}: the Quarkus application, its settings as properties. */
    static List<String> quarkus(Map<String, String> properties, String... args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA));
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", QUARKUS_JAR));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** {@code java -jar straceflow.jar ARGS}: the camel-main command line, which must have been built. */
    static List<String> camelMain(String... args) {
        // a comparison that cannot run fails: a skip would read as a pass (scripts/test.sh builds the jar first)
        assertThat(Path.of(MAIN_JAR))
                .as("the camel-main jar to compare with: build it first with mvn -DskipTests package")
                .isRegularFile();
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", MAIN_JAR));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Path smallTrace;

    /**
     * A real trace of a small program with a few processes, a failing call and a pipe (target/small-trace/t.txt),
     * made once per test JVM.
     */
    static synchronized Path smallTrace() throws Exception {
        if (smallTrace == null) {
            Path dir = Files.createDirectories(Path.of("target", "small-trace"));
            Path trace = dir.resolve("t.txt").toAbsolutePath();
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
                    dir);
            assertThat(r.code()).as(r.err()).isZero();
            smallTrace = trace;
        }
        return smallTrace;
    }

    static JsonNode runJson(Path out) throws IOException {
        return JSON.readTree(out.resolve("run.json").toFile());
    }

    static void verified(Path dir) {
        VerifyReport report = new Verifier().verify(dir, VerifyOptions.of(null, null));
        assertThat(report.exitCode()).as(dir + ": " + report).isEqualTo(VerifyReport.EXIT_OK);
    }

    /** The records of a stream without what differs between two runs: chain tags, run id and times of controls. */
    static List<JsonNode> records(Path file) throws Exception {
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

    record Result(int code, String out, String err) {}

    /** A process started in {@code dir}, its stdout and stderr into files there. */
    static Started start(List<String> cmd, Path dir) throws IOException {
        return start(cmd, dir, Map.of());
    }

    /** A process started in {@code dir} with more environment variables. */
    static Started start(List<String> cmd, Path dir, Map<String, String> env) throws IOException {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().putAll(env);
        Process p = b.directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new Started(cmd, p, out, err);
    }

    static Result exec(List<String> cmd, Path dir) throws Exception {
        return start(cmd, dir).await();
    }

    static Result exec(List<String> cmd, Path dir, Map<String, String> env) throws Exception {
        return start(cmd, dir, env).await();
    }

    record Started(List<String> cmd, Process process, Path out, Path err) {
        Result await() throws Exception {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + cmd + "\nstderr:\n" + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }
}
