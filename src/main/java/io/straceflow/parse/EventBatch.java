package io.straceflow.parse;

import io.straceflow.strace.TraceEnd;
import java.util.ArrayList;
import java.util.List;

/**
 * The events parsed from one batch of lines, each with its seq in events.jsonl (so enriched events
 * and actions can point back to it). The batch made from the end of the trace also carries the
 * {@link TraceEnd}: downstream stages handle its events first, then close.
 */
public final class EventBatch {
    private final List<SyscallEvent> events = new ArrayList<>();
    private long[] seqs = new long[16];
    private final TraceEnd end;

    public EventBatch(TraceEnd end) {
        this.end = end;
    }

    public void add(SyscallEvent e, long seq) {
        if (events.size() == seqs.length) {
            seqs = java.util.Arrays.copyOf(seqs, seqs.length * 2);
        }
        seqs[events.size()] = seq;
        events.add(e);
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

    /** Non-null on the last batch of the trace. */
    public TraceEnd end() {
        return end;
    }
}
