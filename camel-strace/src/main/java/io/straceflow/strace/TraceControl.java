package io.straceflow.strace;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bridge between the command line and the running trace: signals go in, the end of the trace
 * comes out. Bound in the registry as {@code traceControl}.
 */
public final class TraceControl {
    private final CompletableFuture<TraceEnd> end = new CompletableFuture<>();
    private final ReadProgress progress = new ReadProgress();
    private volatile TraceSource source;
    private volatile int pendingSignal;
    private volatile TraceSource prelaunched;

    void attach(TraceSource s) {
        this.source = s;
        if (pendingSignal != 0) {
            s.interrupt(pendingSignal);
        }
    }

    /** The command line started this trace before the pipeline (LiveTrace.launch): the strace consumer reads it. */
    public void prelaunched(TraceSource s) {
        prelaunched = s;
        attach(s);
    }

    TraceSource prelaunched() {
        return prelaunched;
    }

    /** straceflow received a signal (2 = SIGINT, 15 = SIGTERM, 1 = SIGHUP): stop the trace, keep what was read. */
    public void interrupt(int signal) {
        TraceSource s = source;
        if (s == null) {
            pendingSignal = signal;
        } else {
            s.interrupt(signal);
        }
    }

    void finished(TraceEnd e) {
        end.complete(e);
    }

    /**
     * Runs {@code action} with the trace's end on the thread that ends it, before the Camel context is stopped:
     * Camel Quarkus exits with Camel's own code (0) as soon as Camel stops, so the Quarkus variant records the
     * program's exit code here, first.
     */
    public void whenFinished(java.util.function.Consumer<TraceEnd> action) {
        end.thenAccept(action);
    }

    /** How far a replay has read its input (a progress bar reads it while the trace runs). */
    public ReadProgress progress() {
        return progress;
    }

    public boolean isFinished() {
        return end.isDone();
    }

    /** How the trace ended, or null if it has not ended within the timeout. */
    public TraceEnd awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            return end.get(timeout, unit);
        } catch (TimeoutException e) {
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public TraceEnd endOrNull() {
        return end.getNow(null);
    }
}
