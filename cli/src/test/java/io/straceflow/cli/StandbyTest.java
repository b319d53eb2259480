package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standby JVM (STRACEFLOW_STANDBY=1): the real launcher script, real strace and real programs; the launcher's
 * {@code java -jar} runs this build's classes (a stand-in java on PATH swaps the jar for the test class path, as
 * LauncherCdsTest does). A run served by the standby JVM is told apart from a run in a JVM of its own by the standby
 * JVM: it serves one run and exits, where a JVM of its own leaves it waiting.
 */
class StandbyTest {
    private static final Duration WARM_UP = Duration.ofSeconds(120);

    @TempDir
    Path home;

    private Path standbyDir;
    private Path work;

    @BeforeEach
    void launcher() throws IOException {
        Files.createDirectories(home.resolve("target/lib"));
        Files.copy(Repo.file("straceflow"), home.resolve("straceflow"));
        Files.createFile(home.resolve("target/straceflow.jar")); // present: the launcher builds nothing
        Files.createDirectories(home.resolve("scripts"));
        Files.copy(Repo.file("scripts/cds-training.strace"), home.resolve("scripts/cds-training.strace"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/bash
                # stands in for java: runs this build's classes where the launcher says -jar JAR
                a=()
                while [ $# -gt 0 ]; do
                  if [ "$1" = -jar ]; then a+=(-cp "$TEST_CLASSPATH" io.straceflow.cli.StraceflowCli); shift 2; continue; fi
                  a+=("$1"); shift
                done
                exec "$REAL_JAVA" "${a[@]}"
                """);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        standbyDir = home.resolve("standby");
        work = Files.createDirectories(home.resolve("work"));
    }

    /**
     * Ends every standby JVM of this test, including one that a launcher is still about to start (after a run in a JVM
     * of its own, a waiter starts it once that JVM ended): until no process of this test's launcher is left.
     */
    @AfterEach
    void noStandbyLeft() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Long> ours = Processes.withCmdline(home.toString());
            for (long pid : Processes.withCmdline("-Dstraceflow.standby=" + standbyDir)) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            return ours.isEmpty();
        });
    }

    @Test
    void aWarmJvmServesTheNextRunWithTheProgramsOutputAndExitCode() throws Exception {
        Launch first = launch(work, "run", "-q", "-o", "first", "--", "true");
        assertThat(first.exitCode).as(first.stderr).isZero();
        long standby = readyStandby();

        Launch second = launch(
                work, "run", "-q", "-o", "second", "--", "sh", "-c", "echo to-stdout; echo to-stderr >&2; exit 3");

        assertThat(second.exitCode).as(second.stderr).isEqualTo(3);
        assertThat(second.stdout).isEqualTo("to-stdout\n");
        assertThat(second.stderr).isEqualTo("to-stderr\n");
        awaitGone(standby); // it served the run: a run in a JVM of its own would have left it waiting
        String events = Files.readString(work.resolve("second/events.jsonl"));
        assertThat(events).contains("\"syscall\":\"execve\"").contains("to-stderr");
        Straceflow.Result verify =
                Straceflow.inProcess("verify", work.resolve("second").toString());
        assertThat(verify.exitCode()).as(verify.stdout() + verify.stderr()).isZero();
        readyStandby(); // and the launcher started the next one
    }

    @Test
    void anotherDirectoryGetsAJvmOfItsOwnAndTheStandbyMovesThere() throws Exception {
        assertThat(launch(work, "run", "-q", "-o", "first", "--", "true").exitCode)
                .isZero();
        long standby = readyStandby();
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));

        Launch there = launch(elsewhere, "run", "-q", "-o", "out", "--", "true");

        assertThat(there.exitCode).as(there.stderr).isZero();
        assertThat(elsewhere.resolve("out/events.jsonl")).exists(); // relative to where the run was asked for
        assertThat(work.resolve("out")).doesNotExist();
        awaitGone(standby); // it declined the run and exited
        long next = readyStandby();
        assertThat(Files.readSymbolicLink(Path.of("/proc/" + next + "/cwd"))).isEqualTo(elsewhere.toRealPath());
    }

    @Test
    void aKilledLauncherLeavesNoProgramRunning() throws Exception {
        assertThat(launch(work, "run", "-q", "-o", "first", "--", "true").exitCode)
                .isZero();
        long standby = readyStandby();
        String marker = "300.0" + ProcessHandle.current().pid(); // a sleep no other test starts
        Process launcher = start(work, "run", "-q", "--grace", "1", "-o", "killed", "--", "sleep", marker);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !Processes.withCmdline("sleep " + marker).isEmpty());

        launcher.destroyForcibly(); // SIGKILL: the launcher relays nothing, its end is all the JVM learns
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> Processes.withCmdline("sleep " + marker).isEmpty());
        awaitGone(standby);
        assertThat(Files.readString(work.resolve("killed/events.jsonl"))).contains("\"syscall\":\"execve\"");
    }

    @Test
    void aSignalToTheLauncherStopsTheRunAsItWouldStopAJvm() throws Exception {
        assertThat(launch(work, "run", "-q", "-o", "first", "--", "true").exitCode)
                .isZero();
        readyStandby();
        String marker = "301.0" + ProcessHandle.current().pid();
        Process launcher = start(work, "run", "-q", "-o", "stopped", "--", "sleep", marker);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !Processes.withCmdline("sleep " + marker).isEmpty());

        new ProcessBuilder("kill", "-TERM", Long.toString(launcher.pid()))
                .start()
                .waitFor();

        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(143);
        assertThat(Processes.withCmdline("sleep " + marker)).isEmpty();
        Straceflow.Result verify =
                Straceflow.inProcess("verify", work.resolve("stopped").toString());
        assertThat(verify.exitCode()).as(verify.stdout() + verify.stderr()).isZero();
    }

    @Test
    void runsInATerminalThatClosesAfterThemStillLeaveAStandbyForTheNext() throws Exception {
        // script(1) gives the launcher a terminal of its own and closes it when the launcher ends, which sends SIGHUP
        // to what the launcher had just started (the standby JVM, before it has a session of its own)
        String cold = "'" + home.resolve("straceflow") + "' run -q -o cold -- true";
        assertThat(launchThrough(work, "script", "-qec", cold, "/dev/null").exitCode)
                .isZero();
        long first = readyStandby();

        String served = "'" + home.resolve("straceflow") + "' run -q -o served -- tty";
        Launch inTerminal = launchThrough(work, "script", "-qec", served, "/dev/null");

        assertThat(inTerminal.exitCode).as(inTerminal.stderr).isZero();
        assertThat(inTerminal.stdout).startsWith("/dev/pts/"); // the program has the launcher's terminal
        awaitGone(first);
        readyStandby();
    }

    @Test
    void aRunWithAClosedStreamGetsAJvmOfItsOwn() throws Exception {
        assertThat(launch(work, "run", "-q", "-o", "first", "--", "true").exitCode)
                .isZero();
        long standby = readyStandby();

        // stderr closed: the kernel fills the slot with the launcher script (read-only), which a program must not get
        String closed = "exec 2>&-; exec '" + home.resolve("straceflow")
                + "' run -q -o closed -- sh -c 'readlink /proc/self/fd/2'";
        Launch run = launchThrough(work, "sh", "-c", closed);

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).isEqualTo("/dev/null\n"); // as a JVM of its own gives it (InheritedStdio)
        assertThat(Processes.alive(standby)).as("the standby JVM was not asked").isTrue();
    }

    @Test
    void aRunWithAnotherUmaskGetsAJvmOfItsOwn() throws Exception {
        assertThat(launch(work, "run", "-q", "-o", "first", "--", "true").exitCode)
                .isZero();
        long standby = readyStandby(); // made under the test's umask (022 or so)

        String strict = "umask 077; exec '" + home.resolve("straceflow") + "' run -q -o strict -- true";
        Launch run = launchThrough(work, "sh", "-c", strict);

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(Files.readString(standbyDir.resolve("declined"))).isEqualTo("another umask\n");
        awaitGone(standby);
        assertThat(Files.getPosixFilePermissions(work.resolve("strict/events.jsonl")))
                .containsOnly(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    /** Waits for a standby JVM to be ready and returns its pid. */
    private long readyStandby() throws IOException {
        Path ready = standbyDir.resolve("ready");
        await().atMost(WARM_UP).pollInterval(Duration.ofMillis(100)).until(() -> Files.exists(ready));
        try (Stream<Path> files = Files.list(standbyDir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("standby.") && Files.isSameFile(f, ready)) {
                    return Long.parseLong(name.substring("standby.".length()));
                }
            }
        }
        throw new AssertionError("ready is no standby JVM's FIFO: " + standbyDir);
    }

    private static void awaitGone(long pid) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !Processes.alive(pid));
    }

    private record Launch(int exitCode, String stdout, String stderr) {}

    /** Runs the launcher with {@code args} to its end. */
    private Launch launch(Path dir, String... args) throws Exception {
        return finish(dir, start(dir, args));
    }

    /** Runs {@code command}, which starts the launcher (script, sh), to its end. */
    private Launch launchThrough(Path dir, String... command) throws Exception {
        return finish(dir, startCommand(dir, List.of(command)));
    }

    private static Launch finish(Path dir, Process p) throws Exception {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 120 s");
        }
        return new Launch(
                p.exitValue(),
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("launcher.err")));
    }

    /** Starts the launcher with {@code args}. */
    private Process start(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("straceflow").toString()));
        cmd.addAll(List.of(args));
        return startCommand(dir, cmd);
    }

    /** Starts {@code cmd} with the test's environment: the stand-in java first on PATH, the standby JVM on. */
    private Process startCommand(Path dir, List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(dir.resolve("launcher.err").toFile());
        Map<String, String> env = pb.environment();
        env.put("PATH", home.resolve("bin") + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("REAL_JAVA", Straceflow.JAVA);
        env.put("TEST_CLASSPATH", System.getProperty("java.class.path"));
        env.put("STRACEFLOW_STANDBY", "1");
        env.put("STRACEFLOW_STANDBY_DIR", standbyDir.toString());
        env.put("STRACEFLOW_CDS", "0");
        env.put("STRACEFLOW_JAVA_OPTS", "-Xmx256m");
        return pb.start();
    }
}
