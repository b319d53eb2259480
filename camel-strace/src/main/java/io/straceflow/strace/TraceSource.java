package io.straceflow.strace;

/** Where trace lines come from: a live strace process or saved output. */
public interface TraceSource {
    /** Reads every line into the handler, then returns how the trace ended. Runs on the consumer's thread. */
    TraceEnd run(LineReader.BatchHandler handler) throws Exception;

    /**
     * Asks the source to stop early because straceflow received {@code signal} (2 = SIGINT, 15 = SIGTERM, 1 = SIGHUP).
     * What was already produced is still delivered; {@link #run} then returns. Safe to call from any thread,
     * more than once (a second call may escalate).
     */
    void interrupt(int signal);

    /** Last resort when the route stops without a normal end: kill whatever is still running. */
    void destroy();
}
