package io.straceflow.kafka;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The step of route kafka (routes/kafka.yaml) before the kafka: endpoint: the lost-broker circuit breaker ({@link
 * BrokerGuard}) and the bound on records in flight. A batch admitted takes one permit per record until {@link
 * KafkaDelivered} returns them; at {@link #WINDOW} records in flight a sending thread waits, the seda: queue before
 * it fills and the pipeline waits in turn (back-pressure, never a drop). The route's two sending threads (one per
 * queue) share the window and the breaker; the semaphore is fair, so neither waits for ever behind the other. While the broker looks lost, a batch is not
 * handed over but counted at once as shed, so the trace does not stall behind a dead broker: the files hold every
 * line either way.
 */
public final class KafkaAdmission implements Processor {
    /** Set on the exchange: {@code SHIP}, {@code PROBE} or {@code SHED}. */
    public static final String PROPERTY = "straceflow.kafka.admission";

    /**
     * Records in flight at most. Sends are pipelined, and a record waits for Kafka's linger and the broker's answer:
     * the sink alone (bench/shipper.sh, 420 k records) shipped ~260 k records/s with 20 000 in flight and ~160 k with
     * 5 000, for the same CPU per record. The records waiting (an exchange each) are the bigger part of the heap
     * then; the queue before this step is kept short instead (straceflow.kafka.queue-batches).
     */
    static final int WINDOW = 20_000;

    private final Semaphore window = new Semaphore(WINDOW, true); // fair: two senders, neither waits for ever
    private final BrokerGuard guard;
    private final KafkaCounts counts;

    /** {@code timeoutMillis}: a delivery gives up after it; the breaker stays open that long before a probe. */
    public KafkaAdmission(long timeoutMillis, KafkaCounts counts) {
        this.guard = new BrokerGuard(TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        this.counts = counts;
    }

    @Override
    public void process(Exchange exchange) {
        int n = KafkaGather.lines(exchange.getMessage().getBody(java.util.List.class));
        BrokerGuard.Admission how = guard.admit(System.nanoTime());
        exchange.setProperty(PROPERTY, how.name());
        if (how == BrokerGuard.Admission.SHED) {
            counts.shed(n);
        } else {
            window.acquireUninterruptibly(Math.min(n, WINDOW));
        }
    }

    /** A batch admitted is done: {@code timedOut} when a record of it was not delivered because Kafka timed out. */
    void done(Exchange batch, int records, boolean timedOut) {
        BrokerGuard.Admission how = BrokerGuard.Admission.valueOf(batch.getProperty(PROPERTY, String.class));
        guard.done(how, timedOut, System.nanoTime());
        window.release(Math.min(records, WINDOW));
    }
}
