package io.straceflow.strace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Opens the trace FIFO and reads it into memory while the pipeline is still starting, then hands the bytes read and
 * the open FIFO to the reader. Why: Camel starts in ~0.7 s; strace started only after it would leave every run that
 * much longer, and strace started before it but unread would stop the program as soon as the pipe's 64 KiB fill.
 *
 * <p>Bounded: past {@link #LIMIT} bytes it stops reading, the pipe fills and strace (and the program) wait, as they
 * do for a slow pipeline. Nothing is lost or reordered: the hand-over returns the buffered bytes followed by the FIFO.
 * Java cannot interrupt a blocked read on a FIFO, so the prefetch polls {@code available()} (FIONREAD) and never
 * blocks in a read: the hand-over needs only to wait for the current poll.
 */
final class FifoPrefetch {
    static final int LIMIT = 64 << 20;
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final CompletableFuture<InputStream> opened = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private final int limit;
    private volatile boolean handOver;
    private volatile IOException failure;

    /** Starts opening and reading {@code fifo} on a daemon thread; {@code onOpen} runs once the FIFO is open. */
    FifoPrefetch(Path fifo, Runnable onOpen) {
        this(fifo, onOpen, LIMIT);
    }

    FifoPrefetch(Path fifo, Runnable onOpen, int limit) {
        this.limit = limit;
        Thread thread = new Thread(() -> read(fifo, onOpen), "straceflow-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(Path fifo, Runnable onOpen) {
        InputStream in;
        try {
            in = new FileInputStream(fifo.toFile()); // blocks until strace opens the write end (or is unblocked)
        } catch (IOException e) {
            opened.completeExceptionally(e);
            return;
        }
        onOpen.run();
        byte[] chunk = new byte[1 << 16];
        try {
            while (!handOver) {
                int n = buffer.size() < limit ? in.available() : 0;
                if (n > 0) {
                    int r = in.read(chunk, 0, Math.min(n, chunk.length));
                    if (r > 0) {
                        buffer.write(chunk, 0, r);
                    }
                } else {
                    LockSupport.parkNanos(POLL_NANOS);
                }
            }
        } catch (IOException e) {
            failure = e;
        }
        opened.complete(in);
    }

    /** Bytes read ahead so far. */
    int buffered() {
        return buffer.size(); // ByteArrayOutputStream is synchronized
    }

    /** Stops the prefetch and returns what it read followed by the rest of the FIFO. */
    InputStream handOver() throws IOException, InterruptedException {
        handOver = true;
        InputStream fifo;
        try {
            fifo = opened.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        if (failure != null) {
            fifo.close();
            throw failure;
        }
        // nothing read ahead (the pipeline was already up): the FIFO itself, without a stream in front of it
        return buffer.size() == 0
                ? fifo
                : new SequenceInputStream(new ByteArrayInputStream(buffer.toByteArray()), fifo);
    }

    /** The pipeline never started: stop and close the FIFO if it was opened. */
    void abandon() {
        handOver = true;
        opened.thenAccept(in -> {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing more to read from it
            }
        });
    }
}
