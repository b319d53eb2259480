package io.straceflow.cli;

import io.straceflow.strace.TraceControl;
import sun.misc.Signal;

/**
 * Takes over SIGINT and SIGTERM. The JVM's default would run shutdown hooks and stop Camel at once;
 * instead the trace is stopped at its source (strace's process group) and the pipeline drains what
 * was already read, so nothing traced is lost and straceflow exits with 130 / 143.
 */
final class SignalForwarder {
    private SignalForwarder() {}

    static void install(TraceControl control) {
        handle("INT", 2, control);
        handle("TERM", 15, control);
    }

    private static void handle(String name, int number, TraceControl control) {
        try {
            Signal.handle(new Signal(name), s -> control.interrupt(number));
        } catch (IllegalArgumentException e) {
            // the signal is reserved in this JVM (e.g. -Xrs): keep the default behaviour
        }
    }
}
