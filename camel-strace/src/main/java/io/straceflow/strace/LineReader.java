package io.straceflow.strace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits a byte stream into lines and hands them on in batches.
 *
 * <p>A batch ends after each {@code read()} that returned data, so on a FIFO a line reaches the
 * pipeline as soon as strace wrote it, and under load one read carries hundreds of lines. Lines
 * longer than the buffer are carried over and grow it, up to the limit ({@link #maxLine}).
 *
 * <p>A line longer than the limit is not held whole (one 300 MB line ran the heap out): its batch ends with its first
 * {@code maxLine} bytes, marked open, and the rest follows in continuation batches of at most a buffer each, the
 * last one ending the line ({@link LineBatch}). Nothing is cut from syscalls.log; the parser sees only the beginning.
 * Whether a line is over the limit depends only on its length, not on how the reads split the input.
 *
 * <p>With a gather delay (live traces), a batch instead collects what strace writes during that delay after its
 * first read: strace writes about one line per write, so a pipeline that keeps up read ~1.5 lines per batch and
 * paid each batch's fixed costs (four stream flushes, a thread hand-off) per line: 270k write(2) calls for a
 * 100k-line dd trace. Java cannot wait on a FIFO with a timeout, so the gathering polls {@code available()}
 * (FIONREAD) while the batch is open; between batches the read blocks as before, so an idle trace costs nothing.
 *
 * <p>A read that fails (a gzip file cut short, an I/O error) ends the input like its end would: every line read
 * before, and the part of a line read so far (without newline), is handed on first; then the failure is thrown.
 */
public final class LineReader {
    /** Receives each batch; processing is synchronous so a slow pipeline slows the reader (and strace). */
    @FunctionalInterface
    public interface BatchHandler {
        void handle(LineBatch batch) throws Exception;
    }

    /**
     * The longest line parsed, unless set otherwise (--max-line-bytes). Not 16 MiB: lines are parsed, serialised and
     * queued several times over, and a run of 2 MiB lines (or of 4 MiB strings of quotes) ran the launcher's 320 MB
     * heap out; at 1 MiB every such run measured here fits in 256 MB.
     */
    public static final int DEFAULT_MAX_LINE = 1 << 20;

    private static final int READ_SIZE = 64 * 1024;
    /** How often an open batch looks for more data: a few wake-ups per batch, not one batch per line. */
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final InputStream in;
    private final long gatherNanos;
    private String source;
    private int maxLine = DEFAULT_MAX_LINE;
    private byte[] buf = new byte[READ_SIZE];
    private int carry;
    /** A line over the limit was begun: what is read next continues it, up to its newline. */
    private boolean open;
    /** The input's end also ends its last line, as a newline would ({@link #endEndsLine}). */
    private boolean endEndsLine;

    private long nextLineNo;
    private long bytesRead;
    /** A failed read, thrown once what was read before it has been handed on. */
    private IOException failure;

    public LineReader(InputStream in, long firstLineNo) {
        this(in, firstLineNo, 0);
    }

    /** {@code gatherMillis > 0}: a batch keeps reading what arrives for that long after its first read. */
    public LineReader(InputStream in, long firstLineNo, long gatherMillis) {
        this.in = in;
        this.nextLineNo = firstLineNo;
        this.gatherNanos = TimeUnit.MILLISECONDS.toNanos(gatherMillis);
    }

    /** Names the input in every batch ({@link LineBatch#source()}): a replay's file. */
    public LineReader source(String name) {
        this.source = name;
        return this;
    }

    /** Lines longer than {@code bytes} (newline not counted) are handed on in pieces, see the class comment. */
    public LineReader maxLine(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the line limit must be at least 1 byte");
        }
        this.maxLine = bytes;
        return this;
    }

    /**
     * The end of the input ends its last line as a newline would: a replayed file that another file follows. Its last
     * line, written without a newline, must not run into the next file's first (nor may anything follow a line that has
     * none). Not after a failed read: the line broke off there.
     */
    public LineReader endEndsLine(boolean yes) {
        this.endEndsLine = yes;
        return this;
    }

    public long nextLineNo() {
        return nextLineNo;
    }

    /** Bytes read so far (of the input as it reads, i.e. decompressed). */
    public long bytesRead() {
        return bytesRead;
    }

    /** Reads to end of stream; returns the number of lines read. */
    public long readAll(BatchHandler handler) throws Exception {
        long first = nextLineNo;
        while (true) {
            if (open) {
                if (!continueOpenLine(handler)) {
                    return end(first, nextLineNo - 1);
                }
                continue;
            }
            if (carry == buf.length) {
                // never beyond the limit: a line that passes it is streamed, so carry stays <= maxLine
                buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, maxLine + 1L));
            }
            int n = read(carry);
            if (n < 0) {
                long cut = nextLineNo; // where a failed read broke off: the partial line, or the next one
                if (carry > 0) {
                    LineBatch.Builder b = new LineBatch.Builder(nextLineNo, source);
                    b.add(buf, 0, carry, endEndsLine && failure == null);
                    carry = 0;
                    nextLineNo++;
                    handler.handle(b.build());
                }
                return end(first, cut);
            }
            int end = carry + n;
            if (gatherNanos > 0) {
                end = gather(end);
            }
            split(end, handler);
        }
    }

    /** After the end of the input: the line count, or the read failure that ended it. */
    private long end(long first, long cut) throws InputReadException {
        if (failure != null) {
            throw new InputReadException(failure, bytesRead, cut - first + 1);
        }
        return nextLineNo - first;
    }

    /**
     * Hands on the lines of {@code buf[0, end)}, whose first {@code carry} bytes are the unfinished line of the reads
     * before (no newline there); keeps what is left of an unfinished line as the new carry, or begins it as an open
     * line once it is over the limit.
     */
    private void split(int end, BatchHandler handler) throws Exception {
        LineBatch.Builder b = new LineBatch.Builder(nextLineNo, source, end); // the lines and their newlines fit
        byte[] data = buf; // locals: C1, the launcher's JIT for most runs, reloads fields in the loop
        int max = maxLine;
        int lineStart = 0;
        for (int i = Newlines.next(data, carry, end); i < end; i = Newlines.next(data, i + 1, end)) {
            int len = i - lineStart;
            if (len > max) {
                b = wholeLongLine(b, lineStart, len, handler);
            } else {
                b.add(data, lineStart, len, true);
            }
            lineStart = i + 1;
        }
        carry = end - lineStart;
        if (carry > maxLine) {
            begin(b, lineStart, handler);
            handler.handle(continuation(lineStart + maxLine, carry - maxLine, false, false));
            carry = 0;
            return;
        }
        if (carry > 0 && lineStart > 0) {
            System.arraycopy(buf, lineStart, buf, 0, carry);
        }
        if (b.size() > 0) {
            nextLineNo += b.size();
            handler.handle(b.build());
        }
    }

    /** A line over the limit that ends in the buffer: its beginning ends {@code b}, then the rest; a new builder. */
    private LineBatch.Builder wholeLongLine(LineBatch.Builder b, int start, int len, BatchHandler handler)
            throws Exception {
        begin(b, start, handler);
        handler.handle(continuation(start + maxLine, len - maxLine, true, true));
        open = false;
        return new LineBatch.Builder(nextLineNo, source);
    }

    /** Ends {@code b} with the first {@code maxLine} bytes of the line at {@code start}, open, and hands it on. */
    private void begin(LineBatch.Builder b, int start, BatchHandler handler) throws Exception {
        b.addOpen(null, buf, start, maxLine);
        nextLineNo += b.size();
        open = true;
        handler.handle(b.build());
    }

    /**
     * Reads on in an open line: hands on its bytes up to its newline, then splits what follows it into lines. False
     * when the input ended (or failed) inside the line, which is then ended without a newline.
     */
    private boolean continueOpenLine(BatchHandler handler) throws Exception {
        int n = read(0);
        if (n < 0) {
            open = false;
            handler.handle(continuation(0, 0, true, endEndsLine && failure == null));
            return false;
        }
        int nl = Newlines.next(buf, 0, n);
        if (nl == n) {
            handler.handle(continuation(0, n, false, false));
            return true;
        }
        open = false;
        handler.handle(continuation(0, nl, true, true));
        int rest = n - nl - 1;
        System.arraycopy(buf, nl + 1, buf, 0, rest);
        carry = 0;
        split(rest, handler);
        return true;
    }

    private LineBatch continuation(int off, int len, boolean endsLine, boolean newline) {
        return LineBatch.continuation(buf, off, len, endsLine, newline, nextLineNo - 1, source);
    }

    /** Reads into {@code buf[at..]}: the count, or -1 at the end of the input or after a failed read. */
    private int read(int at) {
        if (failure != null) {
            return -1;
        }
        try {
            int n = in.read(buf, at, buf.length - at);
            bytesRead += Math.max(n, 0);
            return n;
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    /** Reads what arrives within the gather delay into {@code buf[end..]}, without blocking; returns the new end. */
    private int gather(int end) {
        long deadline = System.nanoTime() + gatherNanos;
        try {
            while (end < buf.length && System.nanoTime() < deadline) {
                int available = in.available();
                if (available > 0) {
                    int n = in.read(buf, end, Math.min(available, buf.length - end));
                    if (n < 0) {
                        break; // end of stream: the next blocking read sees it too
                    }
                    end += n;
                    bytesRead += n;
                } else {
                    LockSupport.parkNanos(POLL_NANOS);
                }
            }
        } catch (IOException e) {
            failure = e; // what was gathered is handed on first
        }
        return end;
    }
}
