package io.straceflow.sink;

import io.straceflow.chain.RawChainWriter;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.TraceEnd;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Writes strace's lines to syscalls.log byte for byte (with the chain in its sidecar). Flushes after
 * every batch so a reader (tail -f) sees lines as they come; seals the stream at the end of the trace.
 * With {@code --redact-raw} a line with a secret is written as the parse stage masks it (the chain covers
 * what is written); every other line stays byte for byte. The masking comes in as a function
 * ({@code io.straceflow.parse.Redactor} in routes/trace.yaml) so that sink does not depend on parse.
 */
public class RawStage implements Processor {
    private RunStreams streams;
    private RunStats stats;
    private boolean redact;
    /** Masks one line; returns the same instance when there is nothing to mask. */
    private UnaryOperator<String> redactor;

    public void setStreams(RunStreams streams) {
        this.streams = streams;
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }

    /** --redact-raw: mask syscalls.log too. */
    public void setRedact(boolean redact) {
        this.redact = redact;
    }

    public void setRedactor(UnaryOperator<String> redactor) {
        this.redactor = redactor;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        RawChainWriter raw = streams.raw();
        try {
            if (body instanceof LineBatch batch) {
                byte[] data = batch.data();
                if (batch.continuation()) { // more of a line over the parse limit
                    appendPart(raw, data, 0, batch.continued());
                    if (batch.endsLine()) {
                        raw.endLine(batch.lastTerminated());
                    }
                }
                int whole = batch.lastOpen() ? batch.size() - 1 : batch.size();
                for (int i = 0; i < whole; i++) {
                    String masked = redact ? masked(batch.line(i)) : null;
                    if (masked == null) {
                        raw.append(data, batch.start(i), batch.end(i) - batch.start(i), batch.terminated(i));
                    } else {
                        byte[] bytes = masked.getBytes(StandardCharsets.UTF_8);
                        raw.append(bytes, 0, bytes.length, batch.terminated(i));
                    }
                }
                if (whole < batch.size()) { // the beginning of a line over the parse limit
                    appendPart(raw, data, batch.start(whole), batch.end(whole) - batch.start(whole));
                }
                raw.flush();
            } else if (body instanceof TraceEnd) {
                raw.close();
            }
        } finally {
            // every batch (the metrics endpoint reads it while the trace runs), and after a failed write: then the
            // lines that reached the file before it, which a failed run reports
            publish(raw);
        }
    }

    /**
     * A piece of a line too long to hold, masked on its own with {@code --redact-raw} (a secret that a piece boundary
     * cuts in two can stay unmasked there).
     */
    private void appendPart(RawChainWriter raw, byte[] data, int off, int len) throws java.io.IOException {
        String masked = redact ? masked(new String(data, off, len, StandardCharsets.UTF_8)) : null;
        if (masked == null) {
            raw.appendPart(data, off, len);
        } else {
            byte[] bytes = masked.getBytes(StandardCharsets.UTF_8);
            raw.appendPart(bytes, 0, bytes.length);
        }
    }

    private void publish(RawChainWriter raw) {
        if (stats != null) {
            stats.put("lines", raw.linesWritten());
        }
    }

    /** The masked line, or null when it has nothing to mask (its bytes are then written as read). */
    private String masked(String line) {
        String masked = java.util.Objects.requireNonNull(redactor, "rawStage: redact set without a redactor")
                .apply(line);
        return masked == line ? null : masked;
    }
}
