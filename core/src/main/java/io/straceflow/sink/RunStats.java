package io.straceflow.sink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one run, filled by the stages (lines, events, merged, unparsed, records per stream …)
 * and reported at the end on stderr and in run.json. Never drop data silently: every count that
 * could hide a loss lives here.
 *
 * <p>The stages publish their counts after every batch so that the metrics endpoint can read them while
 * the trace runs. Hence no lock: a publish is a map lookup and a volatile write, on the stage's own
 * thread, while a scrape reads from another. Names keep the order in which they first appeared, which is
 * the order of run.json and the end-of-run line.
 */
public class RunStats {
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Map<String, LabelledCounts> labelled = new ConcurrentHashMap<>();

    public void put(String name, long value) {
        counter(name).set(value);
    }

    public void add(String name, long delta) {
        counter(name).addAndGet(delta);
    }

    /** The current value, 0 for a name no stage has published yet. */
    public long get(String name) {
        AtomicLong c = counters.get(name);
        return c == null ? 0 : c.get();
    }

    /**
     * Something the user should hear although nothing failed, e.g. an input that is mostly not strace output: printed
     * at the end of the run and kept in run.json.
     */
    public void warn(String text) {
        warnings.add(text);
    }

    /** The warnings so far, in the order they came. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Counters told apart by a label (calls by syscall, errors by errno ...), kept apart from the run.json counters:
     * the metrics endpoint serves them. Created on first use.
     */
    public LabelledCounts labelled(String name) {
        return labelled.computeIfAbsent(name, k -> new LabelledCounts());
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new LinkedHashMap<>();
        for (String name : order) {
            copy.put(name, counters.get(name).get());
        }
        return copy;
    }

    private AtomicLong counter(String name) {
        AtomicLong c = counters.get(name);
        return c != null ? c : create(name);
    }

    /** First publication of a name: rare, so a lock keeps the map and the order consistent cheaply. */
    private synchronized AtomicLong create(String name) {
        AtomicLong c = counters.get(name);
        if (c == null) {
            c = new AtomicLong();
            counters.put(name, c); // before the order: snapshot() reads the map for every name in it
            order.add(name);
        }
        return c;
    }
}
