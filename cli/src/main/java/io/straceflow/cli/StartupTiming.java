package io.straceflow.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a short run's time goes, for bench/startup.sh: with {@code -Dstraceflow.timing=true} (e.g. in
 * STRACEFLOW_JAVA_OPTS) every phase of a command is timed and printed on stderr once it ends, one line per phase:
 * {@code straceflow: timing PHASE MS ms (at MS ms)}, the phase's own milliseconds and the milliseconds since the
 * process started (the launcher script's start: it execs java). Off, a mark costs one field read.
 */
final class StartupTiming {
    private static final boolean ON = Boolean.getBoolean("straceflow.timing");
    private static final List<String> NAMES = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();

    private StartupTiming() {}

    /** The phase that ends now (any thread). */
    static void mark(String phase) {
        if (ON) {
            long now = System.currentTimeMillis();
            synchronized (NAMES) {
                NAMES.add(phase);
                TIMES.add(now);
            }
        }
    }

    /** Marks the end of Camel's start (its routes run from then on) and of the trace (the last line read). */
    static void timeCamel(org.apache.camel.main.BaseMainSupport main, io.straceflow.strace.TraceControl control) {
        if (!ON) {
            return;
        }
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterStart(org.apache.camel.main.BaseMainSupport m) {
                mark("Camel's start (routes, components)");
            }
        });
        control.whenFinished(end -> mark("the trace (strace, the program, the pipeline)"));
    }

    /** Prints the phases marked so far, in the order they ended. */
    static void print(PrintStream err) {
        if (!ON) {
            return;
        }
        long start = ProcessHandle.current()
                .info()
                .startInstant()
                .map(java.time.Instant::toEpochMilli)
                .orElse(-1L);
        synchronized (NAMES) {
            long previous = start < 0 ? TIMES.get(0) : start;
            for (int i = 0; i < NAMES.size(); i++) {
                long t = TIMES.get(i);
                err.printf(
                        "straceflow: timing %s %d ms (at %d ms)%n",
                        NAMES.get(i), t - previous, start < 0 ? t - TIMES.get(0) : t - start);
                previous = t;
            }
        }
        err.flush();
    }
}
