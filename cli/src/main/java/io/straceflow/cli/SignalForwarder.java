package io.straceflow.cli;

import io.straceflow.strace.TraceControl;
import sun.misc.Signal;

/**
 * Takes over SIGINT, SIGTERM and SIGHUP (the terminal was closed). The JVM's default would run shutdown hooks and
 * stop Camel at once; instead the trace is stopped at its source (every traced process) and the pipeline drains what
 * was already read, so nothing traced is lost and straceflow exits with 130 / 143 / 129. A signal that was ignored
 * when the JVM started stays ignored (HotSpot installs no handler for it): nohup keeps working.
 */
final class SignalForwarder {
    private SignalForwarder() {}

    static void install(TraceControl control) {
        install(control::interrupt);
    }

    /** What a signal does now; null before the first {@link #install}. */
    private static volatile java.util.function.IntConsumer current;

    /** From now on SIGINT, SIGTERM and SIGHUP go to {@code action} (with 2, 15 or 1) instead. */
    static void install(java.util.function.IntConsumer action) {
        current = action;
        handle("INT", 2, action);
        handle("TERM", 15, action);
        handle("HUP", 1, action);
    }

    /**
     * A signal that reached not this JVM but the command line it serves (a standby JVM's, Standby), or the end of that
     * command line: does what the signal would have done here.
     */
    static void deliver(int signal) {
        java.util.function.IntConsumer action = current;
        if (action != null) {
            action.accept(signal);
        }
    }

    private static void handle(String name, int number, java.util.function.IntConsumer action) {
        try {
            Signal.handle(new Signal(name), s -> action.accept(number));
        } catch (IllegalArgumentException e) {
            // the signal is reserved in this JVM (e.g. -Xrs): keep the default behaviour
        }
    }
}
