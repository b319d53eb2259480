package io.straceflow.kafka;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * The Kafka records of one gathered batch of route kafka (routes/kafka.yaml), as the straceflow-kafka: endpoint
 * sends them ({@link ShipProducer}): the lines of each topic, the key every record takes (the run id: a run's lines
 * stay in one partition, in order), the header values common to all, and the outcome of each record as Kafka reports
 * it. Each record is made only as it is handed to Kafka; the batch holds the lines, not a message per record.
 */
public final class RecordBatch {
    private final List<TopicLines> lines;
    private final String key;
    private final byte[] host;
    private final byte[] run;
    private final int size;
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    RecordBatch(List<TopicLines> lines, String key, byte[] host, byte[] run) {
        this.lines = lines;
        this.key = key;
        this.host = host;
        this.run = run;
        this.size = KafkaGather.lines(lines);
    }

    List<TopicLines> lines() {
        return lines;
    }

    String key() {
        return key;
    }

    byte[] host() {
        return host;
    }

    byte[] run() {
        return run;
    }

    /** Records in the batch. */
    public int size() {
        return size;
    }

    /**
     * Kafka's word on one record (its producer callback): delivered if the broker gave it an offset. The first
     * failure is kept.
     */
    public void completed(RecordMetadata meta, Exception err) {
        if (err == null && meta != null && meta.hasOffset()) {
            delivered.incrementAndGet();
        } else {
            failure.compareAndSet(null, err != null ? err : new IllegalStateException("no offset"));
            failed.incrementAndGet();
        }
    }

    /** Every record has Kafka's word: none was left unsent, none is still in flight. */
    boolean complete() {
        return delivered.get() + failed.get() >= size;
    }

    int delivered() {
        return delivered.get();
    }

    /** The first record that failed, or null. */
    Exception failure() {
        return failure.get();
    }

    /**
     * Kafka gave up on a record for lack of time (delivery timeout, a metadata wait, a full buffer): the broker looks
     * lost, and the records after it are not handed over (each would wait out the same timeout on the sending thread:
     * a batch of 1 000 records took minutes, with the pipeline waiting behind a full queue).
     */
    boolean timedOut() {
        return timedOut(failure.get());
    }

    static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A line's index as the header's bytes: its decimal digits (ASCII, so UTF-8), without a String in between. */
    static byte[] decimal(long index) {
        int digits = 1;
        for (long rest = index; rest >= 10; rest /= 10) {
            digits++;
        }
        byte[] b = new byte[digits];
        long rest = index;
        for (int i = digits - 1; i >= 0; i--) {
            b[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return b;
    }
}
