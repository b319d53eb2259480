package io.straceflow.sink;

import java.io.IOException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.seda.SedaEndpoint;

/**
 * The hand-off from the reading thread (raw, parse) to the downstream thread (enrich, actions, sealing) across the
 * bounded queue {@code seda:downstream}. Bound as {@code downstream}.
 *
 * <ul>
 *   <li>A batch crosses the queue without waiting for its result, so a failure downstream would otherwise end up
 *       only in a log: the first one is kept here; the reading thread stops the trace before its next batch, and
 *       the end of the trace fails the run (exit 70). So does a stream that could not be written (a full disk),
 *       whichever thread met it: the actions writer runs on the aggregator's threads, whose failures Camel only logs.
 *   <li>When the queue is full the reading thread waits (and so strace): counted as {@code queue_full}, so a user
 *       sees that the pipeline, not the program, set the pace.
 * </ul>
 */
public class DownstreamHandoff {
    private static final String QUEUE = "seda://downstream";

    private RunStats stats;
    private ChainFileComponent files;
    private UserSinks sinks;
    private volatile Exception fault;
    private SedaEndpoint queue;

    /** doCatch of the downstream route: remember the first failure. */
    public void record(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (fault == null && e != null) {
            fault = e;
        }
    }

    /** Reading thread, before a batch goes into the queue: rethrow a downstream failure, count a full queue. */
    public void beforeSend(Exchange exchange) throws Exception {
        check();
        SedaEndpoint q = queue(exchange);
        if (stats != null && q != null && q.getCurrentQueueSize() >= q.getSize()) {
            stats.add("queue_full", 1);
        }
    }

    /** Reading thread, after the end of the trace went through: rethrow a downstream failure. */
    public void check() throws Exception {
        IOException written = files == null ? null : files.failure();
        if (written != null) {
            throw written; // "cannot write FILE: reason", as is
        }
        String sink = sinks == null ? null : sinks.failure();
        if (sink != null) {
            throw new IllegalStateException(sink);
        }
        Exception e = fault;
        if (e != null) {
            throw new IllegalStateException("the enrich or actions stage failed: " + e.getMessage(), e);
        }
    }

    private SedaEndpoint queue(Exchange exchange) {
        if (queue == null) {
            queue = queueOf(exchange.getContext());
        }
        return queue;
    }

    /**
     * The queue seda:downstream (its producer and consumer endpoints differ in options but share it), or null
     * before the routes made it.
     */
    public static SedaEndpoint queueOf(CamelContext context) {
        return context.getEndpoints().stream()
                .filter(e -> e instanceof SedaEndpoint && e.getEndpointUri().startsWith(QUEUE))
                .map(SedaEndpoint.class::cast)
                .findFirst()
                .orElse(null);
    }

    public void setFiles(ChainFileComponent files) {
        this.files = files;
    }

    public void setSinks(UserSinks sinks) {
        this.sinks = sinks;
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
        stats.add("queue_full", 0); // reported even when the pipeline kept up
    }
}
