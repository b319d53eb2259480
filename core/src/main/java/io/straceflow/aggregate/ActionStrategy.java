package io.straceflow.aggregate;

import io.straceflow.parse.SyscallEvent;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

/**
 * Folds events of one key into an {@link ActionBuilder} and decides, on the trace's own timestamps, when a group
 * ends: an event that starts more than the window after the group's latest end, or one that would exceed the size
 * cap, closes the group and opens the next ({@link #preComplete}). That makes the actions a pure function of the
 * event sequence; the wall-clock completion timeout of the route only flushes groups that went quiet.
 *
 * <p>Camel skips completionSize and completionPredicate in pre-completion mode, which is why the cap lives here.
 *
 * <p>Input: a {@link SyscallEvent} (header StraceflowSeq), or an {@link EventRun} from {@link EventSplitter}.
 */
public final class ActionStrategy implements AggregationStrategy {
    private long windowMicros = 100_000;
    private int maxCalls = 1000;

    /** Window in milliseconds (property {@code straceflow.window}). */
    public void setWindowMillis(long windowMillis) {
        if (windowMillis <= 0) {
            throw new IllegalArgumentException("window must be positive: " + windowMillis);
        }
        this.windowMicros = windowMillis * 1000;
    }

    /** Size cap per action, so that a key that never pauses still produces actions. */
    public void setMaxCalls(int maxCalls) {
        if (maxCalls <= 0) {
            throw new IllegalArgumentException("maxCalls must be positive: " + maxCalls);
        }
        this.maxCalls = maxCalls;
    }

    @Override
    public boolean canPreComplete() {
        return true;
    }

    @Override
    public boolean preComplete(Exchange oldExchange, Exchange newExchange) {
        if (oldExchange == null) {
            return false;
        }
        Object next = newExchange.getIn().getBody();
        if (next instanceof EventRun run) {
            return run.startsGroup(); // EventSplitter applied closes() to the group's state
        }
        ActionBuilder group = oldExchange.getIn().getBody(ActionBuilder.class);
        return closes(group.size(), group.endMicros(), (SyscallEvent) next);
    }

    /**
     * Whether {@code next} closes a group of {@code size} events whose latest end is {@code groupEnd}: the size cap,
     * or an end more than the window after the group's.
     *
     * <p>Compares when calls returned, not when they started: events reach us in the order their calls returned
     * (strace prints a line when the call completes), so a call that blocked for a long time cannot join a group
     * that a live run already flushed as quiet while a replay would still let it join. Without absolute
     * timestamps (-r, none) there is no event time: only the cap and the timeout split.
     */
    boolean closes(int size, Long groupEnd, SyscallEvent next) {
        if (size >= maxCalls) {
            return true;
        }
        Long nextEnd = next.endTimeMicros();
        return groupEnd != null && nextEnd != null && nextEnd - groupEnd > windowMicros;
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Object body = newExchange.getIn().getBody();
        ActionBuilder group = oldExchange == null ? null : oldExchange.getIn().getBody(ActionBuilder.class);
        if (body instanceof EventRun run) {
            int from = 0;
            if (group == null) {
                group = new ActionBuilder(run.event(0), run.op(), run.seq(0));
                from = 1;
            }
            for (int i = from; i < run.size(); i++) {
                group.add(run.event(i), run.seq(i));
            }
        } else {
            SyscallEvent e = (SyscallEvent) body;
            long seq = newExchange.getIn().getHeader(ActionHeaders.SEQ, -1L, Long.class);
            if (group == null) {
                group = new ActionBuilder(e, OpClass.of(e), seq);
            } else {
                group.add(e, seq);
            }
        }
        if (oldExchange == null) {
            newExchange.getIn().setBody(group);
            // the group's exchange waits in the repository until the group closes: it must not keep the units of
            // work the split handed its parts (the stream cache's, the parent's), whose exchange holds the whole
            // batch (lines, events, their JSON). Open groups kept ~50 batches (~60 MB) alive on a replay, which
            // the old generation then had to carry (JFR OldObjectSample, path to GC roots)
            newExchange.removeProperty(ExchangePropertyKey.STREAM_CACHE_UNIT_OF_WORK);
            newExchange.removeProperty(ExchangePropertyKey.PARENT_UNIT_OF_WORK);
            return newExchange;
        }
        return oldExchange;
    }

    /** The group is closed: hand out the immutable action, not the builder. */
    @Override
    public void onCompletion(Exchange exchange) {
        ActionBuilder group = exchange.getIn().getBody(ActionBuilder.class);
        if (group != null) {
            exchange.getIn().setBody(group.build());
        }
        exchange.getIn().removeHeader(ActionHeaders.SEQ);
        exchange.getIn().removeHeader(ActionHeaders.KEY);
    }
}
