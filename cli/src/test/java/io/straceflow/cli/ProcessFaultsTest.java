package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around the processes of a trace (issue 18): straceflow itself killed, signals that must reach every traced
 * process, an attach the kernel refuses, SIGINT in a script, closed stdout and stderr. Real JVMs, real strace, real
 * signals. Each test checks the exit code, a short stderr that names the cause, that nothing is left running, that the
 * user's files are untouched, that what was traced is on disk, and what verify says.
 */
class ProcessFaultsTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    Path work;

    /** Item 2: kill -9 of straceflow; the program it started must not run on, nor its FIFO directory stay. */
    @Test
    void killMinus9OfStraceflowKillsTheTracedProgramAndRemovesItsFifo() throws Exception {
        Path tmp = Files.createDirectory(work.resolve("tmp"));
        Path notes = Files.writeString(work.resolve("notes.txt"), "mine");
        Path lookAlike = Files.createDirectories(tmp.resolve("straceflow-1-1-1"));
        Files.writeString(lookAlike.resolve("mine.txt"), "mine");
        String marker = "3600.201";
        // one sleep leaves strace's process group (setsid): the kill must reach it anyway
        Straceflow sf = start(
                tmp, "run", "-o", "out", "--", "sh", "-c", "setsid sleep " + marker + " & sleep " + marker + "; wait");
        Path log = work.resolve("out/syscalls.log");
        awaitExecs(log, "/usr/bin/sleep", 2);
        List<Long> run = Processes.withCmdline(marker); // strace, sh and both sleeps
        try {
            assertThat(run).hasSizeGreaterThanOrEqualTo(4);
            Path fifoDir = fifoDirOf(tmp, lookAlike);

            sf.process.destroyForcibly(); // SIGKILL: no code of straceflow runs
            var r = sf.await();

            assertThat(r.exitCode()).isEqualTo(137);
            await().atMost(LONG).until(() -> run.stream().noneMatch(Processes::alive) && !Files.exists(fifoDir));
            await().atMost(LONG).until(() -> Files.readString(sf.stderr).contains("stopped the traced program"));
            assertThat(Files.readAllLines(sf.stderr)).hasSize(1);
            assertThat(countOf(Files.readString(log), "execve(\"/usr/bin/sleep\""))
                    .isEqualTo(2);
            var verify = Straceflow.run(work, "verify", "out");
            assertThat(verify.exitCode()).as(verify.stdout() + verify.stderr()).isEqualTo(3); // unsealed: writer killed
            assertThat(Files.readString(notes)).isEqualTo("mine");
            assertThat(Files.readString(lookAlike.resolve("mine.txt"))).isEqualTo("mine");
        } finally {
            killLeftOvers(run);
        }
    }

    /** Item 2: attach survives kill -9 of straceflow: the process is detached and keeps running. */
    @Test
    void killMinus9OfAnAttachDetachesAndLeavesTheProcessRunning() throws Exception {
        Path tmp = Files.createDirectory(work.resolve("tmp"));
        Process target = new ProcessBuilder("sh", "-c", "while true; do sleep 0.05; done").start();
        Straceflow sf = start(tmp, "attach", "-o", "out", Long.toString(target.pid()));
        try {
            Path log = work.resolve("out/syscalls.log");
            await().atMost(LONG)
                    .until(() -> Files.exists(log) && Files.readString(log).contains("wait4"));
            Path fifoDir = fifoDirOf(tmp);
            List<Long> straceAndGuard = Processes.withCmdline(fifoDir.toString());
            assertThat(straceAndGuard).isNotEmpty();

            sf.process.destroyForcibly();
            assertThat(sf.await().exitCode()).isEqualTo(137);

            await().atMost(LONG)
                    .until(() -> straceAndGuard.stream().noneMatch(Processes::alive) && !Files.exists(fifoDir));
            assertThat(target.isAlive()).isTrue();
            assertThat(Files.readString(Path.of("/proc", Long.toString(target.pid()), "status")))
                    .containsPattern("TracerPid:\\s+0\n");
            assertThat(Files.readString(sf.stderr)).contains("detached from the traced processes");
            assertThat(Straceflow.run(work, "verify", "out").exitCode()).isEqualTo(3);
        } finally {
            target.destroyForcibly();
            sf.process.destroyForcibly();
        }
    }

    /**
     * Item 2: the FIFO directories of runs that are gone (straceflow and its guard both killed) are removed when the
     * next run starts; a running run's, a reused pid's look-alike with other files, and the user's files are not.
     */
    @Test
    void aNewRunRemovesTheFifoDirectoriesOfDeadRunsOnly() throws Exception {
        Path tmp = Files.createDirectory(work.resolve("tmp"));
        long me = ProcessHandle.current().pid();
        long myStart = startTicks(me);
        Path dead = fifoDirWithFifo(tmp, "straceflow-" + me + "-" + (myStart + 1) + "-1"); // pid reused: not its run
        Path running = fifoDirWithFifo(tmp, "straceflow-" + me + "-" + myStart + "-2");
        Path notOnlyAFifo = fifoDirWithFifo(tmp, "straceflow-" + me + "-" + (myStart + 1) + "-3");
        Files.writeString(notOnlyAFifo.resolve("mine.txt"), "mine");
        Path usersFile = Files.writeString(tmp.resolve("straceflow-notes.txt"), "mine");

        var r = Straceflow.startCommand(
                        work,
                        Straceflow.command(
                                List.of("-Djava.io.tmpdir=" + tmp), List.of("run", "-q", "-o", "out", "--", "true")),
                        Map.of(),
                        null)
                .await();

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(dead).doesNotExist();
        assertThat(running.resolve("trace.fifo")).exists();
        assertThat(notOnlyAFifo.resolve("trace.fifo")).exists();
        assertThat(Files.readString(notOnlyAFifo.resolve("mine.txt"))).isEqualTo("mine");
        assertThat(Files.readString(usersFile)).isEqualTo("mine");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).hasSize(3); // the run's own directory is gone too
        }
        assertThat(Straceflow.run(work, "verify", "out").exitCode()).isZero();
    }

    /**
     * Item 3: SIGTERM reaches every process of the run, a child that left strace's process group (setsid) and ignores
     * SIGTERM included: it gets SIGKILL after the grace period.
     */
    @Test
    void sigtermReachesAChildThatLeftTheProcessGroup() throws Exception {
        SetsidRun run = startSetsidTree("3600.301");
        try {
            run.straceflow().process.destroy(); // SIGTERM
            var r = run.straceflow().await();

            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(143);
            assertStoppedBySignal(r, run.pids(), 15);
        } finally {
            killLeftOvers(run.pids());
        }
    }

    /** Item 3: SIGHUP (the terminal was closed) is handled like SIGTERM: every traced process stopped, exit 129. */
    @Test
    void sighupStopsTheRunLikeSigtermWithExit129() throws Exception {
        SetsidRun run = startSetsidTree("3600.311");
        try {
            Process kill = new ProcessBuilder(
                            "kill",
                            "-HUP",
                            Long.toString(run.straceflow().process.pid()))
                    .start();
            assertThat(kill.waitFor()).isZero();
            var r = run.straceflow().await();

            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(129);
            assertStoppedBySignal(r, run.pids(), 1);
        } finally {
            killLeftOvers(run.pids());
        }
    }

    /**
     * Item 11: an attach the kernel refuses exits 77 (not 1, verify's "tampered") with one line naming the cause, and
     * keeps nothing: the directory it made is removed, a directory that was there is left as it was. Two refusals: a
     * process another tracer holds, and another user's process without CAP_SYS_PTRACE.
     */
    @Test
    void aRefusedAttachExits77AndKeepsNothing() throws Exception {
        Path notes = Files.writeString(work.resolve("notes.txt"), "mine");
        Process held = new ProcessBuilder("sleep", "3600.111").start();
        Process tracer = new ProcessBuilder("strace", "-o", "/dev/null", "-p", Long.toString(held.pid())).start();
        Process othersProcess = new ProcessBuilder(
                        "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "3600.112")
                .start();
        try {
            await().atMost(LONG).until(() -> tracerOf(held.pid()) == tracer.pid());
            var r = Straceflow.run(work, "attach", "-o", "out", Long.toString(held.pid()));

            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.NO_PERMISSION);
            assertThat(r.stderr().lines())
                    .singleElement()
                    .asString()
                    .matches("straceflow: cannot attach to " + held.pid()
                            + ": Operation not permitted; it is already traced by pid " + tracer.pid()
                            + " \\(.*strace\\)");
            assertThat(work.resolve("out")).doesNotExist();
            assertThat(Straceflow.run(work, "verify", "out").stderr()).contains("out is not a directory");
            assertThat(tracerOf(held.pid())).isEqualTo(tracer.pid()); // the other tracer's trace goes on

            Path existing = Files.createDirectory(work.resolve("existing"));
            List<String> withoutPtraceCapability =
                    new ArrayList<>(List.of("setpriv", "--bounding-set=-sys_ptrace", "--inh-caps=-sys_ptrace"));
            withoutPtraceCapability.addAll(Straceflow.command(
                    List.of(), List.of("attach", "-o", "existing", Long.toString(othersProcess.pid()))));
            var r2 = Straceflow.startCommand(work, withoutPtraceCapability, Map.of(), null)
                    .await();

            assertThat(r2.exitCode()).as(r2.stderr()).isEqualTo(ExitCodes.NO_PERMISSION);
            assertThat(r2.stderr().lines())
                    .containsExactly("straceflow: cannot attach to " + othersProcess.pid()
                            + ": Operation not permitted; tracing another user's process needs root or"
                            + " CAP_SYS_PTRACE (see also /proc/sys/kernel/yama/ptrace_scope)");
            try (Stream<Path> left = Files.list(existing)) {
                assertThat(left).isEmpty();
            }
            assertThat(Processes.withCmdline("trace.fifo -p ")).isEmpty(); // no strace of ours is left
            assertThat(held.isAlive()).isTrue();
            assertThat(othersProcess.isAlive()).isTrue();
            assertThat(Files.readString(notes)).isEqualTo("mine");
        } finally {
            tracer.destroyForcibly();
            held.destroyForcibly();
            othersProcess.destroyForcibly();
        }
    }

    private static long tracerOf(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith("TracerPid:"))
                .mapToLong(
                        l -> Long.parseLong(l.substring("TracerPid:".length()).strip()))
                .findFirst()
                .orElse(0);
    }

    /**
     * Item 13: `straceflow run ... & kill -INT $!` in a script stops the run like Ctrl+C (exit 130). A shell starts a
     * script's background jobs with SIGINT ignored, and the JVM keeps it so: the launcher restores it.
     */
    @Test
    void sigintStopsARunStartedInTheBackgroundOfAScript() throws Exception {
        ProcessBuilder pb =
                viaLauncher("\"$1\" run -o out -- sleep 3600.131 2>err.txt &\necho $! > pid\nwait $!\necho $? > rc\n");
        pb.environment().put("STRACEFLOW_CDS", "0");
        Process sh = pb.start();
        List<Long> run = List.of();
        try {
            awaitExecs(work.resolve("out/syscalls.log"), "/usr/bin/sleep", 1);
            run = Processes.withCmdline("3600.131");
            long pid = Long.parseLong(Files.readString(work.resolve("pid")).strip());
            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(pid))
                            .start()
                            .waitFor())
                    .isZero();

            await().atMost(LONG)
                    .until(() -> Files.exists(work.resolve("rc"))
                            && !Files.readString(work.resolve("rc")).isBlank());
            assertThat(Files.readString(work.resolve("rc")).strip()).isEqualTo("130");
            assertThat(sh.waitFor()).isZero();
            List<Long> traced = run;
            await().atMost(LONG).until(() -> traced.stream().noneMatch(Processes::alive));
            List<String> err = Files.readAllLines(work.resolve("err.txt"));
            assertThat(err.get(err.size() - 1)).contains("stopped by signal 2");
            assertThat(Files.readString(work.resolve("out/syscalls.log"))).contains("+++ killed by SIGTERM +++");
            assertThat(Files.readString(work.resolve("out/run.json"))).contains("\"status\" : \"interrupted\"");
            assertThat(Straceflow.run(work, "verify", "out").exitCode()).isZero();
        } finally {
            sh.destroyForcibly();
            killLeftOvers(run);
        }
    }

    /**
     * Item 15: straceflow started with stdin, stdout and stderr closed. The JVM's own files (its modules image, the
     * jar) take the free slots at start; the traced program must get what straceflow was given, /dev/null here, never
     * one of those.
     */
    @Test
    void closedStdinStdoutAndStderrReachTheProgramAsDevNull() throws Exception {
        List<String> closed = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" <&- >&- 2>&-", "sh"));
        closed.addAll(Straceflow.command(
                List.of(), List.of("run", "-o", "out", "--", "sh", "-c", "cat; echo out; echo err 3600.151 >&2")));
        var r = Straceflow.startCommand(work, closed, Map.of(), null).await();

        assertThat(r.exitCode()).isZero(); // was 1: cat could not write its stdout (lib/modules, read-only)
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEmpty(); // closed: straceflow had nowhere to write
        String trace = Files.readString(work.resolve("out/syscalls.log"));
        assertThat(trace)
                .contains("read(0</dev/null<char 1:3>>, \"\", ")
                .contains("write(1</dev/null<char 1:3>>, \"out\\n\", 4) = 4")
                .contains("dup2(2</dev/null<char 1:3>>, 1") // echo ... >&2
                .contains("\"err 3600.151\\n\", 13) = 13")
                .doesNotContain("EBADF")
                .doesNotContain("lib/modules>")
                .doesNotContain(".jar>");
        assertThat(Processes.withCmdline("3600.151")).isEmpty();
        var verified = Straceflow.run(work, "verify", "out");
        assertThat(verified.exitCode())
                .as(verified.stdout() + verified.stderr())
                .isZero();

        // the same through the launcher, on its first use after a build (it has a note to print on stderr)
        Process launched = viaLauncher("exec \"$1\" run -o out2 -- sh -c 'cat; echo out' <&- >&- 2>&-")
                .start();
        assertThat(launched.waitFor())
                .as(Files.readString(work.resolve("script.txt")))
                .isZero();
        assertThat(Files.readString(work.resolve("out2/syscalls.log")))
                .contains("read(0</dev/null<char 1:3>>, \"\", ")
                .contains("write(1</dev/null<char 1:3>>, \"out\\n\", 4) = 4")
                .doesNotContain("EBADF");
    }

    /**
     * Runs {@code script} with sh, its $1 the real launcher script, copied aside so that it neither builds nor needs
     * the jar: a stand-in java on PATH runs straceflow from the test classpath in its place (same pid, same signal
     * dispositions and file descriptors).
     */
    private ProcessBuilder viaLauncher(String script) throws IOException {
        Path home = work.resolve("launcher");
        if (!Files.exists(home)) {
            Files.createDirectories(home.resolve("target/lib"));
            Files.copy(Repo.file("straceflow"), home.resolve("straceflow"));
            Files.createFile(home.resolve("target/straceflow.jar")); // only its date counts to the launcher
            Path java = Files.createDirectory(home.resolve("bin")).resolve("java");
            Files.writeString(
                    java,
                    "#!/bin/sh\n# stands in for java: straceflow from the test classpath instead of the jar\n"
                            + "while [ \"$1\" != -jar ]; do shift; done; shift 2\n"
                            + "exec " + String.join(" ", Straceflow.command(List.of(), List.of())) + " \"$@\"\n");
            assertThat(java.toFile().setExecutable(true)).isTrue();
        }
        ProcessBuilder pb = new ProcessBuilder(
                        "sh", "-c", script, "sh", home.resolve("straceflow").toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("script.txt").toFile());
        pb.environment().put("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        return pb;
    }

    private record SetsidRun(Straceflow straceflow, List<Long> pids) {}

    /**
     * Starts {@code run --grace 2} of a shell whose child leaves the process group (setsid) and ignores SIGTERM (the
     * issue's reproduction); returns it and the run's processes once both sleeps run.
     */
    private SetsidRun startSetsidTree(String marker) throws Exception {
        Files.writeString(work.resolve("notes.txt"), "mine");
        Straceflow sf = Straceflow.start(
                work,
                List.of(
                        "run",
                        "--grace",
                        "2",
                        "-o",
                        "out",
                        "--",
                        "sh",
                        "-c",
                        "setsid sh -c 'trap \"\" TERM; sleep " + marker + "' & sleep " + marker + "2"));
        awaitExecs(work.resolve("out/syscalls.log"), "/usr/bin/sleep", 2);
        List<Long> pids = Processes.withCmdline(marker); // strace, both shells and both sleeps
        assertThat(pids).hasSizeGreaterThanOrEqualTo(4);
        return new SetsidRun(sf, pids);
    }

    private void assertStoppedBySignal(Straceflow.Result r, List<Long> run, int signal) throws Exception {
        await().atMost(LONG).until(() -> run.stream().noneMatch(Processes::alive));
        // the run's summary and its last line, which names the signal; no stack trace, no warning
        List<String> err = r.stderr().lines().toList();
        assertThat(err.get(0)).contains("status interrupted");
        assertThat(err.get(err.size() - 1)).contains("stopped by signal " + signal);
        assertThat(err).noneMatch(l -> l.contains("WARN") || l.contains("Exception") || l.startsWith("\tat "));
        String trace = Files.readString(work.resolve("out/syscalls.log"));
        assertThat(trace).contains("+++ killed by SIGTERM +++").contains("+++ killed by SIGKILL +++");
        assertThat(Files.readString(work.resolve("out/run.json"))).contains("\"status\" : \"interrupted\"");
        var verify = Straceflow.run(work, "verify", "out");
        assertThat(verify.exitCode()).as(verify.stdout()).isZero();
        assertThat(Files.readString(work.resolve("notes.txt"))).isEqualTo("mine");
    }

    private Straceflow start(Path tmp, String... args) throws IOException {
        return Straceflow.startCommand(
                work, Straceflow.command(List.of("-Djava.io.tmpdir=" + tmp), List.of(args)), Map.of(), null);
    }

    private static void awaitExecs(Path log, String program, int count) {
        await().atMost(LONG)
                .until(() ->
                        Files.exists(log) && countOf(Files.readString(log), "execve(\"" + program + "\"") >= count);
    }

    /** The FIFO directory of a running straceflow: the one straceflow-* directory in its temporary directory. */
    private static Path fifoDirOf(Path tmp, Path... others) throws IOException {
        List<Path> known = List.of(others);
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> dirs = s.filter(p -> p.getFileName().toString().startsWith("straceflow-"))
                    .filter(p -> !known.contains(p))
                    .toList();
            assertThat(dirs).hasSize(1);
            return dirs.get(0);
        }
    }

    /** After a failed test: nothing of it may run on into the next one. */
    private static void killLeftOvers(List<Long> pids) {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    private static Path fifoDirWithFifo(Path tmp, String name) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(name));
        Process p = new ProcessBuilder("mkfifo", dir.resolve("trace.fifo").toString()).start();
        assertThat(p.waitFor()).isZero();
        return dir;
    }

    /** Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. */
    private static long startTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
    }

    private static int countOf(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
