package io.straceflow.kafka;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The last step of route kafka (routes/kafka.yaml), after the kafka: endpoint is done with a batch, delivered or
 * not: counts its records and tells the breaker ({@link KafkaAdmission}).
 *
 * <p>Normally every record has completed by then, and camel-kafka has given each one its record metadata (the route
 * sets recordMetadata): with an offset if the broker took it, without one if it failed, so the counts are per record,
 * exact. If the producer threw while handing the batch over (closed at shutdown, interrupted, a serializer error),
 * the records from that one on were never sent and carry no mark, the last one included; the earlier ones may still
 * be in flight, and nothing will confirm them to us, so the whole batch counts as failed, like the records still
 * unacknowledged when the drain gives up: kafka_failed never undercounts, and no record is counted twice.
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
        // only the last record is read unless all completed: in-flight records are still being written by Kafka
        if (completed((Message) records.get(records.size() - 1))) {
            for (int i = 0; i < records.size(); i++) { // by index: a RecordBatch's iterator stops at a timeout
                if (delivered((Message) records.get(i))) {
                    ok++;
                }
            }
        }
        // a record that failed set its exception on the batch (RecordMessage), which the route's doCatch caught
        Throwable err = batch.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        admission.done(batch, records.size(), ok < records.size() && RecordBatch.timedOut(err));
        counts.sent(ok);
        counts.failed(records.size() - ok, err == null ? "not sent" : oneLine(err));
    }

    /** camel-kafka's callback ran for this record: it set the record's metadata, delivered or not. */
    private static boolean completed(Message record) {
        return record.getHeader(KafkaConstants.KAFKA_RECORD_META) != null;
    }

    /** The broker gave the record an offset: on a failure Kafka's metadata has none (-1), or there is none. */
    private static boolean delivered(Message record) {
        List<?> meta = record.getHeader(KafkaConstants.KAFKA_RECORD_META, List.class);
        return meta != null && !meta.isEmpty() && meta.get(0) instanceof RecordMetadata m && m.hasOffset();
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
