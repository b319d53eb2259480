package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A writer that dies is reported as an unsealed (possibly torn) tail, a warning, never as tampering. */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killMinus9MidRunGivesWarningsNotFailures() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashWriterMain.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready");
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
            p.waitFor();
        }
        VerifyReport r = new Verifier().verify(dir, TestRun.fullOptions());
        assertThat(r.streams())
                .as(r.toString())
                .extracting(StreamResult::stream)
                .containsExactlyElementsOf(StreamFiles.STANDARD); // all four, so allSatisfy below is not vacuous
        assertThat(r.streams()).as(r.toString()).hasSize(4).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(StreamResult.Status.WARN);
            assertThat(s.records()).isGreaterThan(5_000);
            assertThat(s.warnings()).extracting(Finding::reason).contains(Reason.UNSEALED_TAIL);
        });
        // run.json says "running", the version sealed at the start: the seal is not closed, a warning too
        assertThat(r.manifest().status()).as(r.toString()).isEqualTo(StreamResult.Status.WARN);
        assertThat(r.manifest().warnings()).extracting(Finding::reason).containsOnly(Reason.UNSEALED_TAIL);
        assertThat(r.exitCode()).isEqualTo(VerifyReport.EXIT_WARN);
    }

    @Test
    void tornLastLineAfterACrashIsAWarning() throws IOException {
        Path f = dir.resolve("events.jsonl");
        JsonlChainWriter w =
                new JsonlChainWriter(f, TestRun.config(true, true, 5).build());
        for (int i = 0; i < 12; i++) {
            w.append(TestRun.payload("events", i));
        }
        w.flush(); // and then the process "dies": no close()
        List<byte[]> lines = Mutate.lines(f);
        Mutate.cutLine(f, lines.size() - 1);
        VerifyReport r = new Verifier().verify(dir, new VerifyOptions(TestRun.KEY, TestRun.PUBLIC, List.of()));
        StreamResult s = r.stream("events.jsonl");
        assertThat(s.status()).as(s.toString()).isEqualTo(StreamResult.Status.WARN);
        assertThat(s.warnings()).extracting(Finding::reason).containsExactly(Reason.TORN_LINE, Reason.UNSEALED_TAIL);
        assertThat(Files.size(f)).isPositive();
    }

    /**
     * A writer that dies while appending its close note (a full disk, say) leaves any prefix of it: cut at a line end,
     * inside the blank line, in the em dash of the signature line (a UTF-8 character in two), in the signature. Each
     * is a warning, with the key and the public key given.
     */
    @Test
    void closeNoteCutAtAnyByteIsAWarning() throws IOException {
        TestRun.write(dir, TestRun.config(true, true, 10).build(), 12);
        Path notes = StreamFiles.notesOf(dir.resolve("events.jsonl"));
        byte[] whole = Files.readAllBytes(notes);
        int close = new String(whole, StandardCharsets.ISO_8859_1).lastIndexOf("straceflow/");
        for (int keep = close; keep < whole.length; keep++) {
            Files.write(notes, java.util.Arrays.copyOf(whole, keep));
            VerifyReport r = new Verifier().verify(dir, TestRun.fullOptions());
            StreamResult s = r.stream("events.jsonl");
            assertThat(s.status())
                    .as("%d of %d bytes: %s", keep, whole.length, s)
                    .isEqualTo(StreamResult.Status.WARN);
            assertThat(s.warnings()).extracting(Finding::reason).containsExactly(Reason.UNSEALED_TAIL);
            assertThat(r.exitCode()).isEqualTo(VerifyReport.EXIT_WARN);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 40})
    void crashWhileWritingTheLastNoteIsAWarning(int noteBytesKept) throws IOException {
        Path f = dir.resolve("events.jsonl");
        JsonlChainWriter w =
                new JsonlChainWriter(f, TestRun.config(false, true, 5).build());
        for (int i = 0; i < 5; i++) {
            w.append(TestRun.payload("events", i));
        }
        w.flush();
        Path notes = StreamFiles.notesOf(f);
        Files.write(notes, java.util.Arrays.copyOf(Files.readAllBytes(notes), noteBytesKept));
        VerifyReport r = new Verifier().verify(dir, new VerifyOptions(null, null, List.of()));
        StreamResult s = r.stream("events.jsonl");
        assertThat(s.status()).as(s.toString()).isEqualTo(StreamResult.Status.WARN);
        assertThat(s.warnings()).extracting(Finding::reason).contains(Reason.UNSEALED_TAIL);
    }
}
