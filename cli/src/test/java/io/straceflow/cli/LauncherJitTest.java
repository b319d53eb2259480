package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's JIT choice (jit_for in ./straceflow): C1 alone unless a replay's inputs pass 150 MB, and then C2 with
 * the throughput collector and less inlining. Runs the shell function itself, taken from the launcher, on sparse files
 * of the sizes that matter.
 */
class LauncherJitTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1";
    private static final String INLINING = "-XX:FreqInlineSize=100";
    private static final String FULL = "-XX:+UseParallelGC " + INLINING;

    @TempDir
    Path dir;

    @Test
    void liveRunsAndSmallReplaysGetC1AloneBigReplaysC2AndTheParallelCollector() throws Exception {
        Path small = sized("small.strace", 1 << 20);
        Path big = sized("big.strace", 300L << 20);
        Path half = sized("half.strace", 130L << 20);
        Path over = sized("over.strace", 160L << 20);
        Path gz = sized("t.strace.gz", 20L << 20); // counted as ~8x: 160 MB of text
        assertThat(jit(Map.of(), "run", "--", "true")).isEqualTo(QUICK);
        assertThat(jit(Map.of(), "attach", "1")).isEqualTo(QUICK);
        assertThat(jit(Map.of(), "replay", small.toString())).isEqualTo(QUICK);
        assertThat(jit(Map.of(), "replay", "-")).isEqualTo(QUICK);
        assertThat(jit(Map.of(), "replay", big.toString())).isEqualTo(FULL);
        assertThat(jit(Map.of(), "replay", half.toString())).isEqualTo(QUICK);
        assertThat(jit(Map.of(), "replay", over.toString())).isEqualTo(FULL);
        assertThat(jit(Map.of(), "replay", "-o", "out", half.toString(), half.toString()))
                .isEqualTo(FULL);
        assertThat(jit(Map.of(), "replay", gz.toString())).isEqualTo(FULL);
        // the value of -o (or a key file) is no input, even when it is a big file
        assertThat(jit(Map.of(), "replay", "--key", big.toString(), small.toString()))
                .isEqualTo(QUICK);
        assertThat(jit(Map.of("STRACEFLOW_JIT", "full"), "run", "--", "true")).isEqualTo(FULL);
        // a collector of the user's own: no second one (the JVM would not start with two)
        assertThat(jit(Map.of("STRACEFLOW_JAVA_OPTS", "-XX:+UseSerialGC"), "replay", big.toString()))
                .isEqualTo(INLINING);
        assertThat(jit(Map.of("STRACEFLOW_JIT", "quick"), "replay", big.toString()))
                .isEqualTo(QUICK);
    }

    private Path sized(String name, long bytes) throws Exception {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes); // sparse: no disk used
        }
        return p;
    }

    private static String jit(Map<String, String> env, String... args) throws Exception {
        Path launcher = Repo.file("straceflow");
        assertThat(launcher).exists();
        List<String> cmd = new ArrayList<>(List.of(
                "bash", "-c", "source <(sed -n '/^jit_for() {/,/^}/p' \"$0\") && jit_for \"$@\"", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("STRACEFLOW_JIT");
        pb.environment().remove("STRACEFLOW_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        // one option a line, as the launcher's unquoted $JIT_OPTS splits them
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .replaceAll("\\s+", " ");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
