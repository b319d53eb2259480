package io.straceflow.sink;

import io.straceflow.chain.RawChainWriter;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.TraceEnd;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Writes strace's lines to syscalls.log byte for byte (with the chain in its sidecar). Flushes after
 * every batch so a reader (tail -f) sees lines as they come; seals the stream at the end of the trace.
 */
public class RawStage implements Processor {
    private RunStreams streams;
    private RunStats stats;
    private long lines;

    public void setStreams(RunStreams streams) {
        this.streams = streams;
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        RawChainWriter raw = streams.raw();
        if (body instanceof LineBatch batch) {
            byte[] data = batch.data();
            for (int i = 0; i < batch.size(); i++) {
                raw.append(data, batch.start(i), batch.end(i) - batch.start(i), batch.terminated(i));
            }
            raw.flush();
            lines += batch.size();
            publish(); // every batch: the metrics endpoint reads it while the trace runs
        } else if (body instanceof TraceEnd) {
            raw.close();
            publish();
        }
    }

    private void publish() {
        if (stats != null) {
            stats.put("lines", lines);
        }
    }
}
