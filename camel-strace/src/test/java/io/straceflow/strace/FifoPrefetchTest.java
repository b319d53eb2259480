package io.straceflow.strace;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FifoPrefetchTest {
    @TempDir
    Path dir;

    @Test
    void whatIsReadAheadAndTheRestArriveWholeAndInOrder() throws Exception {
        Path fifo = fifo();
        byte[] data = new byte[3 << 20];
        new Random(11).nextBytes(data);
        AtomicBoolean opened = new AtomicBoolean();
        FifoPrefetch prefetch = new FifoPrefetch(fifo, () -> opened.set(true), 256 << 10);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(fifo, data));
        // the writer is held by the bound: the prefetch stops at 256 KiB and the pipe fills
        await().atMost(Duration.ofSeconds(30)).until(() -> prefetch.buffered() >= 256 << 10);
        assertTrue(opened.get());
        // one read past the bound at most (64 KiB): the rest waits in the writer
        assertTrue(prefetch.buffered() <= (256 << 10) + (64 << 10), "read ahead: " + prefetch.buffered());
        byte[] read;
        try (InputStream in = prefetch.handOver()) {
            read = in.readAllBytes();
        }
        writer.get();
        assertEquals(data.length, read.length);
        assertArrayEquals(data, read);
    }

    @Test
    void aWriterThatFinishedBeforeTheHandOverIsReadToTheEnd() throws Exception {
        Path fifo = fifo();
        byte[] data = "1 execve(\"/bin/true\", [\"true\"], 0x7ffd /* 1 var */) = 0\n"
                .repeat(500)
                .getBytes();
        FifoPrefetch prefetch = new FifoPrefetch(fifo, () -> {});
        write(fifo, data); // returns once every byte is in the pipe or read ahead
        await().atMost(Duration.ofSeconds(30)).until(() -> prefetch.buffered() == data.length);
        try (InputStream in = prefetch.handOver()) {
            assertArrayEquals(data, in.readAllBytes());
        }
    }

    private Path fifo() throws Exception {
        Path fifo = dir.resolve("t.fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        return fifo;
    }

    private static void write(Path fifo, byte[] data) {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            out.write(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
