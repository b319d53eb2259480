package io.straceflow.cli;

import io.straceflow.testing.TraceDate;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real straceflow command line in its own JVM (the test classpath), as a user would: with
 * real strace, real programs, real signals and exit codes.
 */
final class Straceflow {
    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    final Process process;
    final Path stdout;
    final Path stderr;

    private Straceflow(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static Straceflow start(Path work, List<String> args) throws IOException {
        return start(work, args, Map.of(), null);
    }

    static Straceflow start(Path work, List<String> args, Map<String, String> env, Path stdin) throws IOException {
        return startCommand(work, command(List.of(), args), env, stdin);
    }

    /** The JVM started through {@code prefix}: {@code setpriv ...} (other privileges), {@code prlimit ...} (limits). */
    static Straceflow start(Path work, List<String> prefix, List<String> args, Map<String, String> env, Path stdin)
            throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(command(List.of(), args));
        return startCommand(work, cmd, env, stdin);
    }

    /** The java command that runs straceflow with {@code jvmOptions} (e.g. -Djava.io.tmpdir=DIR) and {@code args}. */
    static List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xmx256m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), StraceflowCli.class.getName()));
        cmd.addAll(args);
        return cmd;
    }

    /** Starts {@code cmd}, straceflow's {@link #command} or a command that runs it (setpriv ... java ...). */
    static Straceflow startCommand(Path work, List<String> cmd, Map<String, String> env, Path stdin)
            throws IOException {
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.redirectInput(
                stdin == null
                        ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.from(stdin.toFile()));
        pb.environment().putAll(env);
        return new Straceflow(pb.start(), out, err);
    }

    /**
     * A live run of {@code command} into {@code work/live} and a replay of its syscalls.log into {@code work/replay},
     * both read on the test traces' one date (or they differ by days), both exiting 0.
     */
    static void liveAndReplay(Path work, List<String> runOptions, String... command) throws Exception {
        List<String> run = new ArrayList<>(List.of("run", "-q", "--date", TraceDate.OPTION));
        run.addAll(runOptions);
        run.addAll(List.of("-o", "live", "--"));
        run.addAll(List.of(command));
        Result live = start(work, run).await();
        org.assertj.core.api.Assertions.assertThat(live.exitCode())
                .as(live.stderr())
                .isZero();
        Result replay = run(work, "replay", "-q", "--date", TraceDate.OPTION, "-o", "replay", "live/syscalls.log");
        org.assertj.core.api.Assertions.assertThat(replay.exitCode())
                .as(replay.stderr())
                .isZero();
    }

    /** The command line run in this JVM ({@link StraceflowCli#commandLine()}), its output captured. */
    static Result inProcess(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = StraceflowCli.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(err));
        int rc = cl.execute(args);
        return new Result(rc, out.toString(), err.toString());
    }

    /** Runs to completion (bounded) and returns the exit code. */
    static Result run(Path work, String... args) throws Exception {
        return start(work, List.of(args)).await();
    }

    Result await() throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("straceflow did not finish in 120 s; stderr: " + Files.readString(stderr));
        }
        return new Result(
                process.exitValue(),
                Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String stdout, String stderr) {}
}
