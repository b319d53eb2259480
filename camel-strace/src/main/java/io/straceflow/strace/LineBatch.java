package io.straceflow.strace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run of consecutive strace lines, exactly as they go to {@code syscalls.log}.
 *
 * <p>The bytes are kept as read (newlines included) so the raw stream can be written byte for byte,
 * including bytes that are not valid UTF-8. One exchange carries one batch: a batch is whatever one
 * read of the FIFO or file returned, so a busy trace gives large batches and an idle one small
 * batches, without any timer.
 *
 * <p>A line longer than the reader's limit ({@link LineReader#maxLine}) is never held whole: its batch ends with its
 * first bytes ({@link #lastOpen()}), and batches of no lines ({@link #continuation()}) bring the rest, the last of
 * them ending the line ({@link #endsLine()}). Memory stays bounded; syscalls.log still gets every byte.
 */
public final class LineBatch {
    private final byte[] data;
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final long firstLineNo;
    private final boolean lastTerminated;
    private final String source;
    private final boolean lastOpen;
    /** -1, or how many bytes of {@link #data} (from 0) continue the open line of an earlier batch. */
    private final int continued;

    private final boolean endsLine;

    private LineBatch(Builder b, int continued, boolean endsLine) {
        this.data = b.data;
        this.starts = b.starts;
        this.ends = b.ends;
        this.count = b.count;
        this.firstLineNo = b.firstLineNo;
        this.lastTerminated = b.lastTerminated;
        this.source = b.source;
        this.lastOpen = b.lastOpen;
        this.continued = continued;
        this.endsLine = endsLine;
    }

    /**
     * More bytes of an open line (copied): {@code endsLine} when they are its last, {@code newline} when a newline
     * ended it (false at the end of the input).
     */
    static LineBatch continuation(
            byte[] src, int off, int len, boolean endsLine, boolean newline, long lineNo, String source) {
        Builder b = new Builder(lineNo, source, 0);
        b.data = Arrays.copyOfRange(src, off, off + len);
        b.lastTerminated = newline;
        return new LineBatch(b, len, endsLine);
    }

    /** Builds a batch from whole lines given without their newline; used by tests and replay merging. */
    public static LineBatch of(long firstLineNo, String... lines) {
        Builder b = new Builder(firstLineNo);
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            b.add(bytes, 0, bytes.length, true);
        }
        return b.build();
    }

    public int size() {
        return count;
    }

    /** The bytes of the lines, newlines included. */
    public int bytes() {
        return count == 0 ? 0 : ends[count - 1] - starts[0] + (lastTerminated ? 1 : 0);
    }

    /** Line number (1-based, in syscalls.log) of the first line of this batch. */
    public long firstLineNo() {
        return firstLineNo;
    }

    public long lineNo(int i) {
        return firstLineNo + i;
    }

    /** The replay input these lines come from (a file name, "standard input"); null for a live trace. */
    public String source() {
        return source;
    }

    /**
     * False only when the last line of the trace ended without a newline, or the last line is open ({@link
     * #lastOpen()}); for a continuation that ends its line, whether a newline ended it.
     */
    public boolean lastTerminated() {
        return lastTerminated;
    }

    /** The last line is longer than the limit: only its first bytes are here, continuation batches bring the rest. */
    public boolean lastOpen() {
        return lastOpen;
    }

    /** A batch of no lines that carries more bytes of the open line: {@link #data()} up to {@link #continued()}. */
    public boolean continuation() {
        return continued >= 0;
    }

    /** How many bytes of {@link #data()} a continuation carries. */
    public int continued() {
        return continued;
    }

    /** A continuation that ends the open line (with a newline if {@link #lastTerminated()}). */
    public boolean endsLine() {
        return endsLine;
    }

    public boolean terminated(int i) {
        return i < count - 1 || lastTerminated;
    }

    public byte[] data() {
        return data;
    }

    public int start(int i) {
        return starts[i];
    }

    /** End of line i, exclusive, without its newline. */
    public int end(int i) {
        return ends[i];
    }

    /** Line i decoded as UTF-8 (strace escapes non-ASCII bytes with -x, so this is lossless in practice). */
    public String line(int i) {
        return new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /**
     * Line i as the parser reads it: without the carriage return of a CRLF line ending (a trace saved or copied on
     * Windows). syscalls.log keeps it, as it keeps every byte.
     */
    public String text(int i) {
        int end = ends[i];
        if (end > starts[i] && data[end - 1] == '\r') {
            end--;
        }
        return new String(data, starts[i], end - starts[i], StandardCharsets.UTF_8);
    }

    /** Writes the lines exactly as strace wrote them. */
    public void writeTo(OutputStream out) throws IOException {
        if (continuation()) {
            out.write(data, 0, continued);
            if (endsLine && lastTerminated) {
                out.write('\n');
            }
            return;
        }
        if (count == 0) {
            return;
        }
        int last = lastTerminated ? ends[count - 1] + 1 : ends[count - 1];
        out.write(data, starts[0], last - starts[0]);
    }

    /** Accumulates lines into one contiguous buffer. */
    public static final class Builder {
        private byte[] data;
        private int length;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int count;
        private final long firstLineNo;
        private final String source;
        private boolean lastTerminated = true;
        private boolean lastOpen;

        public Builder(long firstLineNo) {
            this(firstLineNo, null);
        }

        /** {@code source}: see {@link LineBatch#source()}. */
        public Builder(long firstLineNo, String source) {
            this(firstLineNo, source, 8192);
        }

        /**
         * {@code capacity}: the bytes the lines will likely take, so that the buffer is not grown copy by copy (a
         * replay's batches are ~64 KiB: 8 + 16 + 32 + 64 + 128 KiB allocated and copied for each).
         */
        public Builder(long firstLineNo, String source, int capacity) {
            this.firstLineNo = firstLineNo;
            this.source = source;
            this.data = new byte[Math.max(capacity, 16)];
        }

        public int size() {
            return count;
        }

        public int bytes() {
            return length;
        }

        /** Adds one line (without newline); {@code terminated} says whether a newline followed it. */
        public void add(byte[] src, int off, int len, boolean terminated) {
            add(null, src, off, len, terminated);
        }

        /** Adds one line preceded by {@code prefix} (used to give -ff lines the pid that -o -f writes). */
        public void add(byte[] prefix, byte[] src, int off, int len, boolean terminated) {
            int plen = prefix == null ? 0 : prefix.length;
            ensure(plen + len + 1);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = length;
            if (plen > 0) {
                System.arraycopy(prefix, 0, data, length, plen);
                length += plen;
            }
            System.arraycopy(src, off, data, length, len);
            length += len;
            ends[count] = length;
            if (terminated) {
                data[length++] = '\n';
            }
            lastTerminated = terminated;
            count++;
        }

        /**
         * Adds the first bytes of a line longer than the limit, after {@code prefix} as in {@link #add(byte[], byte[],
         * int, int, boolean)}; nothing may follow it in this batch.
         */
        public void addOpen(byte[] prefix, byte[] src, int off, int len) {
            add(prefix, src, off, len, false);
            lastOpen = true;
        }

        private void ensure(int extra) {
            if (length + extra > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, length + extra));
            }
        }

        public LineBatch build() {
            return new LineBatch(this, -1, false);
        }
    }
}
