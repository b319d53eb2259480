package io.straceflow.kafka;

import io.straceflow.chain.Checkpoint;
import io.straceflow.chain.StreamFiles;
import io.straceflow.sink.RunStats;
import io.straceflow.sink.RunStreams;
import io.straceflow.sink.StreamTap;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultExchange;

/**
 * Ships every line of every stream to Kafka through the route {@code direct:kafka} (routes/kafka.yaml), which owns
 * the kafka: endpoint and its options. Sends are pipelined (asynchronous, up to {@link #WINDOW} in flight: a blocking
 * send per record manages only ~1k records/s); order per stream holds because each stream is written by one thread
 * and the idempotent producer keeps a partition's order. A full window blocks the writer (back-pressure, never a
 * drop). Every record that finally fails is counted and reported: the files hold everything either way.
 */
public final class KafkaShipper implements StreamTap {
    static final int WINDOW = 20_000;
    public static final String ROUTE = "kafka";
    public static final String ENDPOINT = "direct:kafka";

    private final String prefix;
    private final String host;
    private final String runId;
    private final long drainMillis;
    private final Semaphore window = new Semaphore(WINDOW);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unconfirmed = new AtomicLong();
    private final Map<String, AtomicLong> lineIndex = new ConcurrentHashMap<>();
    // lines wait here until the sender thread takes them (also those written before the CamelContext runs)
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(WINDOW);
    private final AtomicLong queued = new AtomicLong();
    private volatile Thread sender;
    private volatile String firstError;
    private volatile CamelContext context;
    private volatile AsyncProducer producer;

    public KafkaShipper(String prefix, String host, String runId, long drainMillis) {
        this.prefix = prefix;
        this.host = host;
        this.runId = runId;
        this.drainMillis = drainMillis;
    }

    /**
     * Starts shipping once the CamelContext runs; lines written before (the chains' open records) were kept and go
     * first, so every topic starts at line 0.
     */
    public synchronized void start(CamelContext camel) throws Exception {
        this.context = camel;
        camel.getRouteController().startRoute(ROUTE);
        Endpoint endpoint = camel.getEndpoint(ENDPOINT);
        AsyncProducer p = endpoint.createAsyncProducer();
        p.start();
        producer = p;
        sender = new Thread(this::sendLoop, "straceflow-kafka-sender");
        sender.setDaemon(true);
        sender.start();
    }

    /**
     * The one thread that hands lines to Camel. Not the writers' threads: a send issued on a routing thread is queued
     * by Camel's reactive executor until that thread's processor returns, so a writer could never wait for its own
     * deliveries (the drain at the end would deadlock).
     */
    private void sendLoop() {
        try {
            while (true) {
                dispatch(producer, queue.take());
                queued.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void record(String stream, byte[] line, byte[] raw) {
        if (raw != null) {
            send(stream, raw);
            send(stream + StreamFiles.CHAIN_SUFFIX, line);
        } else {
            send(stream, line);
        }
    }

    @Override
    public void control(String stream, byte[] line) {
        send(RunStreams.RAW.equals(stream) ? stream + StreamFiles.CHAIN_SUFFIX : stream, line);
    }

    @Override
    public void checkpoint(Checkpoint cp) {
        send(cp.stream() + StreamFiles.NOTES_SUFFIX, cp.note().getBytes(StandardCharsets.UTF_8));
    }

    private void send(String file, byte[] value) {
        long seq = lineIndex.computeIfAbsent(file, f -> new AtomicLong()).getAndIncrement();
        queued.incrementAndGet();
        try {
            queue.put(new Line(file, seq, value)); // a full queue blocks the writer: back-pressure, never a drop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued.decrementAndGet();
            failed.incrementAndGet();
        }
    }

    /** One line of one file, as it goes to Kafka. */
    private record Line(String file, long seq, byte[] value) {}

    private void dispatch(AsyncProducer p, Line line) {
        Exchange e = new DefaultExchange(context);
        e.getMessage().setBody(line.value());
        e.getMessage().setHeader(KafkaConstants.OVERRIDE_TOPIC, prefix + "." + Topics.suffixOf(line.file()));
        // one key per run: a run's lines stay in one partition (in order), runs and hosts spread
        e.getMessage().setHeader(KafkaConstants.KEY, runId);
        e.getMessage().setHeader(Topics.HOST, host);
        e.getMessage().setHeader(Topics.RUN, runId);
        e.getMessage().setHeader(Topics.STREAM, line.file());
        e.getMessage().setHeader(Topics.SEQ, Long.toString(line.seq()));
        window.acquireUninterruptibly();
        try {
            p.process(e, doneSync -> done(e));
        } catch (RuntimeException err) {
            e.setException(err);
            done(e);
        }
    }

    private void done(Exchange e) {
        Exception err = e.getException();
        if (err == null) {
            sent.incrementAndGet();
        } else {
            if (failed.getAndIncrement() == 0) {
                firstError = oneLine(err);
            }
        }
        window.release();
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getClass().getSimpleName() + ": " + root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Waits (bounded) until every record sent so far is acknowledged or has failed for good. */
    @Override
    public void drain() {
        if (sender == null) {
            unconfirmed.set(queued.get());
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(drainMillis);
        try {
            while (queued.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5); // the sender empties the queue; deliveries are awaited below
            }
            long left = Math.max(0, deadline - System.nanoTime());
            if (queued.get() == 0 && window.tryAcquire(WINDOW, left, TimeUnit.NANOSECONDS)) {
                window.release(WINDOW);
                unconfirmed.set(0);
            } else {
                unconfirmed.set(queued.get() + WINDOW - window.availablePermits());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unconfirmed.set(queued.get() + WINDOW - window.availablePermits());
        }
    }

    /** Counters for the end-of-run report. */
    public void report(RunStats stats) {
        stats.put("kafka_sent", sent.get());
        stats.put("kafka_failed", failed.get() + unconfirmed.get());
    }

    /** Records not confirmed by the broker: failed for good or still unacknowledged at the end. */
    public long lost() {
        return failed.get() + unconfirmed.get();
    }

    public long sent() {
        return sent.get();
    }

    public String firstError() {
        return firstError;
    }
}
