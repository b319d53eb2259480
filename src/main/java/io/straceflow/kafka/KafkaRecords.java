package io.straceflow.kafka;

import io.straceflow.hash.Stamped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.DefaultMessage;

/**
 * The first step of route kafka-ship (routes/kafka.yaml): one stamped batch of one stream becomes one message per
 * topic it writes to (the raw lines, the chain's lines, the checkpoint notes, in file order), whose body lists one
 * exchange per Kafka record. camel-kafka sends each element as a record with its own key and headers: one exchange
 * per record through the route cost about twice the CPU per record (bench/shipper.sh), and a batch keeps a topic's
 * records in order. Each record's key is the run id (a run's lines stay in one partition, in order) and its headers
 * say where the line comes from: {@link Topics#HOST}, {@link Topics#RUN}, {@link Topics#STREAM} and {@link
 * Topics#SEQ}, its index in its file.
 */
public final class KafkaRecords implements Processor {
    private final String prefix;
    private final String runId;
    // header values as UTF-8 bytes, made once: the default header serializer passes byte[] through
    private final byte[] host;
    private final byte[] run;
    private final KafkaCounts counts;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();

    public KafkaRecords(String prefix, String host, String runId, KafkaCounts counts) {
        this.prefix = prefix;
        this.runId = runId;
        this.host = host.getBytes(StandardCharsets.UTF_8);
        this.run = runId.getBytes(StandardCharsets.UTF_8);
        this.counts = counts;
    }

    /** A file of the run as it goes to Kafka, made once per file: its topic and its name as a header value. */
    private record Target(String topic, byte[] name) {}

    @Override
    public void process(Exchange exchange) {
        Stamped s = exchange.getMessage().getBody(Stamped.class);
        CamelContext camel = exchange.getContext();
        List<Message> out = new ArrayList<>(3);
        if (s.raw()) {
            add(camel, out, s.stream(), s.logLinesOf(true));
        }
        add(camel, out, s.chainFile(), s.chainLines());
        add(camel, out, s.notesFile(), s.noteRecords());
        exchange.getMessage().setBody(out);
    }

    /** The lines of one file, as one message to its topic (none if the batch has none). */
    private void add(CamelContext camel, List<Message> out, String file, List<Stamped.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Target target = targets.computeIfAbsent(
                file, f -> new Target(prefix + "." + Topics.suffixOf(f), f.getBytes(StandardCharsets.UTF_8)));
        List<Exchange> records = new ArrayList<>(lines.size());
        int tooLong = 0;
        for (Stamped.Line line : lines) {
            if (line.bytes() == null) {
                tooLong++; // a raw line over the parse limit: in the log only, never whole in memory
            } else {
                records.add(record(camel, target, line));
            }
        }
        counts.offered(lines.size());
        // its place in the topic stays empty (its seq is skipped), and it is counted as not delivered
        counts.failed(tooLong, "a raw line over the parse limit is in the files only");
        if (!records.isEmpty()) {
            Message m = new DefaultMessage(camel);
            m.setHeader(KafkaConstants.OVERRIDE_TOPIC, target.topic());
            m.setBody(records);
            out.add(m);
        }
    }

    private Exchange record(CamelContext camel, Target target, Stamped.Line line) {
        Exchange e = new DefaultExchange(camel);
        Message m = e.getMessage();
        m.setBody(line.bytes());
        m.setHeader(KafkaConstants.KEY, runId);
        m.setHeader(Topics.HOST, host);
        m.setHeader(Topics.RUN, run);
        m.setHeader(Topics.STREAM, target.name());
        m.setHeader(Topics.SEQ, Long.toString(line.index()));
        return e;
    }
}
