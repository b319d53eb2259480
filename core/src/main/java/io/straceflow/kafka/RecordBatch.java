package io.straceflow.kafka;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * The records of one batch of route kafka (routes/kafka.yaml) as camel-kafka iterates them: once Kafka gave up on one
 * for lack of time, the rest are not handed over.
 *
 * <p>Why: camel-kafka sends the records of a list one after the other on the sending thread, and a send waits up to
 * the timeout (max.block.ms) for the topic's metadata when the producer lost it, which it does when the broker goes
 * away in the middle of a refresh. A batch of 1 000 records then took 1 000 timeouts, minutes during which the
 * pipeline waited behind a full queue (a run whose broker was stopped hung in about one case in four). Kafka's
 * callback sets that failure on the batch's exchange before the send returns ({@link RecordMessage}), so the next
 * {@code hasNext()} sees it; the records left have no metadata, the batch counts as not delivered ({@link
 * KafkaDelivered}), and the breaker ({@link KafkaAdmission}) sheds the batches after it.
 */
final class RecordBatch extends AbstractList<Message> {
    private final List<Message> records;
    private final Exchange batch;

    RecordBatch(List<Message> records, Exchange batch) {
        this.records = records;
        this.batch = batch;
    }

    @Override
    public Message get(int index) {
        return records.get(index);
    }

    @Override
    public int size() {
        return records.size();
    }

    @Override
    public Iterator<Message> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < records.size() && !timedOut(batch.getException());
            }

            @Override
            public Message next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return records.get(next++);
            }
        };
    }

    /** Kafka gave up waiting (delivery timeout, metadata wait, full buffer): the broker looks lost. */
    static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
