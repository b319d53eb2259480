package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.testing.Programs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `straceflow run` with real strace on real programs. */
class RunCommandTest {
    @TempDir
    Path work;

    static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static Set<String> pids(List<String> lines) {
        return lines.stream().map(l -> l.split("\\s+", 2)[0]).collect(Collectors.toSet());
    }

    @Test
    void shellPipelineWithChildren() throws Exception {
        var r = Straceflow.run(work, "run", "-o", "out", "--", "sh", "-c", "seq 1 1000 | sort -rn | head -1");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("1000\n"); // the program keeps the user's stdout
        List<String> trace = lines(work.resolve("out/syscalls.log"));
        String execSort = "execve(\"" + Programs.which("sort") + "\"";
        assertThat(trace).anyMatch(l -> l.contains(execSort));
        assertThat(pids(trace)).hasSizeGreaterThanOrEqualTo(4); // sh, seq, sort, head
        assertThat(trace).allMatch(l -> l.matches("^\\d+ +\\d\\d:\\d\\d:\\d\\d\\.\\d{6} .*"));
        assertThat(Files.readString(work.resolve("out/run.json"))).contains("\"status\" : \"complete\"");
    }

    @Test
    void outputFilesAreOwnerOnly() throws Exception {
        var r = Straceflow.run(work, "run", "-q", "-o", "out", "--", "true");
        assertThat(r.exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("out"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("out/syscalls.log"))))
                .isEqualTo("rw-------");
        assertThat(r.stderr()).isEmpty(); // -q
    }

    @Test
    void multiThreadedProgram() throws Exception {
        String py = "import threading\n"
                + "def work(): open('/dev/null').read()\n"
                + "ts = [threading.Thread(target=work) for _ in range(4)]\n"
                + "[t.start() for t in ts]; [t.join() for t in ts]\n";
        var r = Straceflow.run(work, "run", "-o", "out", "--", "python3", "-c", py);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> trace = lines(work.resolve("out/syscalls.log"));
        assertThat(trace.stream().filter(l -> l.contains("CLONE_THREAD")).count())
                .isGreaterThanOrEqualTo(4);
        assertThat(pids(trace)).hasSizeGreaterThanOrEqualTo(5);
    }

    /** --cpus: strace and the program run on that CPU alone; run.json says so. */
    @Test
    void cpusKeepStraceAndTheProgramOnThem() throws Exception {
        // the last CPU this JVM may use: any machine running the tests has it
        String allowed = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Cpus_allowed_list:"))
                .findFirst()
                .orElseThrow()
                .replaceAll(".*[-,:\\s]", "");
        var r = Straceflow.run(
                work,
                "run",
                "-q",
                "--cpus",
                allowed,
                "-o",
                "out",
                "--",
                "sh",
                "-c",
                "grep Cpus_allowed_list /proc/self/status");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("Cpus_allowed_list:\t" + allowed + "\n");
        assertThat(Files.readString(work.resolve("out/run.json"))).contains("\"cpus\" : \"" + allowed + "\"");
    }

    /** A list that is not one, or a CPU this machine does not give: one line, exit 2, nothing written. */
    @Test
    void cpusThatCannotBeUsedAreAUsageError() throws Exception {
        var r = Straceflow.run(work, "run", "--cpus", "4095", "-o", "out", "--", "true");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).startsWith("straceflow: --cpus: CPU 4095 cannot be used here (these can: ");
        var bad = Straceflow.run(work, "run", "--cpus", "1-0", "-o", "out", "--", "true");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.stderr()).contains("--cpus: not a CPU list");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void exitCodeOfTheProgramPassesThrough() throws Exception {
        var r = Straceflow.run(work, "run", "-o", "out", "--", "sh", "-c", "exit 42");
        assertThat(r.exitCode()).isEqualTo(42);
        assertThat(Files.readString(work.resolve("out/run.json"))).contains("\"exit_code\" : 42");
    }

    @Test
    void programKilledBySignalGives128PlusN() throws Exception {
        var r = Straceflow.run(work, "run", "-o", "out", "--", "sh", "-c", "kill -KILL $$");
        assertThat(r.exitCode()).isEqualTo(128 + 9);
        List<String> trace = lines(work.resolve("out/syscalls.log"));
        assertThat(trace.get(trace.size() - 1)).endsWith("+++ killed by SIGKILL +++");
    }

    @Test
    void programStderrReachesTheUserNotTheTrace() throws Exception {
        var r = Straceflow.run(
                work,
                "run",
                "-o",
                "out",
                "--",
                "sh",
                "-c",
                "echo MARKER-ERR >&2; echo MARKER-OUT; echo MARKER-ERR2 >&2");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stderr()).contains("MARKER-ERR\n").contains("MARKER-ERR2\n");
        assertThat(r.stdout()).isEqualTo("MARKER-OUT\n");
        List<String> trace = lines(work.resolve("out/syscalls.log"));
        // the text appears only inside the traced write(2, ...) calls, never as a line of its own
        assertThat(trace).noneMatch(l -> l.startsWith("MARKER"));
        assertThat(trace).anyMatch(l -> l.contains(" write(") && l.contains("\"MARKER-ERR\\n\""));
    }

    @Test
    void programNotFoundLeavesNothingBehind() throws Exception {
        var r = Straceflow.run(work, "run", "-o", "out", "--", "no-such-program-xyz");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(r.stderr().strip()).isEqualTo("straceflow: program not found: no-such-program-xyz");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void straceMissingGivesInstallHintAndDistinctCode() throws Exception {
        // the program by its path: the PATH the run gets holds nothing
        var sf = Straceflow.start(
                work,
                List.of("run", "-o", "out", "--", Programs.which("true")),
                java.util.Map.of("PATH", "/nonexistent"),
                null);
        var r = sf.await();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.STRACE_MISSING);
        assertThat(r.stderr()).contains("strace is not installed").contains("apt-get install strace");
        assertThat(r.stderr().lines().count()).isEqualTo(1);
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAnOutputDirectoryWithAPreviousRun() throws Exception {
        assertThat(Straceflow.run(work, "run", "-q", "-o", "out", "--", "true").exitCode())
                .isZero();
        byte[] before = Files.readAllBytes(work.resolve("out/syscalls.log"));
        var r = Straceflow.run(work, "run", "-o", "out", "--", "true");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(r.stderr()).contains("not empty").contains("--force");
        assertThat(Files.readAllBytes(work.resolve("out/syscalls.log"))).isEqualTo(before);
        assertThat(Straceflow.run(work, "run", "-q", "--force", "-o", "out", "--", "true")
                        .exitCode())
                .isZero();
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        var r = Straceflow.run(work, "run", "--no-such-option");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).startsWith("straceflow: ").doesNotContain("Exception");
    }

    @Test
    void argumentsAfterTheProgramBelongToIt() throws Exception {
        var r = Straceflow.run(work, "run", "-q", "-o", "out", "echo", "-n", "-o", "x");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("-o x");
        assertThat(work.resolve("out/syscalls.log")).exists();
    }

    @Test
    void userRoutesFromRoutesDirAreLoadedNextToThePipeline() throws Exception {
        Path routes = Files.createDirectory(work.resolve("my-routes"));
        Files.writeString(routes.resolve("hello.yaml"), """
                - route:
                    id: user-hello
                    from:
                      uri: "timer:hello?repeatCount=1&delay=0"
                      steps:
                        - setBody:
                            constant: "USER-ROUTE-RAN"
                        - to: "file:{{straceflow.out}}/user?fileName=hello.txt"
                """);
        // the traced program waits for the user route's file, so the test does not race the timer
        String waitForFile = "while [ ! -e out/user/hello.txt ]; do sleep 0.05; done";
        var r = Straceflow.run(
                work, "run", "-q", "--routes", routes.toString(), "-o", "out", "--", "sh", "-c", waitForFile);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(work.resolve("out/user/hello.txt")).hasContent("USER-ROUTE-RAN");
    }

    @Test
    void aMissingRoutesDirIsAUsageError() throws Exception {
        var r = Straceflow.run(work, "run", "--routes", "nope", "-o", "out", "--", "true");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("--routes: not a directory");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void anUnusableKeyIsAOneLineUsageErrorBeforeAnythingIsWritten() throws Exception {
        Files.writeString(work.resolve("bad.key"), "not a key\n");
        var r = Straceflow.run(work, "run", "--key", "bad.key", "-o", "out", "--", "true");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr().lines())
                .hasSize(1)
                .allMatch(l -> l.startsWith("straceflow: ") && l.contains("not a chain key"));
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void outOfRangeNumbersAreUsageErrorsBeforeAnythingIsWritten() throws Exception {
        for (String[] bad : new String[][] {{"--window", "-5"}, {"--quiet-flush", "-1"}, {"--grace", "-1"}}) {
            var r = Straceflow.run(work, "run", bad[0], bad[1], "-o", "out", "--", "true");
            assertThat(r.exitCode()).as(bad[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(r.stderr().strip()).as(bad[0]).startsWith("straceflow: " + bad[0] + " must be");
            assertThat(work.resolve("out")).doesNotExist();
        }
    }
}
