package io.straceflow.aggregate;

import io.straceflow.chain.JsonlChainWriter;
import io.straceflow.sink.JsonFields;
import io.straceflow.sink.RunStats;
import io.straceflow.sink.RunStreams;
import io.straceflow.strace.TraceEnd;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Writes actions.jsonl. Actions arrive one at a time (OrderedDelivery serialises them), the end of
 * the trace after the last one: then the stream is sealed. A failed write (a full disk) is not thrown: the
 * aggregator would log every later action's failure with a stack trace. The writer keeps it, writes nothing more,
 * and the reading thread stops the trace with it (RunStreams.failure, DownstreamHandoff).
 */
public class ActionsStage implements Processor {
    private RunStreams streams;
    private RunStats stats;
    private long actions;
    private final JsonFields json = new JsonFields();

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        JsonlChainWriter w = streams.actions();
        if (body instanceof Action a) {
            try {
                w.append(json.of(g -> ActionJson.writeFields(a, g)));
                w.flush();
            } catch (IOException e) {
                if (w.failure() == null) {
                    throw e; // not a write of the stream
                }
                return; // kept by the writer: reported once, by the reading thread
            }
            actions++;
            publish(); // every action: the metrics endpoint reads it while the trace runs
        } else if (body instanceof TraceEnd) {
            w.close();
            publish();
        }
    }

    private void publish() {
        if (stats != null) {
            stats.put("actions", actions);
        }
    }

    public void setStreams(RunStreams streams) {
        this.streams = streams;
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }
}
