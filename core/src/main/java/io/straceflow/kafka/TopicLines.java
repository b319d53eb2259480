package io.straceflow.kafka;

import io.straceflow.hash.Stamped;
import java.util.List;

/**
 * The lines of one file of one stamped batch, on their way to that file's topic: what waits on route kafka's
 * queues. Light on purpose (the lines' bytes and indices): the Kafka records, an exchange each with its headers, are
 * made only when the batch is shipped ({@link KafkaRecords}). Made earlier, a full queue of them outlived the young
 * generation and the old generation was collected half as often again.
 */
public record TopicLines(String topic, byte[] file, List<Stamped.Line> lines) {
    public int size() {
        return lines.size();
    }
}
