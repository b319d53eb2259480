package io.straceflow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The committed trace that the route tests replay (src/test/resources/traces/sh-ls-cat.strace, a copy of the launcher's
 * scripts/cds-training.strace): {@code sh -c 'ls -l /etc/ssl; cat /etc/os-release; for i in 1 2; do echo $i > n$i;
 * cat n$i n$i; done; sleep 0.01'} as {@code strace -f -tt -yy -x -o} writes it. Six processes, 19 calls split by
 * another process ({@code <unfinished ...>} and {@code <... resumed>}), signals and exits; 85 180 bytes, more than one
 * 64 KiB read, so it arrives in more than one batch.
 */
public final class FixedTrace {
    /** Lines in the file, each ending in a newline. */
    public static final long LINES = 485;

    /** Events: every line is one, except the 19 {@code <... resumed>} halves, merged into the calls they finish. */
    public static final long EVENTS = LINES - 19;

    /**
     * Actions, with the default window (100 ms) and size cap (1000 calls), as the build before the routes refactor
     * (issue 17) makes them from this trace: a replay closes groups on the trace's own times, so the number is fixed.
     */
    public static final long ACTIONS = 164;

    /** Processes: sh and its five children. */
    public static final long PROCESSES = 6;

    private FixedTrace() {}

    private static Path copy;

    /**
     * The file: on the test class path, or, when that is camel-strace's test-jar (a module built alone against the
     * installed artifact), a copy of it in a temporary file.
     */
    public static synchronized Path file() {
        URL url = FixedTrace.class.getResource("/traces/sh-ls-cat.strace");
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            if (copy == null) {
                Path tmp = Files.createTempFile("sh-ls-cat", ".strace");
                tmp.toFile().deleteOnExit();
                try (InputStream in = url.openStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                copy = tmp;
            }
            return copy;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
