package io.straceflow.cli;

import io.straceflow.sink.DownstreamHandoff;
import io.straceflow.sink.RunStats;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.seda.SedaEndpoint;

/**
 * A deliberately slow stage for {@link SlowSinkTest}, loaded from a user route (--routes) on the test classpath: it
 * holds the first action that reaches it until the queue in front of the downstream thread is full, i.e. until the
 * reading thread has to wait behind this stall, whatever the machine's speed; later actions pass after a short pause
 * each. Gives up after a minute, and then the test's assertion fails.
 */
public class StalledSink implements Processor {
    private RunStats stats;
    private boolean stalled;

    @Override
    public void process(Exchange exchange) throws Exception {
        if (!stalled) {
            stalled = true;
            SedaEndpoint queue = DownstreamHandoff.queueOf(exchange.getContext());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (queue.getCurrentQueueSize() < queue.getSize() && System.nanoTime() < deadline) {
                Thread.sleep(1); // polling a condition, not a timed wait for the result
            }
            // lands in run.json: the test checks that the stall was reached and the queue filled behind it
            stats.put("test_full_while_stalled", queue.getCurrentQueueSize() >= queue.getSize() ? 1 : 0);
        }
        Thread.sleep(1);
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }
}
