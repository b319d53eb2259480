package io.straceflow.enrich;

import io.straceflow.hash.Payloads;
import io.straceflow.parse.EventBatch;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.sink.JsonFields;
import io.straceflow.sink.RunStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Enriches a batch of events: each event's JSON members with the {@code process} it belongs to, plus {@code
 * event_seq} (its record in events.jsonl, stamped before), as the {@link Payloads} of enriched.jsonl's hashing
 * stage, and the same records typed ({@link EnrichedEvents}, an exchange property). Also sees the raw lines before
 * the parser (a clone in flight tells whose child a new pid is before the clone returns). Knows nothing of where its
 * records go.
 */
public class EnrichStage implements Processor, AutoCloseable {
    private RunStats stats;
    private boolean live;
    private String roots;
    private boolean redact = true;
    private Enricher enricher;
    private final JsonFields json = new JsonFields();
    private final EnrichedPayload payload = new EnrichedPayload();
    private final Payloads payloads = new Payloads();
    private final EnrichedEvents typed = new EnrichedEvents();

    @Override
    public void process(Exchange exchange) throws Exception {
        if (!(exchange.getMessage().getBody() instanceof EventBatch batch)) {
            return;
        }
        Payloads out = payloads; // stamped by enriched.jsonl's hashing stage before this batch's route returns
        out.clear();
        typed.reset(batch);
        Enricher en = enricher();
        // each event after the lines read up to its completion and before the later ones, as when the parser called
        // the enricher on every line it read: a clone still in flight tells which clone made a child that shows up
        // first, and a batch boundary must not change that
        int line = 0;
        for (int i = 0; i < batch.size(); i++) {
            line = observe(en, batch, line, batch.readAt(i));
            SyscallEvent e = batch.event(i);
            ProcessInfo p = en.enrich(e);
            typed.set(i, p);
            long seq = batch.seq(i);
            if (batch.hasFields()) {
                int n = payload.build(batch.fields(), batch.fieldsStart(i), batch.fieldsLength(i), p, seq);
                out.add(payload.buffer(), 0, n);
                continue;
            }
            int n = json.write(g -> {
                EnrichedJson.writeFields(e, p, g);
                g.writeNumberField("event_seq", seq);
            });
            out.add(json.buffer(), JsonFields.OFFSET, n);
        }
        observe(en, batch, line, Long.MAX_VALUE);
        report(en.stats()); // every batch: the metrics endpoint reads the counts while the trace runs
        if (batch.end() != null) {
            out.setEnd(true);
            close();
        }
        exchange.getMessage().setBody(out);
        exchange.setProperty(EnrichedEvents.PROPERTY, typed); // the same records, typed (the run's summary counts them)
    }

    /** Shows the enricher the batch's lines from {@code line} up to line number {@code upTo}; returns the next. */
    private static int observe(Enricher en, EventBatch batch, int line, long upTo) {
        for (; line < batch.lineCount() && batch.lineNo(line) <= upTo; line++) {
            en.observeLine(batch.line(line), batch.lineNo(line));
        }
        return line;
    }

    private void report(EnrichStats s) {
        if (stats != null) {
            stats.put("processes", s.processes());
            stats.put("threads", s.threads());
            stats.put("proc_reads", s.procApplied());
            stats.put("proc_skipped", s.procSkipped());
            stats.put("proc_failed", s.procFailed());
        }
    }

    private Enricher enricher() {
        if (enricher == null) {
            EnrichOptions.Builder b = EnrichOptions.builder().live(live).redact(redact);
            if (roots != null && !roots.isBlank()) {
                List<Integer> pids = new ArrayList<>();
                Arrays.stream(roots.split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .forEach(pids::add);
                b.roots(pids);
            }
            enricher = new Enricher(b.build());
        }
        return enricher;
    }

    @Override
    public void close() {
        if (enricher != null) {
            enricher.close();
        }
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }

    /** Read /proc for what the trace does not say (run/attach only; a replay is another time or machine). */
    public void setLive(boolean live) {
        this.live = live;
    }

    /** Mask secrets in command lines read from /proc; default on. */
    public void setRedact(boolean redact) {
        this.redact = redact;
    }

    /** Comma-separated pids traced by attach: their history before the trace is unknown. */
    public void setRoots(String roots) {
        this.roots = roots;
    }
}
