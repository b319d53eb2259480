package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.strace.GzipCut;
import io.straceflow.strace.RecordedTrace;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay of inputs that are not what straceflow expects (issue 18): each case checks the exit code, a short stderr
 * that names the cause, what is on disk (every line that could be read) and what {@code verify} says.
 */
class InputFaultsTest {
    private static final String PROGRAM = "seq 1 200 | sort -r | head -3 >/dev/null; ls /nonexistent 2>/dev/null; true";

    @TempDir
    Path work;

    private Path trace;

    @BeforeEach
    void recordTrace() throws Exception {
        trace = RecordedTrace.record(work.resolve("t.txt"), "sh", "-c", PROGRAM);
    }

    @Test
    void crlfTraceParsesLikeTheSameTraceWithLf() throws Exception {
        Path crlf = work.resolve("crlf.txt");
        Files.writeString(crlf, Files.readString(trace).replace("\n", "\r\n"));

        var lf = Straceflow.run(work, "replay", "-q", "t.txt", "-o", "lf");
        var r = Straceflow.run(work, "replay", "-q", "crlf.txt", "-o", "out");

        assertThat(lf.exitCode()).as(lf.stderr()).isZero();
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(Files.readAllBytes(crlf));
        JsonNode counters = runJson("out").path("counters");
        assertThat(counters.path("unparsed").asLong()).isZero();
        assertThat(counters).isEqualTo(runJson("lf").path("counters"));
        assertVerifiedOk("out");
    }

