package io.straceflow.kafka;

import io.straceflow.hash.Stamped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * The step of route kafka (routes/kafka.yaml) just before the kafka: endpoint: the lines gathered ({@link
 * KafkaGather}) become the Kafka records, a list of messages ({@link RecordMessage}) that camel-kafka sends one
 * record each, with its own topic, key and headers (one exchange per record through the route cost about twice the
 * CPU per record, bench/shipper.sh). The key is the
 * run id (a run's lines stay in one partition, in order), and the headers say where the line comes from: {@link
 * Topics#HOST}, {@link Topics#RUN}, {@link Topics#STREAM} and {@link Topics#SEQ}, its index in its file.
 */
public final class KafkaRecords implements Processor {
    private final String runId;
    // header values as UTF-8 bytes, made once: the default header serializer passes byte[] through
    private final byte[] host;
    private final byte[] run;

    public KafkaRecords(String host, String runId) {
        this.runId = runId;
        this.host = host.getBytes(StandardCharsets.UTF_8);
        this.run = runId.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void process(Exchange exchange) {
        List<?> taken = exchange.getMessage().getBody(List.class);
        List<Message> records = new ArrayList<>(KafkaGather.lines(taken));
        for (Object t : taken) {
            TopicLines batch = (TopicLines) t;
            for (Stamped.Line line : batch.lines()) {
                Message m = new RecordMessage(exchange);
                m.setBody(line.bytes());
                m.setHeader(
                        KafkaConstants.OVERRIDE_TOPIC, batch.topic()); // camel-kafka reads (and drops) it per record
                m.setHeader(KafkaConstants.KEY, runId);
                m.setHeader(Topics.HOST, host);
                m.setHeader(Topics.RUN, run);
                m.setHeader(Topics.STREAM, batch.file());
                m.setHeader(Topics.SEQ, decimal(line.index()));
                records.add(m);
            }
        }
        exchange.getMessage().setBody(new RecordBatch(records, exchange));
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
