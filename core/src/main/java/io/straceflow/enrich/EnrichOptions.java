package io.straceflow.enrich;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * How an {@link Enricher} works. Replay: {@link #replay()} (never reads /proc). Live run or attach:
 * {@code EnrichOptions.builder().live(true)...}.
 *
 * @param live read /proc as a supplement (only while the traced processes can still be alive)
 * @param procConcurrency threads reading /proc at once (when the enricher makes its own pool)
 * @param procQueue /proc reads waiting or running at most; beyond that a read is skipped, never waited for
 * @param exitedRetention exited processes kept for lookups (late clone returns, pid reuse); older ones are evicted
 * @param maxAncestors longest ancestor chain reported and retained
 * @param roots pids whose parents are not in the trace (attach mode); empty: the first pid seen is the root
 * @param procReader how /proc is read (tests inject a fake)
 * @param procExecutor where /proc reads run; null: an own pool of {@code procConcurrency} daemon threads
 * @param redact mask secrets in the argv read from /proc/PID/cmdline ({@code --password=x}, {@code --token x}), as
 *     the parse stage masks those of the trace's execve; off here, on in the pipeline unless --no-redact
 */
public record EnrichOptions(
        boolean live,
        int procConcurrency,
        int procQueue,
        int exitedRetention,
        int maxAncestors,
        Set<Integer> roots,
        ProcReader procReader,
        Executor procExecutor,
        boolean redact) {

    public static final int DEFAULT_PROC_CONCURRENCY = 4;
    public static final int DEFAULT_PROC_QUEUE = 1024;
    public static final int DEFAULT_EXITED_RETENTION = 4096;
    public static final int DEFAULT_MAX_ANCESTORS = 64;

    public EnrichOptions {
        if (procConcurrency < 1 || procQueue < 1 || exitedRetention < 0 || maxAncestors < 0) {
            throw new IllegalArgumentException("procConcurrency and procQueue must be >= 1, limits >= 0");
        }
        roots = Set.copyOf(roots);
    }

    /** Replay: trace only, no /proc. */
    public static EnrichOptions replay() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private boolean live;
        private int procConcurrency = DEFAULT_PROC_CONCURRENCY;
        private int procQueue = DEFAULT_PROC_QUEUE;
        private int exitedRetention = DEFAULT_EXITED_RETENTION;
        private int maxAncestors = DEFAULT_MAX_ANCESTORS;
        private Set<Integer> roots = Set.of();
        private ProcReader procReader = new LinuxProcReader();
        private Executor procExecutor;
        private boolean redact;

        public Builder live(boolean live) {
            this.live = live;
            return this;
        }

        public Builder procConcurrency(int n) {
            this.procConcurrency = n;
            return this;
        }

        public Builder procQueue(int n) {
            this.procQueue = n;
            return this;
        }

        public Builder exitedRetention(int n) {
            this.exitedRetention = n;
            return this;
        }

        public Builder maxAncestors(int n) {
            this.maxAncestors = n;
            return this;
        }

        /** Attach mode: the attached pids, whose earlier history is not in the trace. */
        public Builder roots(Collection<Integer> pids) {
            this.roots = Set.copyOf(pids);
            return this;
        }

        public Builder procReader(ProcReader reader) {
            this.procReader = reader;
            return this;
        }

        /** Tests pass a manual executor to decide when /proc reads finish; the enricher does not shut it down. */
        public Builder procExecutor(Executor executor) {
            this.procExecutor = executor;
            return this;
        }

        public Builder redact(boolean redact) {
            this.redact = redact;
            return this;
        }

        public EnrichOptions build() {
            return new EnrichOptions(
                    live,
                    procConcurrency,
                    procQueue,
                    exitedRetention,
                    maxAncestors,
                    roots,
                    procReader,
                    procExecutor,
                    redact);
        }
    }
}
