package io.straceflow.cli;

import io.straceflow.sink.RunStats;
import io.straceflow.strace.ReadProgress;
import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceRequest;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * The replay's progress on the terminal: one line redrawn in place five times a second from the bytes read
 * ({@link ReadProgress}) and the lines published by the raw stage, then the stages after reading (writing, sealing,
 * the report), ending with a last frame and a newline. Fits the terminal's width ({@link Terminal}). Drawn only when
 * stderr is a terminal: a log file or a pipe gets nothing.
 */
final class ProgressBar implements AutoCloseable {
    private static final long FRAME_MILLIS = 200; // 5 frames a second: cheap, and still smooth
    private static final long POLL_MILLIS = 20; // a new stage is drawn at once, however short it is
    private static final double SMOOTHING = 0.3; // weight of the newest frame's rate: about a second of memory

    private final ReadProgress progress;
    private final LongSupplier lines;
    private final PrintStream err;
    private final Terminal terminal;
    private final Thread thread;
    private volatile boolean reporting;
    private boolean drawn;
    private boolean closed;
    private long start;
    private long lastNanos;
    private long lastRead;
    private long lastLines;
    private double byteRate;
    private double lineRate;

    private ProgressBar(ReadProgress progress, LongSupplier lines, PrintStream err, Terminal terminal) {
        this.progress = progress;
        this.lines = lines;
        this.err = err;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "straceflow-progress");
        thread.setDaemon(true);
    }

    /** A running bar, or null when stderr is not a terminal. */
    /** The bar of a replay that is not quiet and whose stderr is a terminal, or null: camel-main and Camel Quarkus. */
    static ProgressBar startForReplay(
            TraceRequest.Mode mode, boolean quiet, TraceControl control, RunStats stats, PrintStream err) {
        return mode == TraceRequest.Mode.REPLAY && !quiet
                ? startIfTerminal(control.progress(), () -> stats.get("lines"), err)
                : null;
    }

    static ProgressBar startIfTerminal(ReadProgress progress, LongSupplier lines, PrintStream err) {
        if (!stderrIsTerminal()) {
            return null;
        }
        ProgressBar bar = new ProgressBar(progress, lines, err, Terminal.ofStderr());
        bar.thread.start();
        return bar;
    }

    /**
     * Java 17 cannot ask isatty(2) (System.console() looks at stdin and stdout): on Linux, where strace runs, fd 2
     * of a terminal links to /dev/pts/N or /dev/ttyN.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return Terminal.stderrDevice() != null;
    }

    /** What the replay is doing now. */
    static ProgressLine.Stage stage(ReadProgress progress, boolean reporting) {
        if (reporting) {
            return ProgressLine.Stage.REPORT;
        }
        if (progress.inputEnded()) {
            return ProgressLine.Stage.SEALING;
        }
        return progress.total() > 0 && progress.read() >= progress.total()
                ? ProgressLine.Stage.WRITING
                : ProgressLine.Stage.READING;
    }

    /** The trace is over and sealed; the report is being made (shown at once). */
    public void reporting() {
        reporting = true;
        if (progress.started()) {
            draw(false);
        }
    }

    private void loop() {
        try {
            ProgressLine.Stage shown = null;
            long next = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                if (progress.started()) {
                    ProgressLine.Stage now = stage(progress, reporting);
                    if (now != shown || System.nanoTime() - next >= 0) {
                        draw(false);
                        shown = now;
                        next = System.nanoTime() + FRAME_MILLIS * 1_000_000;
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw(boolean done) {
        if (closed && !done) {
            return;
        }
        long now = System.nanoTime();
        if (!drawn) { // the first frame: times count from the start of reading, not of Camel
            drawn = true;
            start = now;
            lastNanos = now;
        }
        long read = progress.read();
        long n = lines.getAsLong();
        double seconds = (now - lastNanos) / 1e9;
        if (seconds > 0) {
            byteRate = smooth(byteRate, (read - lastRead) / seconds);
            lineRate = smooth(lineRate, (n - lastLines) / seconds);
        }
        lastNanos = now;
        lastRead = read;
        lastLines = n;
        long elapsed = (now - start) / 1_000_000_000L;
        double shownBytes = done ? read / Math.max(1e-3, (now - start) / 1e9) : byteRate;
        double shownLines = done ? n / Math.max(1e-3, (now - start) / 1e9) : lineRate;
        ProgressLine.Stage stage = done ? ProgressLine.Stage.DONE : stage(progress, reporting);
        String frame =
                ProgressLine.format(read, progress.total(), shownBytes, shownLines, elapsed, stage, terminal.columns());
        // \r and erase-to-end-of-line: the frame replaces the previous one
        err.print("\r" + frame + "\033[K");
        err.flush();
    }

    private static double smooth(double previous, double current) {
        return previous == 0 ? current : previous + SMOOTHING * (current - previous);
    }

    /**
     * Stops the redraws and leaves the last frame (averages over the whole replay) on its own line. Once only: the
     * run closes the bar before it prints anything else.
     */
    /** Ends {@code bar} if there is one; an interrupt while it ends is kept for the caller's thread. */
    static void end(ProgressBar bar) {
        if (bar == null) {
            return;
        }
        try {
            bar.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        thread.interrupt();
        thread.join();
        terminal.close();
        if (progress.started()) {
            draw(true);
            err.println();
        }
    }
}
