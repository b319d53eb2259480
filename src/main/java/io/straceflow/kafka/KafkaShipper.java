package io.straceflow.kafka;

import io.straceflow.chain.Checkpoint;
import io.straceflow.chain.StreamFiles;
import io.straceflow.hash.Stamped;
import io.straceflow.sink.RunStats;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Ships every line of every stream to Kafka through the route {@code direct:kafka} (routes/kafka.yaml), which owns
 * the kafka: endpoint and its options. Lines go in batches: the sender takes up to {@link #BATCH} queued lines and
 * sends one exchange per topic whose body lists one exchange per record, each with its own key and headers
 * (camel-kafka sends one ProducerRecord per element). One exchange per record cost a route traversal and a thread
 * hand-off per record and about twice the CPU per record (bench/shipper.sh). Sends are pipelined (asynchronous, up to
 * {@link #WINDOW} records in flight: a blocking send per record manages only ~1k records/s); order per stream holds
 * because each stream is written by one thread, one thread sends the batches in queue order and the idempotent
 * producer keeps a partition's order. A full window blocks the writer (back-pressure, never a drop), except while
 * the broker looks lost ({@link BrokerGuard}): then lines are counted as not delivered at once rather than stall the
 * trace behind it. Every record that is not confirmed in the end is counted and reported: the files hold everything
 * either way.
 */
public final class KafkaShipper implements org.apache.camel.Processor {
    static final int WINDOW = 20_000;
    /**
     * Lines taken from the queue at once, at most: the sender takes what is there, so a quiet run still ships each
     * line at once. 100, 1000 and 4000 measured the same (bench/shipper.sh): past ~100 the per-record costs rule.
     */
    static final int BATCH = 1000;

    /**
     * How long the sender waits for more lines when it found fewer than {@link #BATCH}. In a run the writers trickle
     * (the pipeline is slower than the sink), so without it the sender woke for every few lines and sent exchanges
     * and Kafka batches of a few records each: per-exchange and per-request costs ruled. 2 ms adds little to Kafka's
     * own linger; a replay with it and a 25 ms linger spent about 60 % less CPU on Kafka (medians of 3, noisy box).
     */
    static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    public static final String ROUTE = "kafka";
    public static final String ENDPOINT = "direct:kafka";

    private final String prefix;
    private final byte[] host;
    private final String runId;
    private final byte[] run;
    private final long drainMillis;
    private final Semaphore window = new Semaphore(WINDOW);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong shed = new AtomicLong();
    private final BrokerGuard guard;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    // lines wait here until the sender thread takes them (also those written before the CamelContext runs)
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(WINDOW);
    private final AtomicLong queued = new AtomicLong();
    private volatile Thread sender;
    private volatile String firstError;
    private volatile CamelContext context;
    private volatile AsyncProducer producer;
    private volatile MeteredClientFactory clients;
    // the final counts, fixed by drain(): a delivery confirmed after it no longer counts as sent
    private volatile long[] settled;

    public KafkaShipper(String prefix, String host, String runId, long drainMillis) {
        this.prefix = prefix;
        // a delivery gives up after the timeout, which drainMillis covers: shed that long before a probe
        this.guard = new BrokerGuard(TimeUnit.MILLISECONDS.toNanos(drainMillis));
        // header values as UTF-8 bytes, made once: the default header serializer passes byte[] through
        this.host = host.getBytes(StandardCharsets.UTF_8);
        this.runId = runId;
        this.run = runId.getBytes(StandardCharsets.UTF_8);
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
        for (Endpoint e : camel.getEndpoints()) {
            if (e instanceof KafkaEndpoint k && k.getKafkaClientFactory() instanceof MeteredClientFactory f) {
                clients = f;
                f.knowTopics(Topics.all(prefix));
            }
        }
        sender = new Thread(this::sendLoop, "straceflow-kafka-sender");
        sender.setDaemon(true);
        sender.start();
    }

    /**
     * The one thread that hands lines to Camel, a batch at a time: whatever is queued, up to {@link #BATCH}. Not the
     * writers' threads: a send issued on a routing thread is queued by Camel's reactive executor until that thread's
     * processor returns, so a writer could never wait for its own deliveries (the drain at the end would deadlock).
     */
    private void sendLoop() {
        List<Line> lines = new ArrayList<>(BATCH);
        try {
            while (true) {
                lines.add(queue.take());
                queue.drainTo(lines, BATCH - 1);
                if (lines.size() < BATCH) {
                    LockSupport.parkNanos(GATHER_NANOS); // a trickle: let more lines come, see GATHER_NANOS
                    queue.drainTo(lines, BATCH - lines.size());
                }
                dispatch(lines);
                queued.addAndGet(-lines.size()); // after the window holds them: drain() never misses a line
                lines.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The route kafka-ship of routes/kafka.yaml: the body is one stream's stamped batch. A processor rather than a bean
     * method: Camel's bean binding cost a lookup on every exchange, one per action.
     */
    @Override
    public void process(org.apache.camel.Exchange exchange) {
        ship(exchange.getMessage().getBody(Stamped.class));
    }

    /**
     * Ships every line one batch of one stream added to its files: the raw lines, the chain's lines and the
     * checkpoint notes, each to its topic, in file order.
     */
    public void ship(Stamped s) {
        if (s.raw()) {
            Target t = target(s.stream());
            for (Stamped.Line l : s.logLinesOf(true)) {
                if (l.bytes() == null) {
                    tooLong(t);
                } else {
                    send(t, l.bytes());
                }
            }
        }
        Target chain = target(s.chainFile());
        for (Stamped.Line l : s.chainLines()) {
            send(chain, l.bytes());
        }
        for (Stamped.Line l : s.noteRecords()) {
            send(target(l.file()), l.bytes());
        }
    }

    /**
     * A raw line over the parse limit is in the log only, never whole in memory (and far over Kafka's record size): its
     * place in the raw topic is taken and counted as not delivered, so the topic shows the gap.
     */
    private void tooLong(Target t) {
        t.next.getAndIncrement();
        if (failed.getAndIncrement() == 0) {
            firstError = "a raw line over the parse limit is in the files only";
        }
    }

    /** One record line of a stream ({@code raw}: the raw line it covers, for the raw stream), as the writers had it. */
    public void record(String stream, byte[] line, byte[] raw) {
        Target t = target(stream);
        if (raw != null) {
            send(t, raw);
            send(t.chain(this), line);
        } else {
            send(t, line);
        }
    }

    /** A control line of a stream's chain (open, ckpt, close). */
    public void control(String stream, byte[] line) {
        Target t = target(stream);
        send(StreamFiles.RAW.equals(stream) ? t.chain(this) : t, line);
    }

    /** A checkpoint's note. */
    public void checkpoint(Checkpoint cp) {
        send(target(cp.stream() + StreamFiles.NOTES_SUFFIX), cp.note().getBytes(StandardCharsets.UTF_8));
    }

    private Target target(String file) {
        Target t = targets.get(file);
        return t != null ? t : targets.computeIfAbsent(file, f -> new Target(f, prefix + "." + Topics.suffixOf(f)));
    }

    private void send(Target target, byte[] value) {
        long seq = target.next.getAndIncrement();
        queued.incrementAndGet();
        try {
            queue.put(new Line(target, seq, value)); // a full queue blocks the writer: back-pressure, never a drop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued.decrementAndGet();
            failed.incrementAndGet(); // its seq is taken: counted as not delivered by drain() too
        }
    }

    /**
     * One file of the run as it goes to Kafka, made once per file rather than per record: its topic, its name as a
     * header value and the index of its next line.
     */
    private static final class Target {
        final String topic;
        final String file;
        final byte[] name;
        final AtomicLong next = new AtomicLong();
        private volatile Target chain;

        Target(String file, String topic) {
            this.file = file;
            this.topic = topic;
            this.name = file.getBytes(StandardCharsets.UTF_8);
        }

        /** The file of this stream's chain lines (the raw sidecar). */
        Target chain(KafkaShipper shipper) {
            Target c = chain;
            if (c == null) {
                c = chain = shipper.target(file + StreamFiles.CHAIN_SUFFIX);
            }
            return c;
        }
    }

    /** One line of one file, as it goes to Kafka. */
    private record Line(Target target, long seq, byte[] value) {}

    /**
     * Sends the lines taken, one exchange per topic: its records need no topic of their own (camel-kafka takes the
     * exchange's), and a partition's lines keep their order within it and across the exchanges that follow.
     */
    private void dispatch(List<Line> lines) {
        Map<String, List<Line>> byTopic = new LinkedHashMap<>();
        for (Line line : lines) {
            byTopic.computeIfAbsent(line.target().topic, t -> new ArrayList<>()).add(line);
        }
        for (Map.Entry<String, List<Line>> topic : byTopic.entrySet()) {
            int n = topic.getValue().size();
            BrokerGuard.Admission how = guard.admit(System.nanoTime());
            if (how == BrokerGuard.Admission.SHED) { // counted, not handed over: the files hold them
                shed.addAndGet(n);
                if (failed.getAndAdd(n) == 0) {
                    firstError = "shed while the broker looked lost";
                }
                continue;
            }
            List<Exchange> records = new ArrayList<>(n);
            for (Line line : topic.getValue()) {
                records.add(toRecord(line));
            }
            Exchange batch = new DefaultExchange(context);
            batch.getMessage().setHeader(KafkaConstants.OVERRIDE_TOPIC, topic.getKey());
            batch.getMessage().setBody(records);
            window.acquireUninterruptibly(n);
            try {
                producer.process(batch, doneSync -> done(batch, records, how));
            } catch (RuntimeException err) {
                batch.setException(err);
                done(batch, records, how);
            }
        }
    }

    /** One Kafka record: camel-kafka takes an element's key and record headers from its own message. */
    private Exchange toRecord(Line line) {
        Exchange e = new DefaultExchange(context);
        Message m = e.getMessage();
        m.setBody(line.value());
        // one key per run: a run's lines stay in one partition (in order), runs and hosts spread
        m.setHeader(KafkaConstants.KEY, runId);
        m.setHeader(Topics.HOST, host);
        m.setHeader(Topics.RUN, run);
        m.setHeader(Topics.STREAM, line.target().name);
        m.setHeader(Topics.SEQ, Long.toString(line.seq()));
        return e;
    }

    /**
     * Counts a batch once camel-kafka is done with it. Normally every record has completed by then, and camel-kafka
     * has marked each one: its exception if it failed, else its record metadata (the route sets recordMetadata), so
     * the counts are per record, exact. If the producer threw while handing the batch over (closed at shutdown,
     * interrupted, a serializer error), the records from that one on were never sent and carry no mark, the last
     * one included; the earlier ones may still be in flight, and nothing will confirm them to us, so the whole
     * batch counts as failed, like the records still unacknowledged when drain() gives up: kafka_failed never
     * undercounts, and no record is counted twice.
     */
    private void done(Exchange batch, List<Exchange> records, BrokerGuard.Admission how) {
        int ok = 0;
        Exception err = null;
        boolean timedOut = false;
        // only the last record is read unless all completed: in-flight records are still being written by Kafka
        if (completed(records.get(records.size() - 1))) {
            for (Exchange r : records) {
                if (r.getException() == null) {
                    ok++;
                } else {
                    timedOut |= timedOut(r.getException());
                    err = err == null ? r.getException() : err;
                }
            }
        } else {
            err = batch.getException();
        }
        guard.done(how, timedOut, System.nanoTime());
        int bad = records.size() - ok;
        sent.addAndGet(ok);
        if (bad > 0 && failed.getAndAdd(bad) == 0) {
            firstError = err == null ? "not sent" : oneLine(err);
        }
        window.release(records.size());
    }

    /** Kafka gave up waiting (delivery timeout, metadata wait, full buffer): the broker looks lost. */
    private static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean completed(Exchange record) {
        return record.getException() != null || record.getMessage().getHeader(KafkaConstants.KAFKA_RECORD_META) != null;
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

    /**
     * Waits (bounded) until every record sent so far is acknowledged or has failed for good, then fixes the counts:
     * every record offered that was not confirmed by then counts as not delivered.
     */
    public void drain() {
        if (sender != null) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(drainMillis);
            try {
                while (queued.get() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(5); // the sender empties the queue; deliveries are awaited below
                }
                long left = Math.max(0, deadline - System.nanoTime());
                if (queued.get() == 0 && window.tryAcquire(WINDOW, left, TimeUnit.NANOSECONDS)) {
                    window.release(WINDOW);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long offered = 0;
        for (Target t : targets.values()) {
            offered += t.next.get();
        }
        long s = sent.get();
        settled = new long[] {s, offered - s, retries()}; // the retries before Camel stops and closes the producer
    }

    /** The shipper's counters by their run.json names, read live (the metrics endpoint) and at the end (report). */
    public Map<String, LongSupplier> counters() {
        Map<String, LongSupplier> c = new LinkedHashMap<>();
        c.put("kafka_sent", this::sent);
        c.put("kafka_failed", this::lost);
        c.put("kafka_retries", this::retries);
        c.put("kafka_shed", this::shed);
        return c;
    }

    /** Counters for the end-of-run report. */
    public void report(RunStats stats) {
        counters().forEach((name, value) -> stats.put(name, value.getAsLong()));
    }

    /** Records counted as not delivered without being handed to Kafka, while the broker looked lost (in lost()). */
    public long shed() {
        return shed.get();
    }

    /** Record sends Kafka's producer retried (each retry is of a whole batch: every record in it counts). */
    public long retries() {
        long[] s = settled;
        if (s != null) {
            return s[2];
        }
        MeteredClientFactory f = clients;
        return f == null ? 0 : f.retries();
    }

    /** Records not confirmed by the broker: failed for good, or (once drained) still unacknowledged at the end. */
    public long lost() {
        long[] s = settled;
        return s == null ? failed.get() : s[1];
    }

    public long sent() {
        long[] s = settled;
        return s == null ? sent.get() : s[0];
    }

    public String firstError() {
        return firstError;
    }
}
