package io.straceflow.aggregate;

import io.straceflow.hash.Payloads;
import io.straceflow.sink.JsonFields;
import io.straceflow.sink.RunStats;
import io.straceflow.strace.TraceEnd;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Turns the Aggregator's output into records of actions.jsonl: an {@link Action} into its JSON members, the end of
 * the trace (after the last action) into the last batch, after which the stream is sealed. Actions arrive one at a
 * time (OrderedDelivery serialises them). Knows nothing of where its records go.
 */
public class ActionsStage implements Processor {
    private RunStats stats;
    private long actions;
    private final JsonFields json = new JsonFields();

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        Payloads out;
        if (body instanceof Action a) {
            int n = json.write(g -> ActionJson.writeFields(a, g));
            out = new Payloads(n, 1);
            out.add(json.buffer(), JsonFields.OFFSET, n);
            actions++;
        } else if (body instanceof TraceEnd) {
            out = Payloads.end();
        } else {
            throw new IllegalArgumentException("actions: no " + (body == null ? "null" : body.getClass()));
        }
        if (stats != null) {
            stats.put("actions", actions); // every action: the metrics endpoint reads it while the trace runs
        }
        exchange.getMessage().setBody(out);
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }
}
