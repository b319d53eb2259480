package io.straceflow.sink;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counters of one run, filled by the stages (lines, events, merged, unparsed, records per stream …)
 * and reported at the end on stderr and in stats.json. Never drop data silently: every count that
 * could hide a loss lives here.
 */
public class RunStats {
    private final Map<String, Long> counters = new LinkedHashMap<>();

    public synchronized void put(String name, long value) {
        counters.put(name, value);
    }

    public synchronized void add(String name, long delta) {
        counters.merge(name, delta, Long::sum);
    }

    public synchronized Map<String, Long> snapshot() {
        return new LinkedHashMap<>(counters);
    }
}
