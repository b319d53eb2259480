package io.straceflow.aggregate;

import io.straceflow.parse.SyscallEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Events of one key from one batch that {@link EventSplitter} found will all land in the same group: one exchange
 * into the Aggregator instead of one per event. {@link ActionStrategy} adds them to the group one by one, so the
 * action is the same as if they had come singly.
 */
final class EventRun {
    private final String key;
    private final OpClass op;
    private final boolean startsGroup;
    private final List<SyscallEvent> events = new ArrayList<>(4);
    private long[] seqs = new long[4];

    EventRun(String key, OpClass op, boolean startsGroup) {
        this.key = key;
        this.op = op;
        this.startsGroup = startsGroup;
    }

    void add(SyscallEvent e, long seq) {
        if (events.size() == seqs.length) {
            seqs = java.util.Arrays.copyOf(seqs, seqs.length * 2);
        }
        seqs[events.size()] = seq;
        events.add(e);
    }

    String key() {
        return key;
    }

    OpClass op() {
        return op;
    }

    /** The first event closes the group open before it (event time or size cap, decided by the splitter). */
    boolean startsGroup() {
        return startsGroup;
    }

    int size() {
        return events.size();
    }

    SyscallEvent event(int i) {
        return events.get(i);
    }

    long seq(int i) {
        return seqs[i];
    }
}
