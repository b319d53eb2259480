package io.straceflow.enrich;

/**
 * Counters of an {@link Enricher}, for the stream's own health reporting.
 *
 * @param events events enriched
 * @param noProcess events without a pid (or notices about unknown pids): no process view
 * @param processes processes the trace revealed (roots, clone children, placeholders)
 * @param threads extra threads joined to a process (CLONE_THREAD)
 * @param placeholders pids that acted before anything in the trace created them
 * @param guessed of those, attributed at once to the only clone in flight
 * @param wrongGuesses guesses the clone's return contradicted (then corrected)
 * @param linkedLate placeholders linked to their parent when the clone returned
 * @param reusedPids processes that got a pid an earlier process of the trace had
 * @param liveThreads threads alive in the table now
 * @param exitedRetained exited processes kept for lookups now
 * @param evicted exited processes dropped from the table (bounded memory)
 * @param procRequested /proc reads started
 * @param procApplied reads that found the process
 * @param procGone reads that found it gone (normal for short-lived processes)
 * @param procFailed reads that failed otherwise
 * @param procSkipped reads not started because too many were in flight
 * @param procInFlight reads running or queued now
 */
public record EnrichStats(
        long events,
        long noProcess,
        long processes,
        long threads,
        long placeholders,
        long guessed,
        long wrongGuesses,
        long linkedLate,
        long reusedPids,
        int liveThreads,
        int exitedRetained,
        long evicted,
        long procRequested,
        long procApplied,
        long procGone,
        long procFailed,
        long procSkipped,
        int procInFlight) {}
