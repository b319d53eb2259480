package io.straceflow.strace;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a replay has read its input: bytes read from the files as stored (a gzip file counts its compressed
 * bytes) against their total size, or -1 when the size is unknown (standard input). Written by the reading
 * thread once per buffer fill, read by a progress bar on another thread.
 */
public final class ReadProgress {
    private final AtomicLong read = new AtomicLong();
    private volatile long total = -1;
    private volatile boolean started;
    private volatile boolean inputEnded;

    /** Bytes read so far. */
    public long read() {
        return read.get();
    }

    /** Bytes in all inputs, or -1 when unknown. */
    public long total() {
        return total;
    }

    /** The replay has opened its inputs (before: Camel is still starting, nothing to show yet). */
    public boolean started() {
        return started;
    }

    /**
     * Every input has been read and the end of the trace handed on: what is left is writing the last batches and
     * sealing the streams.
     */
    public boolean inputEnded() {
        return inputEnded;
    }

    void endInput() {
        inputEnded = true;
    }

    void setTotal(long total) {
        this.total = total;
        this.started = true;
    }

    void add(long bytes) {
        read.addAndGet(bytes);
    }
}
