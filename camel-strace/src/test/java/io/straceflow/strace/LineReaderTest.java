package io.straceflow.strace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    /** Returns at most {@code chunk} bytes per read, like a FIFO does. */
    static InputStream chunked(byte[] data, int chunk) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    static List<LineBatch> readAll(byte[] data, int chunk) throws Exception {
        List<LineBatch> batches = new ArrayList<>();
        new LineReader(chunked(data, chunk), 1).readAll(batches::add);
        return batches;
    }

    @Test
    void aGatheringBatchTakesWhatArrivesDuringItsDelay() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("line ").append(i).append('\n');
        }
        byte[] data = text.toString().getBytes(StandardCharsets.US_ASCII);
        List<LineBatch> perRead = readAll(data, 8);
        List<LineBatch> gathered = new ArrayList<>();
        // everything is there at once, so the delay (long, for a loaded machine) is waited only at the end
        new LineReader(chunked(data, 8), 1, 1000).readAll(gathered::add);
        assertThat(perRead).hasSizeGreaterThan(50);
        assertThat(gathered).hasSize(1);
        assertThat(gathered.get(0).size()).isEqualTo(100);
        assertThat(gathered.get(0).lineNo(99)).isEqualTo(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gathered.get(0).writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @Test
    void gatheringKeepsEveryByteAndStopsAtAFullBuffer() throws Exception {
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 97 == 0 ? '\n' : i % 251);
        }
        data[data.length - 1] = 'z'; // no final newline
        List<LineBatch> batches = new ArrayList<>();
        new LineReader(chunked(data, 1000), 1, 1000).readAll(batches::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (LineBatch b : batches) {
            b.writeTo(out);
        }
        assertThat(out.toByteArray()).isEqualTo(data);
        assertThat(batches).hasSizeBetween(4, 8); // 64 KiB buffers, not one batch per 1000-byte read
    }

    @Test
    void splitsLinesAndNumbersThemAcrossBatches() throws Exception {
        byte[] data = "a\nbb\nccc\n".getBytes(StandardCharsets.US_ASCII);
        List<LineBatch> batches = readAll(data, 3);
        List<String> lines = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (LineBatch b : batches) {
            for (int i = 0; i < b.size(); i++) {
                lines.add(b.line(i));
                numbers.add(b.lineNo(i));
            }
        }
        assertThat(lines).containsExactly("a", "bb", "ccc");
        assertThat(numbers).containsExactly(1L, 2L, 3L);
    }

    @Test
    void writesBackExactlyTheBytesRead() throws Exception {
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 97 == 0 ? '\n' : i % 251);
        }
        data[data.length - 1] = 'z'; // no final newline
        for (int chunk : new int[] {1, 7, 4096, 1 << 20}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (LineBatch b : readAll(data, chunk)) {
                b.writeTo(out);
            }
            assertThat(out.toByteArray()).as("chunk " + chunk).isEqualTo(data);
        }
    }

    @Test
    void aLineLongerThanTheBufferIsKeptWhole() throws Exception {
        String big = "x".repeat(LineReader.DEFAULT_MAX_LINE - 1);
        List<LineBatch> batches = readAll((big + "\nend\n").getBytes(StandardCharsets.US_ASCII), 1 << 16);
        List<String> lines = new ArrayList<>();
        batches.forEach(b -> {
            for (int i = 0; i < b.size(); i++) {
                lines.add(b.line(i));
            }
        });
        assertThat(lines).containsExactly(big, "end");
    }

    @Test
    void aLineOverTheLimitComesAsItsBeginningThenInPiecesWhateverTheReads() throws Exception {
        String x = "x".repeat(500_000);
        String y = "y".repeat(3000);
        byte[] data = ("a\n" + x + "\nb\n" + "c".repeat(1000) + "\n" + y).getBytes(StandardCharsets.US_ASCII);
        List<String> expected = List.of("a", x.substring(0, 1000), "b", "c".repeat(1000), y.substring(0, 1000));
        for (int chunk : new int[] {7, 999, 1000, 1001, 4096, 1 << 16, 1 << 20}) {
            List<String> texts = new ArrayList<>();
            List<Long> lineNos = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // a live trace gathers what arrives for a while (here all of it) into one read
            LineReader reader = new LineReader(chunked(data, chunk), 1, chunk == 7 ? 10 : 0).maxLine(1000);
            long lines = reader.readAll(b -> {
                assertThat(b.data().length).as("no batch holds a long line").isLessThan(140_000);
                for (int i = 0; i < b.size(); i++) {
                    texts.add(b.text(i));
                    lineNos.add(b.lineNo(i));
                }
                b.writeTo(out);
            });
            assertThat(texts).as("chunk " + chunk).isEqualTo(expected);
            assertThat(lineNos).as("chunk " + chunk).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(lines).isEqualTo(5);
            assertThat(out.toByteArray()).as("chunk " + chunk).isEqualTo(data);
        }
    }

    @Test
    void crlfLinesAreParsedWithoutTheirCarriageReturnAndWrittenWithIt() throws Exception {
        byte[] data = "1 getpid() = 1\r\n2 getuid() = 0\r\n\r\n\rx\r\nlast\r".getBytes(StandardCharsets.US_ASCII);
        List<String> texts = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (LineBatch b : readAll(data, 5)) {
            for (int i = 0; i < b.size(); i++) {
                texts.add(b.text(i));
            }
            b.writeTo(out);
        }
        assertThat(texts).containsExactly("1 getpid() = 1", "2 getuid() = 0", "", "\rx", "last");
        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @Test
    void aFailedReadHandsOnEveryByteReadBeforeItThenSaysWhere() throws Exception {
        byte[] data = "a\nbb\ncc".getBytes(StandardCharsets.US_ASCII);
        InputStream failing = new java.io.SequenceInputStream(chunked(data, 3), new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.EOFException("cut short");
            }
        });
        List<LineBatch> batches = new ArrayList<>();
        LineReader reader = new LineReader(failing, 1);
        InputReadException e = org.junit.jupiter.api.Assertions.assertThrows(
                InputReadException.class, () -> reader.readAll(batches::add));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (LineBatch b : batches) {
            b.writeTo(out);
        }
        assertThat(out.toByteArray()).isEqualTo(data);
        assertThat(e.getMessage()).isEqualTo("cut short");
        assertThat(e.bytesRead()).isEqualTo(data.length);
        assertThat(e.lineNo()).as("the line it broke off in").isEqualTo(3);
    }

    @Test
    void lastLineWithoutNewlineIsFlagged() throws Exception {
        List<LineBatch> batches = readAll("a\nb".getBytes(StandardCharsets.US_ASCII), 100);
        LineBatch last = batches.get(batches.size() - 1);
        assertThat(last.line(last.size() - 1)).isEqualTo("b");
        assertThat(last.lastTerminated()).isFalse();
        assertThat(batches.get(0).lastTerminated()).isTrue();
    }

    /** A file that another follows: its end ends its last line, also a line over the limit (streamed in pieces). */
    @Test
    void theEndEndsTheLastLineWhenAnotherFileFollows() throws Exception {
        List<LineBatch> batches = new ArrayList<>();
        new LineReader(chunked("a\nb".getBytes(StandardCharsets.US_ASCII), 100), 1)
                .endEndsLine(true)
                .readAll(batches::add);
        LineBatch last = batches.get(batches.size() - 1);
        assertThat(last.line(last.size() - 1)).isEqualTo("b");
        assertThat(last.lastTerminated()).isTrue();

        List<LineBatch> pieces = new ArrayList<>();
        new LineReader(chunked("a\nbbbbbbbb".getBytes(StandardCharsets.US_ASCII), 3), 1)
                .maxLine(4)
                .endEndsLine(true)
                .readAll(pieces::add);
        LineBatch end = pieces.get(pieces.size() - 1);
        assertThat(end.lastTerminated()).isTrue();
    }
}
