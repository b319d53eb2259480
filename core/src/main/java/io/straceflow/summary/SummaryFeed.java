package io.straceflow.summary;

import io.straceflow.aggregate.Action;
import io.straceflow.enrich.EnrichedEvents;
import io.straceflow.strace.TraceEnd;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The run's summary, built while the records flow (routes/trace.yaml, bean {@code runSummary}): each batch of
 * enriched.jsonl's records from the pipeline's objects ({@link EnrichedEvents}, on enriched-out after the stamp) and
 * each action ({@link Action}, on actions-out), through the {@link SummaryAccumulator} that `straceflow summary DIR`
 * feeds from the files, so the report at the end equals what `summary` prints afterwards, without reading the
 * streams again. Off ({@link #SummaryFeed(boolean)}) when nothing will print it (-q). A failure in here never fails
 * the run: the feed stops, and {@link #finish} says to read the files instead.
 */
public final class SummaryFeed implements Processor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SummaryFeed.class);

    private final boolean enabled;
    private final SummaryAccumulator acc = new SummaryAccumulator();
    private final TypedEvent view = new TypedEvent();
    private boolean failed;
    private boolean finished;

    /** A feed that counts. */
    public SummaryFeed() {
        this(true);
    }

    /** With {@code enabled} false the steps pass every exchange by (a run with -q prints no summary). */
    public SummaryFeed(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Counts the exchange's records: an {@link Action} body (actions-out, before it becomes its record), or the
     * {@link EnrichedEvents} that the enrich stage left on the exchange (enriched-out). The end of the trace passes.
     * Actions and events may come on two threads (the aggregator's timeout checker completes quiet groups).
     */
    @Override
    public synchronized void process(Exchange exchange) {
        if (!enabled || failed || finished) {
            return;
        }
        try {
            Object body = exchange.getMessage().getBody();
            if (body instanceof Action a) {
                acc.action(a.op().json(), a.path(), a.bytes(), a.count());
                return;
            }
            if (body instanceof TraceEnd) {
                return;
            }
            EnrichedEvents events = exchange.getProperty(EnrichedEvents.PROPERTY, EnrichedEvents.class);
            if (events == null) { // records this feed cannot see: a summary without them would be wrong
                throw new IllegalStateException("no typed records on the exchange: " + body);
            }
            for (int i = 0; i < events.size(); i++) {
                acc.event(view.of(events.event(i), events.process(i)));
            }
        } catch (RuntimeException e) {
            failed = true; // the report reads the files instead
            LOG.debug("the run's summary stopped counting", e);
        }
    }

    /**
     * The summary of every record counted, with run.json's fields ({@code dir}/run.json, written at the end); null
     * when the feed was off or failed (then {@link SummaryReader#read} the files). Once: the feed counts no more.
     */
    public synchronized RunSummary finish(Path dir) throws IOException {
        if (!enabled || failed || finished) {
            return null;
        }
        finished = true;
        return acc.finish(dir.resolve("run.json"));
    }

    /** Whether {@link #finish} gave the summary counted while the run ran (not off, not failed). */
    public synchronized boolean counted() {
        return enabled && !failed && finished;
    }
}
