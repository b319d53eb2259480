package io.straceflow.sink;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one kind told apart by one label value, e.g. calls by syscall name: counted on the pipeline's thread,
 * read by a scrape on another. A count is a map lookup and an atomic add; a label seen for the first time adds its
 * counter.
 */
public final class LabelledCounts {
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public void add(String label, long delta) {
        counter(label).addAndGet(delta);
    }

    /** The counter of {@code label}, made on first use: a caller that counts often keeps it instead of looking up. */
    public AtomicLong counter(String label) {
        AtomicLong c = counts.get(label);
        return c != null ? c : counts.computeIfAbsent(label, k -> new AtomicLong());
    }

    /** The count of {@code label}, 0 before its first. */
    public long get(String label) {
        AtomicLong c = counts.get(label);
        return c == null ? 0 : c.get();
    }

    /** Every label counted so far with its count, by label. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((label, c) -> copy.put(label, c.get()));
        return copy;
    }
}
