package io.straceflow.kafka;

import java.util.function.BiConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.component.kafka.KafkaEndpoint;

/**
 * The Kafka sink of one run: the processors of routes/kafka.yaml and the counts they keep. Each stream's multicast
 * hands its stamped batches to route kafka-ship, which turns them into one batch of lines per topic
 * ({@link KafkaBatches}) and queues them on one of two bounded seda: queues (blockWhenFull: back-pressure, never a
 * drop): the raw stream's, which the reading thread stamps, and the others' ({@link ReaderStream}). Each queue has one
 * consumer thread, which runs route kafka on its batches in queue order: gathers the small ones ({@link
 * KafkaGather}), the breaker and the bound on records in flight ({@link KafkaAdmission}), the records made ({@link
 * KafkaRecords}), the straceflow-kafka: endpoint ({@link ShipProducer}: asynchronous, so sends are pipelined; one
 * producer for both), then the count of what was delivered ({@link KafkaDelivered}). Order per topic holds: each
 * stream is stamped by one thread and always takes the same queue, one thread hands that queue's batches to the
 * producer in order, and the idempotent producer keeps a partition's order. At the end of the trace route kafka-drain
 * waits (bounded) for the last deliveries and fixes the counts ({@link KafkaCounts#drain()}).
 */
public final class KafkaShipper {
    private final String prefix;
    private final KafkaCounts counts;
    private final KafkaBatches batches;
    private final KafkaGather gather = new KafkaGather();
    private final KafkaRecords records;
    private final KafkaAdmission admission;
    private final KafkaDelivered delivered;

    /**
     * {@code timeoutMillis}: Kafka's delivery bound (the breaker's back-off); {@code drainMillis}: how long the end of
     * the run waits for the last deliveries (longer, so deliveries still in flight can give up first).
     */
    public KafkaShipper(String prefix, String host, String runId, long timeoutMillis, long drainMillis) {
        this.prefix = prefix;
        this.counts = new KafkaCounts(drainMillis);
        this.batches = new KafkaBatches(prefix, counts);
        this.records = new KafkaRecords(host, runId);
        this.admission = new KafkaAdmission(timeoutMillis, counts);
        this.delivered = new KafkaDelivered(admission, counts);
    }

    /** Binds the beans routes/kafka.yaml refers to. */
    public void bindTo(BiConsumer<String, Object> registry) {
        registry.accept("kafkaBatches", batches);
        registry.accept("kafkaReaderStream", new ReaderStream());
        registry.accept("kafkaGather", gather);
        registry.accept("kafkaRecords", records);
        registry.accept("kafkaAdmission", admission);
        registry.accept("kafkaDelivered", delivered);
        registry.accept("kafkaCounts", counts);
    }

    /**
     * Once Camel runs: keeps the producer to read its retries, and has it learn every topic now, while the broker
     * answers (a send to a topic it has no metadata for waits out the timeout if the broker is lost by then).
     */
    public void start(CamelContext camel) {
        for (Endpoint e : camel.getEndpoints()) {
            if (e instanceof KafkaEndpoint k && k.getKafkaClientFactory() instanceof MeteredClientFactory f) {
                counts.producer(f);
                f.knowTopics(Topics.all(prefix));
            }
        }
    }

    public KafkaCounts counts() {
        return counts;
    }
}
