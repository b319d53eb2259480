package io.straceflow.cli;

import io.straceflow.strace.ReadProgress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The replay's progress on the terminal: one line redrawn in place five times a second from the bytes read
 * ({@link ReadProgress}) and the lines published by the raw stage, ending with a last frame and a newline. Drawn
 * only when stderr is a terminal: a log file or a pipe gets nothing.
 */
final class ProgressBar implements AutoCloseable {
    private static final long FRAME_MILLIS = 200; // at most 5 frames a second: cheap, and still smooth
    private static final double SMOOTHING = 0.3; // weight of the newest frame's rate: about a second of memory

    private final ReadProgress progress;
    private final LongSupplier lines;
    private final PrintStream err;
    private final Thread thread;
    private boolean drawn;
    private long start;
    private long lastNanos;
    private long lastRead;
    private long lastLines;
    private double byteRate;
    private double lineRate;

    private ProgressBar(ReadProgress progress, LongSupplier lines, PrintStream err) {
        this.progress = progress;
        this.lines = lines;
        this.err = err;
        this.thread = new Thread(this::loop, "straceflow-progress");
        thread.setDaemon(true);
    }

    /** A running bar, or null when stderr is not a terminal. */
    static ProgressBar startIfTerminal(ReadProgress progress, LongSupplier lines, PrintStream err) {
        if (!stderrIsTerminal()) {
            return null;
        }
        ProgressBar bar = new ProgressBar(progress, lines, err);
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
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (progress.started()) {
                    draw(false);
                }
                Thread.sleep(FRAME_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw(boolean done) {
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
        // \r and erase-to-end-of-line: the frame replaces the previous one
        err.print("\r" + ProgressLine.format(read, progress.total(), shownBytes, shownLines, elapsed, done) + "\033[K");
        err.flush();
    }

    private static double smooth(double previous, double current) {
        return previous == 0 ? current : previous + SMOOTHING * (current - previous);
    }

    /** Stops the redraws and leaves the last frame (averages over the whole replay) on its own line. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
        if (progress.started()) {
            draw(true);
            err.println();
        }
    }
}
