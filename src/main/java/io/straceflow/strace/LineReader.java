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
 * longer than the buffer are carried over and grow it; nothing is cut.
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

    private static final int READ_SIZE = 64 * 1024;
    /** How often an open batch looks for more data: a few wake-ups per batch, not one batch per line. */
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final InputStream in;
    private final long gatherNanos;
    private String source;
    private byte[] buf = new byte[READ_SIZE];
    private int carry;
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
            if (carry == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = read(carry);
            if (n < 0) {
                long cut = nextLineNo; // where a failed read broke off: the partial line, or the next one
                if (carry > 0) {
                    LineBatch.Builder b = new LineBatch.Builder(nextLineNo, source);
                    b.add(buf, 0, carry, false);
                    carry = 0;
                    nextLineNo++;
                    handler.handle(b.build());
                }
                if (failure != null) {
                    throw new InputReadException(failure, bytesRead, cut - first + 1);
                }
                return nextLineNo - first;
            }
            int end = carry + n;
            if (gatherNanos > 0) {
                end = gather(end);
            }
            LineBatch.Builder b = new LineBatch.Builder(nextLineNo, source);
            int lineStart = 0;
            for (int i = carry; i < end; i++) {
                if (buf[i] == '\n') {
                    b.add(buf, lineStart, i - lineStart, true);
                    lineStart = i + 1;
                }
            }
            carry = end - lineStart;
            if (carry > 0 && lineStart > 0) {
                System.arraycopy(buf, lineStart, buf, 0, carry);
            }
            if (b.size() > 0) {
                nextLineNo += b.size();
                handler.handle(b.build());
            }
        }
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
