package io.straceflow.strace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real trace for tests: a command run under strace with the pipeline's output flags, written with -o. */
public final class RecordedTrace {
    /** The flags that shape strace's output as straceflow runs it (without -q, as saved traces often are). */
    public static final List<String> FLAGS = List.of("-f", "-tt", "-yy", "-v", "-x", "-s", "1000");

    private RecordedTrace() {}

    /** Traces {@code command} into {@code out}, its output discarded; asserts that it ran and exited 0. */
    public static Path record(Path out, String... command) throws IOException, InterruptedException {
        return record(out, ProcessBuilder.Redirect.DISCARD, command);
    }

    /** The same with the program's stdout sent to {@code stdout}; strace's stderr is kept next to the trace. */
    public static Path record(Path out, ProcessBuilder.Redirect stdout, String... command)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("strace"));
        cmd.addAll(FLAGS);
        cmd.addAll(List.of("-o", out.toString(), "--"));
        cmd.addAll(List.of(command));
        Path stderr = out.resolveSibling(out.getFileName() + ".stderr");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(stdout)
                .redirectError(stderr.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(stderr)).isZero();
        return out;
    }
}
