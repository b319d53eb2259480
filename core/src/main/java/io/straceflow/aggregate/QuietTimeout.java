package io.straceflow.aggregate;

import org.apache.camel.Exchange;
import org.apache.camel.support.ExpressionAdapter;

/**
 * The aggregator's wall-clock completion timeout: window + grace. It only flushes groups that went quiet; the grace
 * absorbs the jitter between when strace stamped an event and when it reached us, so that a live run splits where a
 * replay of its syscalls.log splits. An expression (not a number in the YAML) because it is derived from the window.
 */
public final class QuietTimeout extends ExpressionAdapter {
    private long windowMillis = 100;
    private long graceMillis = 500;
    private boolean enabled = true;

    public void setWindowMillis(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    public void setGraceMillis(long graceMillis) {
        this.graceMillis = graceMillis;
    }

    /**
     * Off: groups close on event time, size cap and end of trace only. For replays of a file, where nothing waits
     * for a quiet group: a feeding thread stalled past the timeout (GC, a loaded machine) would otherwise flush groups
     * that the next event would still have joined.
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The timeout in milliseconds; 0 means none (Camel tracks no timeout for a non-positive value). */
    public long millis() {
        return enabled ? windowMillis + graceMillis : 0;
    }

    @Override
    public Object evaluate(Exchange exchange) {
        return millis();
    }
}
