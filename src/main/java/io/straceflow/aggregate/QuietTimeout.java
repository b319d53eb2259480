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
    private long graceMillis = 25;

    public void setWindowMillis(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    public void setGraceMillis(long graceMillis) {
        this.graceMillis = graceMillis;
    }

    public long millis() {
        return windowMillis + graceMillis;
    }

    @Override
    public Object evaluate(Exchange exchange) {
        return millis();
    }
}
