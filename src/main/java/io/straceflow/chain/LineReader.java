package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file as byte lines (any bytes, not only UTF-8), tracking line number and byte offset. */
final class LineReader implements Closeable {
    private final InputStream in;
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

    LineReader(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    boolean next() throws IOException {
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

    byte[] data() {
        return data;
    }

    int off() {
        return off;
    }

    int len() {
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
