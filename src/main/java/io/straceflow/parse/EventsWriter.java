package io.straceflow.parse;

import io.straceflow.chain.JsonlChainWriter;
import io.straceflow.sink.JsonFields;
import io.straceflow.sink.RunStreams;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Writes events.jsonl from the JSON members {@link ParseStage} put in each {@link EventBatch}, and gives every
 * event its seq there. It runs on the downstream thread, before the enricher: hashing and writing the stream
 * there instead of on the reading thread leaves the reader (which strace waits on) parsing only, and balances the
 * two threads (JFR on a 1M-line replay: reader 19 s, downstream 13 s of CPU before the move).
 */
public class EventsWriter implements Processor {
    private RunStreams streams;
    private final JsonFields json = new JsonFields();

    @Override
    public void process(Exchange exchange) throws Exception {
        if (!(exchange.getMessage().getBody() instanceof EventBatch batch)) {
            return;
        }
        JsonlChainWriter w = streams.events();
        for (int i = 0; i < batch.size(); i++) {
            long seq;
            if (batch.hasFields()) {
                seq = w.append(batch.fields(), batch.fieldsStart(i), batch.fieldsLength(i));
            } else { // a batch built without them (tests)
                SyscallEvent e = batch.event(i);
                seq = w.append(json.buffer(), JsonFields.OFFSET, json.write(g -> EventJson.writeFields(e, g)));
            }
            batch.setSeq(i, seq);
        }
        if (batch.end() != null) {
            w.close();
        } else {
            w.flush();
        }
    }

    public void setStreams(RunStreams streams) {
        this.streams = streams;
    }
}
