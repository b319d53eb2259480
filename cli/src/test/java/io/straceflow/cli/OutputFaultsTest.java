package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.testing.SmallTmpfs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the output directory (issue 18, items 1, 4, 5, 6 and 16) with real straceflow JVMs, real strace, real
 * programs and real file systems (a small tmpfs that fills up, a file size limit, fewer privileges). Each test checks
 * the exit code, that stderr names the cause in a line or two, that nothing is left running, that no file of the
 * user's was touched, that every line traced is on disk, and what verify says.
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

    /** Item 1: --force replaces a previous run's files and refuses a directory that holds anything else. */
    @Test
    void forceReplacesOnlyWhatARunWrote() throws Exception {
        assertThat(Straceflow.run(work, "run", "-q", "-o", "p", "--", "true").exitCode())
                .isZero();
        Path p = work.resolve("p");
        Files.writeString(p.resolve("main.c"), "int main(void) { return 0; }\n");
        Files.writeString(p.resolve(".hidden"), "mine\n");
        Map<String, String> before = snapshot(p);

        var refused = Straceflow.run(work, "run", "--force", "-o", "p", "--", "sh", "-c", "echo " + marker);
        assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(refused.stderr().lines())
                .singleElement(STRING)
                .contains("p holds what straceflow did not write: .hidden, main.c");
        assertThat(refused.stdout()).isEmpty(); // the program never ran
        assertNothingRunning();
        assertThat(snapshot(p)).isEqualTo(before); // the user's files and the previous run, byte for byte
        assertThat(verify(p).exitCode()).isZero();

        Files.delete(p.resolve("main.c"));
        Files.delete(p.resolve(".hidden"));
        String previousRun = runJson(p).path("run_id").asText();
        var replaced = Straceflow.run(work, "run", "-q", "--force", "-o", "p", "--", "sh", "-c", "echo " + marker);
        assertThat(replaced.exitCode()).as(replaced.stderr()).isZero();
        assertThat(replaced.stdout()).isEqualTo(marker + "\n");
        assertThat(runJson(p).path("run_id").asText()).isNotEqualTo(previousRun);
        assertThat(verify(p).exitCode()).isZero();
    }

    /**
     * Item 4: two runs started together into one directory, both with --force: one gets the directory, the other is
     * refused at once ("in use by pid N") and touches nothing of the first.
     */
    @Test
    void aDirectoryInUseIsRefusedToASecondRun() throws Exception {
        Path gate = work.resolve("gate");
        assertThat(new ProcessBuilder("mkfifo", gate.toString()).start().waitFor())
                .isZero();
        // the program waits at the gate, so the run holds the directory until the test opens it
        List<String> args = List.of("run", "-q", "--force", "-o", "out", "--", "sh", "-c", "read x < gate # " + marker);
        Straceflow a = Straceflow.start(work, args);
        Straceflow b = Straceflow.start(work, args);
        CompletableFuture.anyOf(a.process.onExit(), b.process.onExit()).get(120, TimeUnit.SECONDS);
        Straceflow second = a.process.isAlive() ? b : a;
        Straceflow first = second == a ? b : a;

        var refused = second.await();
        assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(refused.stderr().lines())
                .singleElement(STRING)
                .contains("output directory out is in use by pid " + first.process.pid());

        CompletableFuture.runAsync(() -> open(gate)).get(120, TimeUnit.SECONDS);
        var done = first.await();
        assertThat(done.exitCode()).as(done.stderr()).isZero();
        assertNothingRunning();
        assertThat(runJson(work.resolve("out")).path("status").asText()).isEqualTo("complete");
        assertThat(Files.readString(work.resolve("out/syscalls.log")))
                .contains("\"gate\"")
                .contains("+++ exited with 0");
        assertThat(verify(work.resolve("out")).exitCode()).isZero();
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

    /** Item 16: a permission error names the path and the system's reason; nothing is created, nothing runs. */
    @Test
    void permissionErrorsSayWhy() throws Exception {
        Path locked = Files.createDirectory(work.resolve("locked"));
        Path existing = Files.createDirectory(work.resolve("existing"));
        for (Path d : List.of(locked, existing)) {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        // root overrides file modes: without that capability it meets them like any user
        List<String> noOverride = List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--");
        List<String> program = List.of("--", "sh", "-c", "echo " + marker);

        var create = runAs(noOverride, "-o", "locked/out", program);
        assertThat(create.exitCode()).as(create.stderr()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(create.stderr())
                .isEqualTo("straceflow: cannot create output directory locked/out: Permission denied\n");

        var use = runAs(noOverride, "-o", "existing", program);
        assertThat(use.exitCode()).as(use.stderr()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(use.stderr())
                .isEqualTo("straceflow: cannot use output directory existing: existing/.straceflow.lock:"
                        + " Permission denied\n");

        // the other commands that write a file say it the same way
        var keygen = Straceflow.start(work, noOverride, List.of("keygen", "locked/chain.key"), Map.of(), null)
                .await();
        assertThat(keygen.exitCode()).as(keygen.stderr()).isEqualTo(ExitCodes.USAGE);
        assertThat(keygen.stderr()).isEqualTo("straceflow: cannot create locked/chain.key: Permission denied\n");

        assertThat(create.stdout() + use.stdout()).isEmpty(); // the program never ran
        assertNothingRunning();
        try (Stream<Path> l = Files.list(locked);
                Stream<Path> e = Files.list(existing)) {
            assertThat(Stream.concat(l, e)).isEmpty();
        }
    }

    private Straceflow.Result runAs(List<String> prefix, String o, String dir, List<String> program) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "-q", o, dir));
        args.addAll(program);
        return Straceflow.start(work, prefix, args, Map.of(), null).await();
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

    /** Opens the FIFO for writing (it blocks until the program opens it to read) and writes a line. */
    private static void open(Path fifo) {
        try (OutputStream o = Files.newOutputStream(fifo)) {
            o.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file below {@code dir}: its size, modification time and SHA-256. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                files.put(
                        dir.relativize(p).toString(),
                        bytes.length + " " + Files.getLastModifiedTime(p) + " "
                                + HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest(bytes)));
            }
        }
        return files;
    }
}
