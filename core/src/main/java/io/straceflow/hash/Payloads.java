package io.straceflow.hash;

import java.util.Arrays;

/**
 * A batch of records for a chained JSONL stream, each as its JSON members without braces (the form the hashing
 * stage takes), packed back to back; {@link #end()} marks the last batch of the trace, after which the stream is
 * sealed. What a transforming stage (enrich, actions) hands to the stream's {@link ChainStamp}.
 */
public final class Payloads {
    private byte[] bytes;
    private int[] ends;
    private int size;
    private boolean end;

    /** A batch of many records (an enriched batch). */
    public Payloads() {
        this(1 << 12, 16);
    }

    /** A batch of about {@code records} records of about {@code bytes} bytes in all (one action: 1, 512). */
    public Payloads(int bytes, int records) {
        this.bytes = new byte[bytes];
        this.ends = new int[Math.max(1, records)];
    }

    /** The last batch of the trace (may be empty): the stream is sealed after its records. */
    public static Payloads end() {
        Payloads p = new Payloads();
        p.end = true;
        return p;
    }

    /** Adds one record's members, {@code b[off, off + len)} (copied). */
    public void add(byte[] b, int off, int len) {
        int start = start(size);
        if (start + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(start + len, bytes.length * 2));
        }
        System.arraycopy(b, off, bytes, start, len);
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = start + len;
    }

    /**
     * Empties the batch to fill it again: a stage that hands its batch on synchronously (the hashing stage has
     * stamped it by the time the stage's route returns) reuses one, instead of allocating a batch per batch.
     */
    public void clear() {
        size = 0;
        end = false;
    }

    /** Marks this batch as the last of the trace. */
    public void setEnd(boolean end) {
        this.end = end;
    }

    public boolean isEnd() {
        return end;
    }

    public int size() {
        return size;
    }

    /** The array holding every record's members; record {@code i} is at {@link #start}, {@link #length}. */
    public byte[] bytes() {
        return bytes;
    }

    public int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    public int length(int i) {
        return ends[i] - start(i);
    }
}
