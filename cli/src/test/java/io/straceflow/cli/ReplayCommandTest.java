package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay of every input form, traced live with real strace. */
class ReplayCommandTest {
    @TempDir
    Path work;

    private static final String PROGRAM = "seq 1 200 | sort -r | head -3 >/dev/null; ls /nonexistent 2>/dev/null; true";

    private Path trace;

    @BeforeEach
    void recordTrace() throws Exception {
        trace = work.resolve("t.txt");
        strace("-f", "-tt", "-yy", "-v", "-x", "-s", "1000", "-o", trace.toString());
    }

    private void strace(String... flags) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("strace"));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("--", "sh", "-c", PROGRAM));
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("strace.stderr").toFile())
                .start();
        assertThat(p.waitFor()).isZero();
    }

    @Test
    void singleOFileIsKeptByteForByte() throws Exception {
        var r = Straceflow.run(work, "replay", "t.txt", "-o", "out");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(Files.readAllBytes(trace));
    }

    @Test
    void bytesThatAreNotUtf8AndAMissingFinalNewlineSurvive() throws Exception {
        Path odd = work.resolve("odd.txt");
        byte[] head = Files.readAllBytes(trace);
        try (OutputStream out = Files.newOutputStream(odd)) {
            out.write(head);
            out.write(new byte[] {'1', '2', ' ', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '\n', 'x', (byte) 0x80});
        }
        var r = Straceflow.run(work, "replay", "odd.txt", "-o", "out");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(Files.readAllBytes(odd));
    }

    /**
     * Files replayed one after the other, the first without a final newline (a trace cut by hand, or a capture): its
     * last line ends where the file does, and the next file's lines follow on lines of their own.
     */
    @Test
    void aFileWithoutAFinalNewlineIsFollowedByTheNextOnANewLine() throws Exception {
        List<String> lines = Files.readAllLines(trace);
        int half = lines.size() / 2;
        Files.writeString(work.resolve("first.txt"), String.join("\n", lines.subList(0, half))); // no final newline
        Files.writeString(work.resolve("second.txt"), String.join("\n", lines.subList(half, lines.size())) + "\n");
        var r = Straceflow.run(work, "replay", "first.txt", "second.txt", "-o", "out");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(Files.readAllBytes(trace));
        var v = Straceflow.run(work, "verify", "out");
        assertThat(v.exitCode()).as(v.stdout()).isZero();
    }

    @Test
    void withoutATerminalThereIsNoProgressBarAndQuietMeansSilent() throws Exception {
        var r = Straceflow.run(work, "replay", "t.txt", "-o", "out");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr())
                .contains("lines traced")
                .doesNotContain("lines/s")
                .doesNotContain("\r");
        var quiet = Straceflow.run(work, "replay", "-q", "t.txt", "-o", "quiet");
        assertThat(quiet.exitCode()).as(quiet.stderr()).isZero();
        assertThat(quiet.stderr()).isEmpty();
    }

    @Test
    void gzipFileIsDecompressed() throws Exception {
        Path gz = work.resolve("t.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(trace));
        }
        var r = Straceflow.run(work, "replay", "t.txt.gz", "-o", "out");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(Files.readAllBytes(trace));
    }

    @Test
    void standardInput() throws Exception {
        var r = Straceflow.start(work, List.of("replay", "-", "-o", "out"), Map.of(), trace)
                .await();
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(Files.readAllBytes(trace));
    }

    @Test
    void stderrCaptureWithProgramOutputIsKept() throws Exception {
        Path capture = work.resolve("capture.txt");
        Process p = new ProcessBuilder(
                        "sh", "-c", "strace -f -tt -- sh -c 'echo PROGRAM-NOISE >&2; " + PROGRAM + "' 2>" + capture)
                .start();
        assertThat(p.waitFor()).isZero();
        var r = Straceflow.run(work, "replay", "capture.txt", "-o", "out");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        byte[] kept = Files.readAllBytes(work.resolve("out/syscalls.log"));
        assertThat(kept).isEqualTo(Files.readAllBytes(capture));
        assertThat(new String(kept, StandardCharsets.UTF_8)).contains("[pid ").contains("PROGRAM-NOISE\n");
    }

    @Test
    void ffFilesAreMergedInTimeOrderWithPidPrefixes() throws Exception {
        Path dir = Files.createDirectory(work.resolve("ff"));
        strace("-ff", "-tt", "-yy", "-o", dir.resolve("tr").toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        long total = 0;
        List<String> args = new ArrayList<>(List.of("replay", "-o", "out"));
        for (Path f : files) {
            total += Files.readAllLines(f).size();
            args.add(f.toString());
        }
        var r = Straceflow.start(work, args).await();
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> merged = Files.readAllLines(work.resolve("out/syscalls.log"));
        assertThat(merged).hasSize((int) total);
        String prev = "";
        for (String line : merged) {
            String[] f = line.split("\\s+", 3);
            String pid = f[0];
            assertThat(files).anyMatch(p -> p.getFileName().toString().endsWith("." + pid));
            assertThat(f[1]).as("time order").isGreaterThanOrEqualTo(prev);
            prev = f[1];
        }
    }

    @Test
    void missingFileIsAClearError() throws Exception {
        var r = Straceflow.run(work, "replay", "nope.txt", "-o", "out");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.stderr().strip()).isEqualTo("straceflow: cannot read nope.txt: no such file or not readable");
        assertThat(work.resolve("out")).doesNotExist();
    }
}
