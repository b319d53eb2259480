package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.testing.SmallTmpfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the output directory (issue 18) with real straceflow JVMs, real strace, real programs and real file
 * systems (a small tmpfs that fills up, a file size limit). Each test checks the exit code, that stderr names the cause
 * in a line or two, that nothing is left running, that every line traced is on disk, and what verify says.
 */
class OutputFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    /** In every traced command line: what is still running afterwards is found (and, on failure, killed) by it. */
    private final String marker = "fault" + UUID.randomUUID().toString().substring(0, 8);

    private SmallTmpfs disk;

    @AfterEach
    void cleanUp() throws Exception {
        try {
            // only after a failed test: nothing of it may outlive it (a program blocked on a FIFO, an endless dd)
            for (String m : List.of(marker, ddCount())) {
                for (long pid : Processes.withCmdline(m)) {
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        } finally {
            if (disk != null) {
                disk.close();
            }
        }
    }

    /**
     * Item 5 (and 6): a disk that fills up mid-run. One line says which file and why; the program is stopped (it would
     * run for hours); run.json says failed and why; every line counted is on disk; verify calls the torn
     * tails a crash (3), not tampering (1).
     */
    @Test
    void aFullDiskStopsTheRunAndSaysWhy() throws Exception {
        disk = SmallTmpfs.mount(work.resolve("small"), "2m");
        var r = Straceflow.run(
                work, "run", "-o", "small/out", "--", "dd", "if=/dev/zero", "of=/dev/null", "bs=1", ddCount());
        Path out = work.resolve("small/out");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.INTERNAL);
        long lines = linesTraced(r.stderr(), "small/out", ExitCodes.INTERNAL);
        assertThat(lines).isGreaterThan(1000);
        assertThat(r.stderr().lines()).as(r.stderr()).hasSize(2);
        assertThat(r.stderr().lines().findFirst().orElseThrow())
                .matches("straceflow: cannot write " + Pattern.quote(out.toString())
                        + "/(syscalls\\.log|events\\.jsonl|enriched\\.jsonl|actions\\.jsonl)(\\.chain|\\.ckpt)?"
                        + ": No space left on device");
        assertNothingRunning();

        JsonNode run = runJson(out);
        assertThat(run.path("status").asText()).isEqualTo("failed");
        assertThat(run.path("failure").asText()).endsWith(": No space left on device");
        assertThat(run.path("lines").asLong()).isEqualTo(lines);
        assertThat(run.path("counters").path("lines").asLong()).isEqualTo(lines);
        assertThat(out.resolve("run.json.tmp")).doesNotExist();

        assertEveryLineCountedIsOnDisk(out, lines);
    }

    /**
     * Item 6: a run that fails mid-way (here a file size limit, EFBIG: one stream fails, the others go on) counts the
     * lines it wrote, not 0.
     */
    @Test
    void aFailedRunCountsTheLinesItWrote() throws Exception {
        var r = Straceflow.start(
                        work,
                        List.of("prlimit", "--fsize=400000", "--"),
                        List.of("run", "-o", "out", "--", "dd", "if=/dev/zero", "of=/dev/null", "bs=1", ddCount()),
                        Map.of(),
                        null)
                .await();
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.INTERNAL);
        long lines = linesTraced(r.stderr(), "out", ExitCodes.INTERNAL);
        assertThat(lines).isGreaterThan(1000);
        assertThat(r.stderr().lines()).as(r.stderr()).hasSize(2);
        assertThat(r.stderr().lines().findFirst().orElseThrow())
                .startsWith("straceflow: cannot write " + work.resolve("out") + "/")
                .endsWith(": File too large");
        assertNothingRunning();
        JsonNode run = runJson(work.resolve("out"));
        assertThat(run.path("status").asText()).isEqualTo("failed");
        assertThat(run.path("lines").asLong()).isEqualTo(lines);
        assertEveryLineCountedIsOnDisk(work.resolve("out"), lines);
    }

    /** dd's count for this test: about 10^8 calls (hours under strace), and unique, so it finds dd and strace. */
    private String ddCount() {
        return "count=" + (100_000_000 + Math.floorMod(marker.hashCode(), 10_000_000));
    }

    /**
     * syscalls.log holds exactly the lines counted, whole; verify finds no stream changed (exit 3: unsealed or torn
     * tails only) and every chained line among them (the others it reports as not yet chained).
     */
    private void assertEveryLineCountedIsOnDisk(Path out, long lines) throws Exception {
        byte[] log = Files.readAllBytes(out.resolve("syscalls.log"));
        assertThat(IntStream.range(0, log.length).filter(i -> log[i] == '\n').count())
                .isEqualTo(lines);
        var v = verify(out);
        assertThat(v.exitCode()).as(v.stdout()).isEqualTo(3);
        assertThat(v.stdout()).doesNotContain("FAIL");
        Matcher m = Pattern.compile("syscalls\\.log: (\\d+) records").matcher(v.stdout());
        assertThat(m.find()).as(v.stdout()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isPositive().isLessThanOrEqualTo(lines);
    }

    /** N of the last line of stderr, "straceflow: N lines traced; output in OUT (exit CODE)". */
    private static long linesTraced(String stderr, String out, int exit) {
        List<String> l = stderr.lines().toList();
        Matcher m = Pattern.compile(
                        "straceflow: (\\d+) lines traced; output in " + Pattern.quote(out) + " \\(exit " + exit + "\\)")
                .matcher(l.get(l.size() - 1));
        assertThat(m.matches()).as(stderr).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void assertNothingRunning() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Processes.withCmdline(marker).isEmpty()
                        && Processes.withCmdline(ddCount()).isEmpty());
    }

    private Straceflow.Result verify(Path dir) throws Exception {
        return Straceflow.run(work, "verify", dir.toString());
    }

    private static JsonNode runJson(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("run.json").toFile());
    }
}
