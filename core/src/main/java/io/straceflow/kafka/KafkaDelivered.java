package io.straceflow.kafka;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The last step of route kafka (routes/kafka.yaml), after the straceflow-kafka: endpoint is done with a batch,
 * delivered or not: counts its records and tells the breaker ({@link KafkaAdmission}).
 *
 * <p>Normally Kafka has reported on every record by then ({@link RecordBatch#completed}), delivered or not, so the
 * counts are per record, exact. If the producer threw while handing the batch over (closed at shutdown,
 * interrupted, a serializer error), or stopped handing it over because Kafka timed out, the records from that one on
 * were never sent; the earlier ones may still be in flight, and nothing will confirm them to us, so the whole batch
 * counts as failed, like the records still unacknowledged when the drain gives up: kafka_failed never undercounts,
 * and no record is counted twice.
 */
public final class KafkaDelivered implements Processor {
    private final KafkaAdmission admission;
    private final KafkaCounts counts;

    public KafkaDelivered(KafkaAdmission admission, KafkaCounts counts) {
        this.admission = admission;
        this.counts = counts;
    }

    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        Throwable err = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (!(body instanceof RecordBatch batch)) { // the records were never made
            int lines = KafkaGather.lines((List<?>) body);
            admission.done(exchange, lines, false);
            counts.failed(lines, err == null ? "not sent" : oneLine(err));
            return;
        }
        int size = batch.size();
        int ok = batch.complete() ? batch.delivered() : 0;
        if (err == null) {
            err = batch.failure();
        }
        admission.done(exchange, size, ok < size && RecordBatch.timedOut(err));
        counts.sent(ok);
        counts.failed(size - ok, err == null ? "not sent" : oneLine(err));
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getClass().getSimpleName() + ": " + root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
