package io.straceflow.enrich;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads /proc off the pipeline thread. A read is requested once per process, runs on a small pool, and its result
 * waits in a queue until the pipeline thread picks it up between events: the pipeline never waits for /proc, and
 * the process table is only touched by its own thread. At most {@code procQueue} reads are in flight; more are
 * skipped and counted, never queued without bound.
 */
final class ProcSupplement implements AutoCloseable {
    /** A finished read: {@code snapshot} null when the process was gone, {@code failure} set when reading failed. */
    record Result(ProcessRecord record, ProcSnapshot snapshot, Exception failure) {}

    private final ProcReader reader;
    private final Executor executor;
    private final ExecutorService ownPool;
    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Result> done = new ConcurrentLinkedQueue<>();

    long requested;
    long skipped;
    long applied;
    long gone;
    long failed;

    ProcSupplement(EnrichOptions options) {
        this.reader = options.redact() ? new RedactingProcReader(options.procReader()) : options.procReader();
        this.limit = options.procQueue();
        if (options.procExecutor() != null) {
            this.executor = options.procExecutor();
            this.ownPool = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    options.procConcurrency(),
                    options.procConcurrency(),
                    30,
                    TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), // bounded by the in-flight limit above
                    r -> {
                        Thread t = new Thread(r, "straceflow-proc-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            this.executor = pool;
            this.ownPool = pool;
        }
    }

    /** Asks for a read of the record's process unless one was asked for already or too many are in flight. */
    void request(ProcessRecord r) {
        if (r.procRequested) {
            return;
        }
        r.procRequested = true;
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            skipped++;
            return;
        }
        int pid = r.tgid; // the only field read off-thread, and it is final
        try {
            executor.execute(() -> {
                try {
                    done.add(new Result(r, reader.read(pid), null));
                } catch (Exception e) {
                    done.add(new Result(r, null, e));
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            requested++;
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            skipped++;
        }
    }

    /** Hands finished reads to {@code apply} on the calling (pipeline) thread; never waits. */
    int drain(Consumer<Result> apply) {
        int n = 0;
        for (Result res; (res = done.poll()) != null; n++) {
            if (res.failure() != null) {
                failed++;
            } else if (res.snapshot() == null) {
                gone++;
            } else {
                applied++;
            }
            apply.accept(res);
        }
        return n;
    }

    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void close() {
        if (ownPool != null) {
            ownPool.shutdownNow();
        }
    }
}
