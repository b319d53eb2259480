package io.straceflow.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.processor.aggregate.AggregateController;
import org.apache.camel.spi.AggregationRepository;

/**
 * Closes groups that the trace's own clock has left behind, so the Aggregator's state stays bounded.
 *
 * <p>Why: a group closes when the next event of its key comes more than the window later. A key that never sees
 * another event (its fd was closed, its process exited) would otherwise stay open until the end of the trace —
 * in a replay, which has no wall-clock flush, that is one open group per file the program ever touched, and memory
 * grew with the trace (measured: 20 000 open groups, heap exhausted at 384 MB, on a 96 000-line tar trace).
 *
 * <p>A group is stale when the newest event time seen (the watermark) is more than window + grace past the
 * group's latest end: the same rule, in event time, as the live run's wall-clock quiet flush (window + grace), so
 * a replay closes groups where the live run did. A sweep looks at every open group, so it runs at most once per
 * window of event time.
 */
public class StaleGroupSweep {
    private AggregationRepository groups;
    private AggregateController controller;
    private long windowMicros = 100_000;
    private long graceMicros = 500_000;
    private Long watermark;
    private Long lastSweep;

    /** An event ended at {@code endMicros} (null: no absolute time in this trace). */
    void saw(Long endMicros) {
        if (endMicros != null && (watermark == null || endMicros > watermark)) {
            watermark = endMicros;
        }
    }

    /** Forces completion of the stale groups, if event time moved on by a window since the last sweep. */
    void sweep(Exchange exchange) {
        if (groups == null || controller == null || watermark == null) {
            return;
        }
        if (lastSweep != null && watermark - lastSweep < windowMicros) {
            return;
        }
        lastSweep = watermark;
        CamelContext context = exchange.getContext();
        List<String> stale = new ArrayList<>();
        for (String key : groups.getKeys()) {
            Exchange g = groups.get(context, key);
            if (g != null
                    && g.getIn().getBody() instanceof ActionBuilder b
                    && b.endMicros() != null
                    && watermark - b.endMicros() > windowMicros + graceMicros) {
                stale.add(key);
            }
        }
        for (String key : stale) {
            controller.forceCompletionOfGroup(key);
        }
    }

    public void setGroups(AggregationRepository groups) {
        this.groups = groups;
    }

    public void setController(AggregateController controller) {
        this.controller = controller;
    }

    public void setWindowMillis(long windowMillis) {
        this.windowMicros = windowMillis * 1000;
    }

    public void setGraceMillis(long graceMillis) {
        this.graceMicros = graceMillis * 1000;
    }
}
