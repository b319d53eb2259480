package io.straceflow.kafka;

/**
 * Whether the shipper hands a batch to Kafka, or counts it as not delivered at once because the broker looks lost (a
 * circuit breaker). Without it a lost broker stalls the trace: the producer takes records until its buffer is full,
 * then each send waits out the timeout, so the queue fills and the writers (and strace, and the program) wait; and a
 * record of a topic whose metadata the producer lacks waits out the timeout by itself, one after the other. The
 * files hold every line either way, so shedding loses nothing the user cannot ship again.
 *
 * <p>A delivery that timed out opens the breaker for one timeout: every batch in that time is shed. Then one batch
 * goes through as a probe while the others are still shed; the probe delivered closes the breaker, the probe timed
 * out opens it again. Times are the caller's ({@link System#nanoTime()} in the shipper), so tests run on explicit
 * timestamps. Thread-safe: the sender asks, the producer's callbacks report.
 */
final class BrokerGuard {
    /** What to do with the next batch. */
    enum Admission {
        SHIP,
        PROBE,
        SHED
    }

    private final long backoffNanos;
    private boolean open;
    private long closedAgainAt;
    private boolean probing;

    BrokerGuard(long backoffNanos) {
        this.backoffNanos = backoffNanos;
    }

    synchronized Admission admit(long now) {
        if (!open) {
            return Admission.SHIP;
        }
        if (probing || now - closedAgainAt < 0) {
            return Admission.SHED;
        }
        probing = true;
        return Admission.PROBE;
    }

    /** A batch is done: {@code timedOut} when a record of it was not delivered because Kafka timed out. */
    synchronized void done(Admission how, boolean timedOut, long now) {
        if (how == Admission.PROBE) {
            probing = false;
        }
        if (timedOut) {
            open = true;
            closedAgainAt = now + backoffNanos;
        } else if (how == Admission.PROBE) {
            open = false; // the broker answers again
        }
    }

    synchronized boolean shedding() {
        return open;
    }
}
