package io.straceflow.aggregate;

import io.straceflow.parse.EventBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;

/**
 * Splits a batch into one message per event for the Aggregator (header StraceflowSeq = the event's
 * seq in events.jsonl), used by the Split EIP in routes/actions.yaml.
 */
public class EventSplitter {
    public static final String SEQ = "StraceflowSeq";

    public List<Message> split(EventBatch batch, Exchange exchange) {
        List<Message> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Message m = new DefaultMessage(exchange.getContext());
            m.setBody(batch.event(i));
            m.setHeader(SEQ, batch.seq(i));
            m.setHeader("StraceflowKind", "event");
            out.add(m);
        }
        return out;
    }
}
