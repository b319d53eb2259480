package io.straceflow.strace;

import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and hands them on in batches.
 *
 * <p>A batch ends after each {@code read()} that returned data, so on a FIFO a line reaches the
 * pipeline as soon as strace wrote it, and under load one read carries hundreds of lines. Lines
 * longer than the buffer are carried over and grow it; nothing is cut.
 */
public final class LineReader {
    /** Receives each batch; processing is synchronous so a slow pipeline slows the reader (and strace). */
    @FunctionalInterface
    public interface BatchHandler {
        void handle(LineBatch batch) throws Exception;
    }

    private static final int READ_SIZE = 64 * 1024;

    private final InputStream in;
    private byte[] buf = new byte[READ_SIZE];
    private int carry;
    private long nextLineNo;

    public LineReader(InputStream in, long firstLineNo) {
        this.in = in;
        this.nextLineNo = firstLineNo;
    }

    public long nextLineNo() {
        return nextLineNo;
    }

    /** Reads to end of stream; returns the number of lines read. */
    public long readAll(BatchHandler handler) throws Exception {
        long first = nextLineNo;
        while (true) {
            if (carry == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, carry, buf.length - carry);
            if (n < 0) {
                if (carry > 0) {
                    LineBatch.Builder b = new LineBatch.Builder(nextLineNo);
                    b.add(buf, 0, carry, false);
                    carry = 0;
                    nextLineNo++;
                    handler.handle(b.build());
                }
                return nextLineNo - first;
            }
            int end = carry + n;
            LineBatch.Builder b = new LineBatch.Builder(nextLineNo);
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
}
