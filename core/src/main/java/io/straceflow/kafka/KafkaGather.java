package io.straceflow.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.seda.SedaEndpoint;

/**
 * The first step of route kafka (routes/kafka.yaml): the batches queued behind this one on its seda: queue (the one
 * of the two that the exchange came from, on that queue's thread) join it,
 * up to {@link #LINES} lines, waiting up to {@link #WAIT_NANOS} for more while there are fewer. The body becomes
 * the list of {@link TopicLines} taken, in queue order (so each topic's order holds), shipped as one exchange.
 *
 * <p>Why: a stamped batch can be small (each action is one), and every exchange through camel-kafka costs about as
 * much as a hundred records in it. Sent one by one, a 317 k-line replay's 20 k actions made Kafka's sink cost 4 s
 * more CPU than the same lines gathered. The wait matters in a run, where the pipeline is slower than the sink and
 * lines trickle in: without it the queue is mostly empty and batches go alone; 2 ms adds little to Kafka's own
 * linger. The batches taken here leave the queue without a route traversal of their own.
 */
public final class KafkaGather implements Processor {
    static final int LINES = 1000;
    static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        TopicLines first = exchange.getMessage().getBody(TopicLines.class);
        BlockingQueue<Exchange> queue = ((SedaEndpoint) exchange.getFromEndpoint()).getQueue();
        List<TopicLines> taken = new ArrayList<>();
        taken.add(first);
        int lines = first.size();
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (lines < LINES) {
            Exchange next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            TopicLines t = next.getMessage().getBody(TopicLines.class);
            taken.add(t);
            lines += t.size();
        }
        exchange.getMessage().setBody(taken);
    }

    /** The lines of a gathered body. */
    static int lines(List<?> taken) {
        int n = 0;
        for (Object t : taken) {
            n += ((TopicLines) t).size();
        }
        return n;
    }
}
