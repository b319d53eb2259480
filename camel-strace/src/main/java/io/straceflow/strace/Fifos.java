package io.straceflow.strace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Named pipes, owner-only, made by mkfifo(1): Java 17 has no call that makes one. */
public final class Fifos {
    private Fifos() {}

    /** Makes every one of {@code fifos} (mode 0600), in one mkfifo process. */
    public static void make(Path... fifos) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("mkfifo", "-m", "600"));
        for (Path f : fifos) {
            cmd.add(f.toString());
        }
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making a FIFO", e);
        }
    }
}
