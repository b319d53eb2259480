package io.straceflow.parse;

import io.straceflow.sink.JsonFields;
import io.straceflow.sink.RunStats;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.TraceEnd;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Parses each batch of lines into events, serialises each one's JSON members into the {@link EventBatch} and
 * hands it on; events.jsonl's hashing stage stamps them on the downstream thread. Events come in the
 * order the parser completes them (a call split by other threads comes when its resumed half arrives).
 */
public class ParseStage implements Processor {
    private RunStats stats;
    /** What the program did, for the metrics endpoint: counted here, from each event, once. */
    private io.straceflow.metrics.ProgramCounts program;

    private String date;
    private boolean flushEachBatch;
    private boolean redact = true;
    private EventAssembler assembler;
    private final JsonFields json = new JsonFields();
    private final UnparsedInputs inputs = new UnparsedInputs();

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (body instanceof LineBatch lines) {
            // the members' JSON takes ~1.25x the lines' bytes on real traces (events.jsonl against syscalls.log)
            EventBatch out = new EventBatch(null, lines.bytes() + lines.bytes() / 2);
            EventAssembler a = assembler();
            inputs.lines(lines.source(), lines.firstLineNo(), lines.size());
            int whole = lines.lastOpen() ? lines.size() - 1 : lines.size();
            for (int i = 0; i < whole; i++) {
                String line = lines.text(i);
                long lineNo = lines.lineNo(i);
                out.addLine(line, lineNo); // the enricher sees them on its own thread (EnrichStage)
                a.accept(line, lineNo, e -> write(e, out, lineNo));
            }
            if (whole < lines.size()) { // the beginning of a line over the limit; the rest is for syscalls.log only
                long lineNo = lines.lineNo(whole);
                a.acceptTooLong(lines.text(whole), lineNo, e -> write(e, out, lineNo));
            }
            if (flushEachBatch && lines.size() > 0) {
                long last = lines.lineNo(lines.size() - 1);
                a.flush(e -> write(e, out, last)); // live: the last event need not wait for the next line
            }
            report(a.stats()); // every batch: the metrics endpoint reads the counts while the trace runs
            exchange.getMessage().setBody(out);
        } else if (body instanceof TraceEnd end) {
            EventBatch out = new EventBatch(end);
            assembler().finish(e -> write(e, out, Long.MAX_VALUE));
            report(assembler().stats());
            if (stats != null) {
                inputs.warnings().forEach(stats::warn);
            }
            exchange.getMessage().setBody(out);
        }
    }

    /** {@code readAt}: the line being read when the parser completed {@code e} (see {@link EventBatch#readAt}). */
    private void write(SyscallEvent e, EventBatch out, long readAt) {
        if (e.type() == EventType.UNPARSED && !e.truncated()) { // too long to parse says nothing about the input
            inputs.unparsed(e.line());
        }
        try {
            int n = json.write(g -> EventJson.writeFields(e, g));
            out.add(e, -1, json.buffer(), JsonFields.OFFSET, n); // seq: set when stamped (events.jsonl's ChainStamp)
            out.setReadAt(out.size() - 1, readAt);
            if (program != null) {
                program.count(e);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private EventAssembler assembler() {
        if (assembler == null) {
            ParseOptions.Builder b = ParseOptions.builder().redact(redact);
            b.dates(DateRule.parse(date));
            assembler = new EventAssembler(b.build());
        }
        return assembler;
    }

    private void report(ParseStats s) {
        if (stats != null) {
            stats.put("events", s.events());
            stats.put("merged", s.merged());
            stats.put("unparsed", s.unparsed());
            stats.put("long_lines", s.longLines());
            stats.put("dangling", s.dangling());
            if (redact) {
                stats.put("redacted", s.redacted());
                stats.put("redacted_env", s.redactedEnv());
            }
        }
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
        this.program = stats == null ? null : new io.straceflow.metrics.ProgramCounts(stats);
    }

    /**
     * Date of a -t/-tt trace, which strace does not print, in {@link DateRule}'s property form: YYYY-MM-DD, or the
     * instant a live run started or a replayed file ended; blank: a live run starting now.
     */
    public void setDate(String date) {
        this.date = date;
    }

    /** Mask secrets and environment values in events (and so in enriched and actions); default on. */
    public void setRedact(boolean redact) {
        this.redact = redact;
    }

    public void setFlushEachBatch(boolean flushEachBatch) {
        this.flushEachBatch = flushEachBatch;
    }
}
