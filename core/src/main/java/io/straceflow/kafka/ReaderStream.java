package io.straceflow.kafka;

import io.straceflow.hash.Stamped;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * Which of route kafka-ship's two queues a stamped batch takes (routes/kafka.yaml): the raw stream's batches
 * (syscalls.log, its chain and notes), which the reading thread stamps, go to {@code seda:kafka-reader}; the others
 * (events, enriched, actions: the downstream thread's) to {@code seda:kafka-downstream}. A stream always takes the
 * same queue, so its records reach the producer in the order they were stamped.
 *
 * <p>A Predicate of its own rather than the Simple expression {@code ${body.raw}}: that one invokes the method by
 * reflection (OGNL), a quarter of the shipping thread's time per batch in bench/shipper.sh.
 */
public final class ReaderStream implements Predicate {
    @Override
    public boolean matches(Exchange exchange) {
        return exchange.getMessage().getBody(Stamped.class).raw();
    }
}
