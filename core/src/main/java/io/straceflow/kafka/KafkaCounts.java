package io.straceflow.kafka;

import io.straceflow.sink.RunStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The Kafka sink's counts: records offered (given a place in a topic), confirmed by the broker, not delivered
 * (refused, timed out, shed while the broker looked lost, or still unacknowledged when the run gave up waiting), and
 * Kafka's own retries. The processors of routes/kafka.yaml update them; the run's report, its exit status and the
 * metrics endpoint read them. Every record offered ends up either sent or lost: nothing is dropped unseen.
 */
public final class KafkaCounts {
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong shed = new AtomicLong();
    private final Object settling = new Object();
    private final long drainMillis;
    private volatile String firstError;
    private volatile MeteredClientFactory clients;
    // the final counts, fixed by drain(): a delivery confirmed after it no longer counts as sent
    private volatile long[] settled;

    /** {@code drainMillis}: how long the end of the run waits for the last deliveries. */
    public KafkaCounts(long drainMillis) {
        this.drainMillis = drainMillis;
    }

    void offered(int n) {
        offered.addAndGet(n);
    }

    void sent(int n) {
        sent.addAndGet(n);
        finished();
    }

    /** Records that will not reach the broker; the first reason is kept for the report. */
    void failed(int n, String why) {
        if (n > 0 && failed.getAndAdd(n) == 0) {
            firstError = why;
        }
        finished();
    }

    void shed(int n) {
        shed.addAndGet(n);
        failed(n, "shed while the broker looked lost");
    }

    void producer(MeteredClientFactory f) {
        clients = f;
    }

    private void finished() {
        if (sent.get() + failed.get() >= offered.get()) {
            synchronized (settling) {
                settling.notifyAll();
            }
        }
    }

    /**
     * The end of the run (route kafka-drain): waits, bounded, until every record offered is confirmed or has failed
     * for good, then fixes the counts: a record not confirmed by then counts as not delivered.
     */
    public void drain() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(drainMillis);
        synchronized (settling) {
            try {
                for (long left = drainMillis;
                        left > 0 && sent.get() + failed.get() < offered.get();
                        left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                    settling.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long s = sent.get();
        settled = new long[] {s, offered.get() - s, retries()}; // the retries before Camel closes the producer
    }

    /** The counters by their run.json names, read live (the metrics endpoint) and at the end (report). */
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
