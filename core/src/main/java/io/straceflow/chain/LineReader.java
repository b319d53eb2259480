package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Reads a file as byte lines (any bytes, not only UTF-8), tracking line number and byte offset. With a limit, a line
 * longer than it is not held: it is read through once for its length and CRC-32C ({@link #held()} is false), so that
 * a raw log with a 300 MB line verifies in bounded memory. The summary reads the JSONL streams with it too: Jackson
 * parses bytes ~1.5× faster than the Strings of a BufferedReader.
 */
public final class LineReader implements Closeable {
    private final InputStream in;
    private final int limit;
    private byte[] data = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private long consumed; // file offset of data[0]

    /** The current line is data()[off(), off()+len()); newline tells whether it was terminated. */
    private int off;

    private int len;
    private boolean newline;
    private long lineNo;
    private long offset;
    /** The current line is over the limit: not in {@link #data}, described by its length and CRC. */
    private boolean skipped;

    private long skippedLength;
    private final CRC32C skippedCrc = new CRC32C();

    public LineReader(Path file) throws IOException {
        this(file, Integer.MAX_VALUE);
    }

    /** Lines longer than {@code limit} bytes are read through, not held ({@link #held()}). */
    LineReader(Path file, int limit) throws IOException {
        this.in = Files.newInputStream(file);
        this.limit = limit;
    }

    public boolean next() throws IOException {
        int scan = start;
        while (true) {
            for (int i = scan; i < end; i++) {
                if (data[i] == '\n') {
                    take(i - start, true);
                    start = i + 1;
                    return true;
                }
            }
            scan = end;
            if (eof) {
                if (start < end) {
                    take(end - start, false);
                    start = end;
                    return true;
                }
                return false;
            }
            if (end - start > limit) {
                skipLine();
                return true;
            }
            int shift = start;
            fill(start);
            scan -= shift;
        }
    }

    private void take(int length, boolean nl) {
        off = start;
        len = length;
        newline = nl;
        offset = consumed + start;
        lineNo++;
        skipped = false;
    }

    /** Reads through the line at {@link #start}, longer than the limit, for its length and CRC (with newline). */
    private void skipLine() throws IOException {
        offset = consumed + start;
        lineNo++;
        skipped = true;
        skippedLength = 0;
        skippedCrc.reset();
        newline = false;
        while (!newline && (start < end || !eof)) {
            int stop = start;
            while (stop < end && data[stop] != '\n') {
                stop++;
            }
            newline = stop < end;
            int upTo = newline ? stop + 1 : end;
            skippedCrc.update(data, start, upTo - start);
            skippedLength += upTo - start;
            start = upTo;
            if (!newline && !eof) {
                fill(start);
            }
        }
        off = start;
        len = 0;
    }

    /** False when the current line was over the limit: {@link #data()} does not hold it. */
    boolean held() {
        return !skipped;
    }

    /** Length, with newline, of a line that is not held. */
    long skippedLength() {
        return skippedLength;
    }

    /** CRC-32C, over the newline too, of a line that is not held. */
    int skippedCrc() {
        return (int) skippedCrc.getValue();
    }

    /** True when bytes follow the current line. */
    boolean hasMore() throws IOException {
        while (start == end && !eof) {
            fill(off); // keep the current line readable
        }
        return start < end;
    }

    /** Drops the bytes before {@code keep}, grows the buffer if full, and reads more. */
    private void fill(int keep) throws IOException {
        if (keep > 0) {
            System.arraycopy(data, keep, data, 0, end - keep);
            consumed += keep;
            end -= keep;
            start -= keep;
            off -= keep;
        }
        if (end == data.length) {
            data = java.util.Arrays.copyOf(data, data.length * 2);
        }
        int n = in.read(data, end, data.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    public byte[] data() {
        return data;
    }

    public int off() {
        return off;
    }

    public int len() {
        return len;
    }

    boolean newline() {
        return newline;
    }

    long lineNo() {
        return lineNo;
    }

    long offset() {
        return offset;
    }

    /** The current line with its newline, copied. */
    byte[] lineWithNewline() {
        byte[] b = java.util.Arrays.copyOfRange(data, off, off + len + (newline ? 1 : 0));
        if (newline) {
            b[len] = '\n';
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
