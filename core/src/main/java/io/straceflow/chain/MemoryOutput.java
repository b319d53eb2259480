package io.straceflow.chain;

import java.util.Arrays;

/**
 * Collects what a chain writer writes, for a hashing stage that hands the bytes on instead of writing a file: {@link
 * #take()} returns them and starts again. Remembers where each write ended (one chain record, one checkpoint note)
 * and whether a checkpoint asked for the bytes to be made durable. Used by one thread.
 *
 * <p>Two buffers take turns, so a replay allocates nothing per batch (a copy per batch tripled the garbage collector's
 * time): the bytes a take returns stay valid until the take after next. The hashing stage's sinks are done with a
 * batch before the next one is stamped.
 */
public final class MemoryOutput implements ChainOutput {
    private byte[] buf = new byte[1 << 12];
    private byte[] spare = new byte[1 << 12];
    private int size;
    private int[] ends = new int[64];
    private int writes;
    private boolean sync;

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        endWrite();
    }

    @Override
    public void write(byte b) {
        ensure(1);
        buf[size++] = b;
        endWrite();
    }

    private void ensure(int len) {
        if (size + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + len, buf.length * 2));
        }
    }

    private void endWrite() {
        if (writes == ends.length) {
            ends = Arrays.copyOf(ends, writes * 2);
        }
        ends[writes++] = size;
    }

    @Override
    public void flush() {}

    @Override
    public void sync() {
        sync = true;
    }

    @Override
    public java.io.IOException failure() {
        return null;
    }

    @Override
    public void close() {}

    /** Bytes written since the last take. */
    public int size() {
        return size;
    }

    /** The array holding the bytes written since the last take, {@code [0, size())}: read only, valid until a write. */
    byte[] bytes() {
        return buf;
    }

    /** True when a checkpoint asked, since the last take, for the bytes to be made durable. */
    public boolean synced() {
        return sync;
    }

    /** Where each write since the last take ended, in {@link #take()}'s bytes. */
    public int[] writeEnds() {
        return Arrays.copyOf(ends, writes);
    }

    /**
     * The bytes written since the last take, in {@code [0, size())} as read before this call (the array may be longer),
     * valid until the take after next; then starts again in the other buffer.
     */
    public byte[] take() {
        byte[] b = buf;
        buf = spare;
        spare = b;
        size = 0;
        writes = 0;
        sync = false;
        return b;
    }
}
