package io.straceflow.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a short run's time goes, for bench/startup.sh: with {@code -Dstraceflow.timing=true} (e.g. in
 * STRACEFLOW_JAVA_OPTS) every phase of a command is timed and printed on stderr once it ends, one line per phase:
 * {@code straceflow: timing PHASE MS ms (at MS ms)}, the phase's own milliseconds and the milliseconds since the
 * launcher script started ({@code -Dstraceflow.launched}, bash's EPOCHREALTIME, set by ./straceflow) or, without
 * it, since the JVM started. Not the process's start time from /proc: the kernel gives it in clock ticks since a
 * boot time it rounds down to the second, so it was early by a fraction of a second that is the same for every run
 * on one machine (280 ms here), and every start-up looked that much slower. Off, a mark costs one field read.
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

    /**
     * A standby JVM's run (Standby): the warm-up's marks are forgotten, and the phases count from the launcher's start,
     * which the launcher sent with the run (bash's EPOCHREALTIME), after this JVM's own start.
     */
    static void restart(String launched) {
        if (!ON) {
            return;
        }
        synchronized (NAMES) {
            NAMES.clear();
            TIMES.clear();
        }
        if (launched != null && !launched.isBlank()) {
            System.setProperty("straceflow.launched", launched);
        }
        mark("launcher script and hand-over to the standby JVM");
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
        long jvmStart =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long launched = launchedAt(System.getProperty("straceflow.launched"));
        synchronized (NAMES) {
            List<String> names = new ArrayList<>(NAMES);
            List<Long> times = new ArrayList<>(TIMES);
            long origin = jvmStart;
            if (launched > 0 && launched <= jvmStart) {
                origin = launched;
                names.add(0, "launcher script");
                times.add(0, jvmStart);
            } else if (launched > jvmStart) {
                origin = launched; // a standby JVM, started before the launcher
            }
            long previous = origin;
            for (int i = 0; i < names.size(); i++) {
                long t = times.get(i);
                err.printf("straceflow: timing %s %d ms (at %d ms)%n", names.get(i), t - previous, t - origin);
                previous = t;
            }
        }
        err.flush();
    }

    /** Milliseconds since the epoch from bash's EPOCHREALTIME ("1796455681.035653", a comma in some locales). */
    static long launchedAt(String epochRealtime) {
        if (epochRealtime == null || epochRealtime.isBlank()) {
            return -1;
        }
        try {
            return new java.math.BigDecimal(epochRealtime.trim().replace(',', '.'))
                    .movePointRight(3)
                    .longValue();
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