    @Test
    void aDirectoryIsRefusedBeforeAnythingIsMade() throws Exception {
        Files.createDirectory(work.resolve("traces"));

        var r = Straceflow.run(work, "replay", "traces", "-o", "out");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.stderr().strip()).isEqualTo("straceflow: cannot read traces: is a directory");
        assertNothingMade();
    }

    @Test
    void aGzipFileCutInsideItsHeaderIsRefusedBeforeAnythingIsMade() throws Exception {
        Path gz = work.resolve("t.txt.gz");
        Files.write(gz, Arrays.copyOf(GzipCut.gzip(Files.readAllBytes(trace)), 6));

        var r = Straceflow.run(work, "replay", "t.txt", "t.txt.gz", "-o", "out");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.stderr().lines())
                .singleElement()
                .asString()
                .startsWith("straceflow: cannot read t.txt.gz: damaged gzip header");
        assertNothingMade();
    }

    @Test
    void aGzipFileCutShortKeepsEveryByteThatDecodedAndSaysWhere() throws Exception {
        byte[] text = Files.readAllBytes(trace);
        byte[] four = new byte[text.length * 4]; // several 64 KiB reads' worth, so the cut is not in the first
        for (int i = 0; i < 4; i++) {
            System.arraycopy(text, 0, four, i * text.length, text.length);
        }
        byte[] cut = GzipCut.cut(four, 0.8);
        Files.write(work.resolve("cut.gz"), cut);
        byte[] decodable = GzipCut.decodable(cut);
        long lines = utf8(decodable).lines().count();

        var r = Straceflow.run(work, "replay", "-q", "cut.gz", "-o", "out");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.stderr().lines())
                .singleElement()
                .asString()
                .startsWith("straceflow: cut.gz is damaged after " + decodable.length + " bytes, in its line " + lines)
                .contains("every line read before is kept");
        assertThat(decodable.length).isGreaterThan(4 * 65536);
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(decodable);
        JsonNode run = runJson("out");
        assertThat(run.path("status").asText()).isEqualTo("failed");
        assertThat(run.path("failure").asText()).startsWith("cut.gz is damaged");
        assertThat(run.path("counters").path("lines").asLong()).isEqualTo(lines);
        assertVerifiedOk("out");
    }

    @Test
    void anInputThatIsMostlyNotStraceOutputIsNamedAndTheReplayExits65() throws Exception {
        StringBuilder passwd = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            passwd.append("user").append(i).append(":x:").append(1000 + i).append(":100::/home/u:/bin/sh\n");
        }
        Files.writeString(work.resolve("passwd"), passwd);

        var r = Straceflow.run(work, "replay", "-q", "t.txt", "passwd", "-o", "out");

        String warning = "passwd: 25 of 25 lines are not strace output (kept as unparsed events)";
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(r.stderr().lines()).containsExactly("straceflow: warning: " + warning);
        byte[] both = (Files.readString(trace) + passwd).getBytes(StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(both);
        JsonNode run = runJson("out");
        assertThat(run.path("status").asText()).isEqualTo("complete");
        assertThat(run.path("exit_code").asInt()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(run.path("warnings").toString()).isEqualTo("[\"" + warning + "\"]");
        assertThat(run.path("counters").path("unparsed").asLong()).isEqualTo(25);
        assertVerifiedOk("out");
    }

    @Test
    void aLineOf300MegabytesIsKeptWholeAndParsedAsTruncatedInAHeapSmallerThanIt() throws Exception {
        Path big = work.resolve("big.txt");
        long traceLines = Files.readAllLines(trace).size();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
            Files.copy(trace, out);
            out.write("4242  12:00:00.000001 write(1, \"".getBytes(StandardCharsets.US_ASCII));
            byte[] mib = "\\x41".repeat(1 << 18).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 300; i++) { // 300 MiB: more than the whole heap of the straceflow JVM (256 MB)
                out.write(mib);
            }
            out.write("\", 78643200) = 78643200\n4242  12:00:00.000002 getpid() = 4242\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }

        var r = Straceflow.run(work, "replay", "-q", "big.txt", "-o", "out");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(Files.mismatch(big, work.resolve("out/syscalls.log")))
                .as("every byte kept")
                .isEqualTo(-1L);
        JsonNode counters = runJson("out").path("counters");
        assertThat(counters.path("lines").asLong()).isEqualTo(traceLines + 2);
        assertThat(counters.path("long_lines").asLong()).isEqualTo(1);
        assertThat(counters.path("unparsed").asLong()).isEqualTo(1);
        JsonNode event;
        try (var lines = Files.lines(work.resolve("out/events.jsonl"))) {
            event = new ObjectMapper()
                    .readTree(lines.filter(l -> l.contains("\"line\":" + (traceLines + 1) + ","))
                            .findFirst()
                            .orElseThrow());
        }
        assertThat(event.path("type").asText()).isEqualTo("unparsed");
        assertThat(event.path("truncated").asBoolean()).isTrue();
        assertThat(event.path("pid").asInt()).isEqualTo(4242);
        assertThat(event.path("raw").asText()).hasSize(1 << 20).startsWith("4242  12:00:00.000001 write(1, \"\\x41");
        assertVerifiedOk("out");
    }

    /** No output directory, and verify (exit 2) says there is nothing to check. */
    private void assertNothingMade() throws Exception {
        assertThat(work.resolve("out")).doesNotExist();
        var v = Straceflow.run(work, "verify", "out");
        assertThat(v.exitCode()).as(v.stdout() + v.stderr()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theLineLimitIsAtLeastOneByteAndAtMostAGibibyte() {
        assertThat(PipelineRunner.maxLineBytes(null)).isEqualTo(1 << 20);
        assertThat(PipelineRunner.maxLineBytes("4096")).isEqualTo(4096);
        for (String bad : new String[] {"0", "-1", "2000000000", "1M"}) {
            UserError e = org.junit.jupiter.api.Assertions.assertThrows(
                    UserError.class, () -> PipelineRunner.maxLineBytes(bad));
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).startsWith("--max-line-bytes must be").endsWith(bad);
        }
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private JsonNode runJson(String dir) throws Exception {
        return new ObjectMapper().readTree(work.resolve(dir).resolve("run.json").toFile());
    }

    /** {@code verify DIR}: exit 0, one OK line per stream and one for run.json's seal. */
    private void assertVerifiedOk(String dir) throws Exception {
        var v = Straceflow.run(work, "verify", dir);
        assertThat(v.exitCode()).as(v.stdout() + v.stderr()).isZero();
        assertThat(v.stdout().lines().filter(l -> l.startsWith("OK "))).hasSize(5);
    }
}
