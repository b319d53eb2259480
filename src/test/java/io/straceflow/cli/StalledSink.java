package io.straceflow.cli;

import io.straceflow.sink.RunStats;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A deliberately slow stage for {@link SlowSinkTest}, loaded from a user route (--routes) on the test classpath: it
 * holds the first action that reaches it until the reading thread found the queue full (the queue_full counter), so
 * the test does not depend on how fast this machine is; later ones pass after a short pause each. Gives up
 * after a minute, and then the test's queue_full assertion fails.
 */
public class StalledSink implements Processor {
    private RunStats stats;
    private boolean released;

    @Override
    public void process(Exchange exchange) throws Exception {
        if (!released) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (stats.snapshot().getOrDefault("queue_full", 0L) == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                Thread.sleep(1); // polling a condition, not a timed wait for the result
            }
            released = true;
        }
        Thread.sleep(2);
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }
}
