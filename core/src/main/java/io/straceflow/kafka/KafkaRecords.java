package io.straceflow.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The step of route kafka (routes/kafka.yaml) just before the straceflow-kafka: endpoint: the lines gathered ({@link
 * KafkaGather}) become a {@link RecordBatch}, what the endpoint sends a record per line. The key is the run id (a
 * run's lines stay in one partition, in order), and the headers say where the line comes from: {@link Topics#HOST},
 * {@link Topics#RUN}, {@link Topics#STREAM} and {@link Topics#SEQ}, its index in its file.
 */
public final class KafkaRecords implements Processor {
    private final String runId;
    // header values as UTF-8 bytes, made once
    private final byte[] host;
    private final byte[] run;

    public KafkaRecords(String host, String runId) {
        this.runId = runId;
        this.host = host.getBytes(StandardCharsets.UTF_8);
        this.run = runId.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void process(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<TopicLines> taken = exchange.getMessage().getBody(List.class);
        exchange.getMessage().setBody(new RecordBatch(taken, runId, host, run));
    }
}
