package io.straceflow.kafka;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * The last step of route kafka (routes/kafka.yaml), after the kafka: endpoint is done with a batch, delivered or
 * not: counts its records and tells the breaker ({@link KafkaAdmission}).
 *
 * <p>Normally every record has completed by then, and camel-kafka has marked each one: its exception if it failed,
 * else its record metadata (the route sets recordMetadata), so the counts are per record, exact. If the producer
 * threw while handing the batch over (closed at shutdown, interrupted, a serializer error), the records from that
 * one on were never sent and carry no mark, the last one included; the earlier ones may still be in flight, and
 * nothing will confirm them to us, so the whole batch counts as failed, like the records still unacknowledged when
 * the drain gives up: kafka_failed never undercounts, and no record is counted twice.
 */
public final class KafkaDelivered implements Processor {
    private final KafkaAdmission admission;
    private final KafkaCounts counts;

    public KafkaDelivered(KafkaAdmission admission, KafkaCounts counts) {
        this.admission = admission;
        this.counts = counts;
    }

    @Override
    public void process(Exchange batch) {
        List<?> records = batch.getMessage().getBody(List.class);
        if (records.get(0) instanceof TopicLines) { // the records were never made
            int lines = KafkaGather.lines(records);
            admission.done(batch, lines, false);
            Throwable err = batch.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
            counts.failed(lines, err == null ? "not sent" : oneLine(err));
            return;
        }
        int ok = 0;
        Throwable err = null;
        boolean timedOut = false;
        // only the last record is read unless all completed: in-flight records are still being written by Kafka
        if (completed((Exchange) records.get(records.size() - 1))) {
            for (Object o : records) {
                Exception e = ((Exchange) o).getException();
                if (e == null) {
                    ok++;
                } else {
                    timedOut |= timedOut(e);
                    err = err == null ? e : err;
                }
            }
        } else {
            err = batch.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        admission.done(batch, records.size(), timedOut);
        counts.sent(ok);
        counts.failed(records.size() - ok, err == null ? "not sent" : oneLine(err));
    }

    private static boolean completed(Exchange record) {
        return record.getException() != null || record.getMessage().getHeader(KafkaConstants.KAFKA_RECORD_META) != null;
    }

    /** Kafka gave up waiting (delivery timeout, metadata wait, full buffer): the broker looks lost. */
    private static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TimeoutException) {
                return true;
            }
        }
        return false;
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
