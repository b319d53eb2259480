package io.straceflow.strace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfMergerTest {
    @TempDir
    Path dir;

    static long key(String s) {
        return FfMerger.timeKey(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void timeKeysOfEachTimestampForm() {
        assertThat(key("11:22:33.000004 read(...)")).isEqualTo((11 * 3600 + 22 * 60 + 33) * 1_000_000L + 4);
        assertThat(key("11:22:33 read(...)")).isEqualTo((11 * 3600 + 22 * 60 + 33) * 1_000_000L);
        assertThat(key("1700000000.123456 read(...)")).isEqualTo(1_700_000_000_123_456L);
        assertThat(key("read(3, ...)")).isEqualTo(Long.MIN_VALUE);
        assertThat(key(" > /lib/libc.so.6(read+0x1) [0x1]")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void mergesByTimeKeepsFramesWithTheirLineAndPrefixesPids() throws Exception {
        Path a = Files.writeString(dir.resolve("t.100"), "10:00:00.000001 a1\n > frame-a1\n10:00:00.000005 a2\n");
        Path b = Files.writeString(dir.resolve("t.20"), "10:00:00.000003 b1\n10:00:00.000005 b2\n");
        List<String> out = new ArrayList<>();
        ReadProgress progress = new ReadProgress();
        long n = FfMerger.merge(
                List.of(a, b),
                List.of(100, 20),
                progress,
                LineReader.DEFAULT_MAX_LINE,
                batch -> {
                    for (int i = 0; i < batch.size(); i++) {
                        out.add(batch.line(i));
                    }
                },
                () -> false,
                (file, e) -> {
                    throw new AssertionError(file + ": " + e);
                });
        assertThat(n).isEqualTo(5);
        assertThat(progress.read()).as("bytes read, for the progress bar").isEqualTo(Files.size(a) + Files.size(b));
        assertThat(out)
                .containsExactly(
                        "100   10:00:00.000001 a1",
                        " > frame-a1",
                        "20    10:00:00.000003 b1",
                        "100   10:00:00.000005 a2",
                        "20    10:00:00.000005 b2");
    }

    @Test
    void aGzipFileCutShortGivesEveryLineThatDecodedAndIsReported() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(String.format("10:00:%02d.%06d getpid() = %d%n", i / 10_000, i % 10_000 * 10, i));
        }
        byte[] cut = GzipCut.cut(text.toString().getBytes(StandardCharsets.US_ASCII), 0.8);
        Path a = Files.write(dir.resolve("t.7.gz"), cut);
        List<String> out = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        long n = FfMerger.merge(
                List.of(a),
                List.of(7),
                new ReadProgress(),
                LineReader.DEFAULT_MAX_LINE,
                batch -> {
                    for (int i = 0; i < batch.size(); i++) {
                        out.add(batch.line(i).substring("7     ".length()));
                    }
                },
                () -> false,
                (file, e) -> damaged.add(file + " line " + e.lineNo() + " byte " + e.bytesRead()));

        String decodable = new String(GzipCut.decodable(cut), StandardCharsets.US_ASCII);
        assertThat(decodable.length()).isGreaterThan(100_000);
        List<String> expected = decodable.lines().toList();
        assertThat(out).isEqualTo(expected);
        assertThat(n).isEqualTo(expected.size());
        assertThat(damaged).containsExactly(a + " line " + expected.size() + " byte " + decodable.length());
    }

    @Test
    void aLineOverTheLimitIsMergedAsItsBeginningThenPiecesKeepingEveryByte() throws Exception {
        String longLine = "10:00:00.000002 write(1, \"" + "z".repeat(300_000) + "\", 300000) = 300000";
        Path a = Files.writeString(dir.resolve("t.100"), "10:00:00.000001 a1\n" + longLine + "\n10:00:00.000009 a3\n");
        Path b = Files.writeString(dir.resolve("t.20"), "10:00:00.000003 b1\n" + longLine); // no final newline
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        List<String> parsed = new ArrayList<>();
        long n = FfMerger.merge(
                List.of(a, b),
                List.of(100, 20),
                new ReadProgress(),
                1000,
                batch -> {
                    assertThat(batch.data().length)
                            .as("no batch holds a long line")
                            .isLessThan(140_000);
                    batch.writeTo(raw);
                    for (int i = 0; i < batch.size(); i++) {
                        parsed.add(batch.text(i));
                    }
                },
                () -> false,
                (file, e) -> {
                    throw new AssertionError(file + ": " + e);
                });
        assertThat(n).isEqualTo(5);
        assertThat(raw.toString(StandardCharsets.US_ASCII))
                .isEqualTo("100   10:00:00.000001 a1\n" + "100   " + longLine + "\n20    10:00:00.000003 b1\n"
                        + "20    " + longLine + "\n100   10:00:00.000009 a3\n");
        assertThat(parsed)
                .containsExactly(
                        "100   10:00:00.000001 a1",
                        "100   " + longLine.substring(0, 1000),
                        "20    10:00:00.000003 b1",
                        "20    " + longLine.substring(0, 1000),
                        "100   10:00:00.000009 a3");
    }

    @Test
    void ffFilesAreToldApartFromPlainFilesWithANumericSuffix() throws Exception {
        Path ff = Files.writeString(dir.resolve("trace.4711"), "10:00:00.000001 read(0, \"\", 1) = 0\n");
        Path plain = Files.writeString(dir.resolve("trace.2"), "4711  10:00:00.000001 read(0, \"\", 1) = 0\n");
        Path other = Files.writeString(dir.resolve("trace.txt"), "10:00:00.000001 read(0, \"\", 1) = 0\n");
        assertThat(TraceInput.ffPid(ff)).isEqualTo(4711);
        assertThat(TraceInput.ffPid(plain)).isNull();
        assertThat(TraceInput.ffPid(other)).isNull();
    }

    @Test
    void lineSourceKeepsLongLinesWholeAndALastLineWithoutNewline() throws Exception {
        String longLine = "y".repeat(200_000);
        byte[] data = ("a\n\n" + longLine + "\nlast").getBytes(StandardCharsets.US_ASCII);
        List<String> lines = new ArrayList<>();
        try (FfMerger.LineSource src =
                new FfMerger.LineSource(new java.io.ByteArrayInputStream(data), LineReader.DEFAULT_MAX_LINE)) {
            for (byte[] l = src.next(); l != null; l = src.next()) {
                lines.add(new String(l, StandardCharsets.US_ASCII));
            }
        }
        assertThat(lines).containsExactly("a", "", longLine, "last");
    }
}
