package io.straceflow.parse;

import io.straceflow.strace.TraceEnd;
import java.util.ArrayList;
import java.util.List;

/**
 * The events parsed from one batch of lines, with their JSON members, and each event's seq in events.jsonl once
 * it is written (so enriched events and actions can point back to it). The batch made from the end of the trace
 * also carries the {@link TraceEnd}: downstream stages handle its events first, then close.
 */
public final class EventBatch {
    private final List<SyscallEvent> events = new ArrayList<>();
    private long[] seqs = new long[16];
    private long[] readAt = new long[16];
    private final TraceEnd end;
    /** The events' JSON members as written to events.jsonl, back to back (empty when added without them). */
    private byte[] fields = new byte[0];

    private int[] fieldsEnd = new int[16];
    private int fieldsSize;
    /** The raw lines the events came from, for stages that look at lines (the enricher's clones in flight). */
    private final List<String> lines = new ArrayList<>();

    private long[] lineNos = new long[16];

    public EventBatch(TraceEnd end) {
        this.end = end;
    }

    /**
     * {@code fieldsBytes}: about the bytes the events' JSON members will take, so that they are not copied into ever
     * larger arrays (twice their size allocated per batch).
     */
    public EventBatch(TraceEnd end, int fieldsBytes) {
        this.end = end;
        this.fields = new byte[fieldsBytes];
    }

    public void add(SyscallEvent e, long seq) {
        if (events.size() == seqs.length) {
            seqs = java.util.Arrays.copyOf(seqs, seqs.length * 2);
            readAt = java.util.Arrays.copyOf(readAt, readAt.length * 2);
        }
        seqs[events.size()] = seq;
        readAt[events.size()] = Long.MAX_VALUE; // unknown: after every line of the batch
        events.add(e);
    }

    /**
     * Records that event {@code i} was completed while the parser read line {@code lineNo}: a stage that looks at
     * the raw lines (the enricher) sees lines up to that one before the event, and the rest after it, exactly as
     * when it watched the parser line by line, so its results do not depend on where reads split the trace into
     * batches (one batch per replayed 64 KiB, a few lines per live read).
     */
    public void setReadAt(int i, long lineNo) {
        readAt[i] = lineNo;
    }

    /** The line being read when event {@code i} was completed ({@link Long#MAX_VALUE}: after the whole batch). */
    public long readAt(int i) {
        return readAt[i];
    }

    /**
     * Adds an event with its JSON members as written to events.jsonl ({@code b[off, off + len)}, copied), so
     * later stages can reuse them instead of serialising the event again.
     */
    public void add(SyscallEvent e, long seq, byte[] b, int off, int len) {
        int i = events.size();
        if (i != fieldsSize) { // an event before came without them: the batch has none
            add(e, seq);
            return;
        }
        if (i == fieldsEnd.length) {
            fieldsEnd = java.util.Arrays.copyOf(fieldsEnd, i * 2);
        }
        int start = i == 0 ? 0 : fieldsEnd[i - 1];
        if (start + len > fields.length) {
            fields = java.util.Arrays.copyOf(fields, Math.max(start + len, fields.length * 2));
        }
        System.arraycopy(b, off, fields, start, len);
        fieldsEnd[i] = start + len;
        fieldsSize++;
        add(e, seq);
    }

    /**
     * Sets the seq event {@code i} got in events.jsonl: the parser serialises on the reading thread, and the
     * stream is hashed on the downstream thread (events.jsonl's {@code io.straceflow.hash.ChainStamp}), which balances the
     * two.
     */
    public void setSeq(int i, long seq) {
        seqs[i] = seq;
    }

    /** Whether every event came with its JSON members ({@link #fieldsStart}, {@link #fieldsLength}). */
    public boolean hasFields() {
        return fieldsSize == events.size();
    }

    /** The array holding the JSON members of all events; see {@link #fieldsStart}. */
    public byte[] fields() {
        return fields;
    }

    public int fieldsStart(int i) {
        return i == 0 ? 0 : fieldsEnd[i - 1];
    }

    public int fieldsLength(int i) {
        return fieldsEnd[i] - fieldsStart(i);
    }

    public int size() {
        return events.size();
    }

    public SyscallEvent event(int i) {
        return events.get(i);
    }

    public long seq(int i) {
        return seqs[i];
    }

    public List<SyscallEvent> events() {
        return events;
    }

    /** Keeps a raw line of the batch, in order ({@link #lineCount}, {@link #line}, {@link #lineNo}). */
    public void addLine(String line, long lineNo) {
        if (lines.size() == lineNos.length) {
            lineNos = java.util.Arrays.copyOf(lineNos, lineNos.length * 2);
        }
        lineNos[lines.size()] = lineNo;
        lines.add(line);
    }

    public int lineCount() {
        return lines.size();
    }

    public String line(int i) {
        return lines.get(i);
    }

    public long lineNo(int i) {
        return lineNos[i];
    }

    /** Non-null on the last batch of the trace. */
    public TraceEnd end() {
        return end;
    }
}
