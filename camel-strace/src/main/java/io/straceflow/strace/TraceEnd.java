package io.straceflow.strace;

/**
 * The end-of-stream signal: the last exchange of a trace carries this body.
 *
 * @param exitCode what straceflow should exit with: the traced program's code, 128+N when it was
 *     killed by signal N, or 128+N when straceflow itself was stopped by signal N
 * @param lines how many lines the trace produced
 * @param interruptedBy the signal that stopped straceflow (0 when the trace ended by itself)
 * @param failure a one-line reason when the trace could not run to its end, else null
 * @param refused attach: strace could attach to none of the processes (the kernel refused, each one said so on
 *     stderr), so nothing was traced and nothing need be kept
 */
public record TraceEnd(int exitCode, long lines, int interruptedBy, String failure, boolean refused) {
    public TraceEnd(int exitCode, long lines, int interruptedBy, String failure) {
        this(exitCode, lines, interruptedBy, failure, false);
    }

    public boolean interrupted() {
        return interruptedBy != 0;
    }
}
