package io.straceflow.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test: a real file system that fills up, for the disk-full faults. The tests run as
 * root (here and in CI); a mount that fails fails the test with what mount said, never skips it, or a fault would go
 * untested without anyone noticing. Unmount it in {@code @AfterEach}.
 */
public final class SmallTmpfs implements AutoCloseable {
    private final Path dir;

    private SmallTmpfs(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (mount's syntax: 2m, 64k) on {@code dir}, which is created if missing. */
    public static SmallTmpfs mount(Path dir, String size) throws IOException {
        Files.createDirectories(dir);
        run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", dir.toString()), "mount");
        return new SmallTmpfs(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Takes every free block: writes a file until the disk is full. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler"))) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left on device")) {
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        // lazy: a test that failed with a file still open must not leave the mount behind
        run(List.of("umount", "--lazy", dir.toString()), "umount");
    }

    private static void run(List<String> cmd, String what) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(what + " failed (the fault tests need root to mount a small tmpfs): "
                        + String.join(" ", cmd) + ": " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(what + " interrupted", e);
        }
    }
}
