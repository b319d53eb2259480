package io.straceflow.hash;

import io.straceflow.chain.JsonlChainWriter;
import io.straceflow.chain.RawChainWriter;
import io.straceflow.parse.EventBatch;
import io.straceflow.parse.EventJson;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.sink.JsonFields;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.TraceEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The hashing processor of one stream, the only place its chain is computed: stamps each record of a batch with its
 * chain fields ({@code _seq}, {@code _h}), takes the checkpoints, and seals the stream at the end of the trace. The
 * body becomes the {@link Stamped} bytes that the stream's multicast hands to its sinks. It takes:
 *
 * <ul>
 *   <li>the raw stream: strace's {@link LineBatch}es (and the {@link TraceEnd}), masked with {@code --redact-raw};
 *   <li>events: an {@link EventBatch}, whose events get their seq in events.jsonl (enriched events and actions point
 *       back to it, so this runs before them);
 *   <li>enriched events and actions: {@link Payloads}.
 * </ul>
 */
public class ChainStamp implements Processor {
    private RunChains chains;
    private String stream;
    private boolean redact;
    /** Masks one raw line; returns the same instance when there is nothing to mask. */
    private UnaryOperator<String> redactor;

    private final JsonFields json = new JsonFields();

    @Override
    public void process(Exchange exchange) throws Exception {
        StreamChain c = chains.of(stream);
        Object body = exchange.getMessage().getBody();
        if (body instanceof LineBatch batch) {
            raw(c.raw(), batch);
        } else if (body instanceof EventBatch batch) {
            events(c.jsonl(), batch);
            if (batch.end() != null) {
                c.seal();
            }
        } else if (body instanceof Payloads p) {
            for (int i = 0; i < p.size(); i++) {
                c.jsonl().append(p.bytes(), p.start(i), p.length(i));
            }
            if (p.isEnd()) {
                c.seal();
            }
        } else if (body instanceof TraceEnd) {
            c.seal();
        } else {
            throw new IllegalArgumentException(
                    "the hashing stage of " + stream + " takes no " + (body == null ? "null" : body.getClass()));
        }
        exchange.getMessage().setBody(c.take());
    }

    private void events(JsonlChainWriter w, EventBatch batch) throws IOException {
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
    }

    /** strace's lines byte for byte (a line with a secret masked with --redact-raw; the chain covers what is kept). */
    private void raw(RawChainWriter raw, LineBatch batch) throws IOException {
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
    }

    /**
     * A piece of a line too long to hold, masked on its own with {@code --redact-raw} (a secret that a piece boundary
     * cuts in two can stay unmasked there).
     */
    private void appendPart(RawChainWriter raw, byte[] data, int off, int len) throws IOException {
        String masked = redact ? masked(new String(data, off, len, StandardCharsets.UTF_8)) : null;
        if (masked == null) {
            raw.appendPart(data, off, len);
        } else {
            byte[] bytes = masked.getBytes(StandardCharsets.UTF_8);
            raw.appendPart(bytes, 0, bytes.length);
        }
    }

    /** The masked line, or null when it has nothing to mask (its bytes are then written as read). */
    private String masked(String line) {
        String masked = java.util.Objects.requireNonNull(
                        redactor, "the raw hashing stage: redact set without a redactor")
                .apply(line);
        return masked == line ? null : masked;
    }

    public void setChains(RunChains chains) {
        this.chains = chains;
    }

    /** The stream's file name: {@code syscalls.log}, {@code events.jsonl}, {@code enriched.jsonl}, {@code actions.jsonl}. */
    public void setStream(String stream) {
        this.stream = stream;
    }

    public String getStream() {
        return stream;
    }

    /** --redact-raw: mask syscalls.log as the events are (raw stream only). */
    public void setRedact(boolean redact) {
        this.redact = redact;
    }

    public void setRedactor(UnaryOperator<String> redactor) {
        this.redactor = redactor;
    }
}
