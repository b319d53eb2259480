package io.straceflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The width of the terminal that stderr writes to: {@code COLUMNS} when the environment sets it, else what {@code
 * stty size} says of that terminal (Java cannot ask the kernel itself), measured again after every resize (SIGWINCH),
 * else 80.
 */
final class Terminal implements AutoCloseable {
    static final int DEFAULT_COLUMNS = 80;

    private final String env;
    private final Path device;
    private volatile int columns;
    private SignalHandler previous;

    private Terminal(String env, Path device) {
        this.env = env;
        this.device = device;
        this.columns = measure();
    }

    /** The terminal of stderr, followed through resizes until closed. */
    static Terminal ofStderr() {
        Terminal t = new Terminal(System.getenv("COLUMNS"), stderrDevice());
        try {
            t.previous = Signal.handle(new Signal("WINCH"), s -> t.columns = t.measure());
        } catch (IllegalArgumentException e) {
            // no SIGWINCH in this JVM: the width measured at the start stays
        }
        return t;
    }

    /** The terminal device stderr writes to (/dev/pts/N, /dev/ttyN), or null when it is not a terminal. */
    static Path stderrDevice() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty") ? target : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    int columns() {
        return columns;
    }

    private int measure() {
        Integer fromEnv = positive(env);
        if (fromEnv != null) {
            return fromEnv;
        }
        Integer fromStty = device == null ? null : sttyColumns(device);
        return fromStty != null ? fromStty : DEFAULT_COLUMNS;
    }

    /** The columns of {@code "ROWS COLS"} as stty size prints them; null for none (0: a terminal without a size). */
    static Integer columnsOfSttySize(String out) {
        String[] f = out.strip().split("\\s+");
        return f.length == 2 ? positive(f[1]) : null;
    }

    private static Integer sttyColumns(Path device) {
        try {
            Process p = new ProcessBuilder("stty", "size")
                    .redirectInput(device.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
                return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0 ? columnsOfSttySize(out) : null;
            } finally {
                p.destroy();
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer positive(String s) {
        if (s == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(s.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Gives SIGWINCH back to its previous handler. */
    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(new Signal("WINCH"), previous);
        }
    }
}
