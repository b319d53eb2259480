package io.straceflow.aggregate;

import io.straceflow.parse.EventBatch;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.StraceConstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.AggregationRepository;
import org.apache.camel.support.DefaultMessage;

/**
 * Splits a batch for the Aggregator, used by the Split EIP in routes/actions.yaml: one message per {@link EventRun}
 * (header StraceflowActionKey), the events of one key that go into the same group, instead of one per event.
 *
 * <p>Why that gives the same actions as single events: whether an event closes its key's group depends only on that
 * group (its size and latest end, {@link ActionStrategy#closes}) and the event. The splitter reads each key's open
 * group from the aggregation repository once per batch and then plays the rule forward over the batch's events of
 * that key, exactly as the Aggregator would; a run ends where the rule closes a group, and the next run is marked
 * {@link EventRun#startsGroup()} so that preComplete closes the group there. Only this thread (the feeder) adds to
 * groups, so nothing but a completion can change a group between the read and the run's arrival; a completed
 * group (quiet flush, end, stop) means the run opens a new group, as its first event would have. Unclassified events
 * (notices, unparsed lines) get no run.
 */
public class EventSplitter {
    public static final String SEQ = ActionHeaders.SEQ;

    private ActionStrategy strategy = new ActionStrategy();
    private AggregationRepository groups;
    private StaleGroupSweep sweep;

    /** The strategy whose window and cap decide where groups close. */
    public void setStrategy(ActionStrategy strategy) {
        this.strategy = strategy;
    }

    /** The Aggregator's repository, to read the open groups from; without one a batch splits into single events. */
    public void setGroups(AggregationRepository groups) {
        this.groups = groups;
    }

    /** Closes groups the trace's clock left behind, before each batch (bounded state). */
    public void setSweep(StaleGroupSweep sweep) {
        this.sweep = sweep;
    }

    public List<Message> split(EventBatch batch, Exchange exchange) {
        if (sweep != null) {
            sweep.sweep(exchange);
        }
        List<Message> out = new ArrayList<>();
        if (groups == null) {
            for (int i = 0; i < batch.size(); i++) {
                Message m = message(exchange);
                m.setBody(batch.event(i));
                m.setHeader(SEQ, batch.seq(i));
                out.add(m);
            }
            return out;
        }
        Map<String, Open> open = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            SyscallEvent e = batch.event(i);
            OpClass op = OpClass.of(e);
            if (op == null) {
                continue;
            }
            String key = ActionKeys.keyOf(e, op);
            Open o = open.get(key);
            if (o == null) {
                o = new Open(group(exchange, key));
                open.put(key, o);
            }
            boolean closes = o.size > 0 && strategy.closes(o.size, o.endMicros, e);
            if (closes) {
                o.size = 0;
                o.endMicros = null;
            }
            if (closes || o.run == null) {
                o.run = new EventRun(key, op, closes);
                Message m = message(exchange);
                m.setBody(o.run);
                m.setHeader(ActionHeaders.KEY, key);
                out.add(m);
            }
            o.run.add(e, batch.seq(i));
            o.size++;
            if (sweep != null) {
                sweep.saw(e.endTimeMicros());
            }
            if (e.timeMicros() != null && (o.endMicros == null || e.endTimeMicros() >= o.endMicros)) {
                o.endMicros = e.endTimeMicros();
            }
        }
        return out;
    }

    private ActionBuilder group(Exchange exchange, String key) {
        Exchange g = groups.get(exchange.getContext(), key);
        // a group being completed right now by the timeout checker already holds its Action: treat as closed
        return g != null && g.getIn().getBody() instanceof ActionBuilder b ? b : null;
    }

    private static Message message(Exchange exchange) {
        Message m = new DefaultMessage(exchange.getContext());
        // the batch's exchange may be the end of the trace: these are events
        m.setHeader(StraceConstants.KIND, "event");
        return m;
    }

    /** A key's group as the Aggregator will see it when this batch's runs arrive. */
    private static final class Open {
        int size;
        Long endMicros;
        EventRun run;

        Open(ActionBuilder group) {
            if (group != null) {
                size = group.size();
                endMicros = group.endMicros();
            }
        }
    }
}
