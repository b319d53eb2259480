package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.straceflow.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to straceflow (what Ctrl+C does in a terminal, as SIGINT; a background JVM started by a
 * non-interactive shell ignores SIGINT, so tests send SIGTERM): the traced tree is stopped, what was
 * read is written, the exit code is 143 and no process of the tree is left.
 */
class SignalHandlingTest {
    @TempDir
    Path work;

    private Straceflow startAndWaitForSleepers(String marker, String script, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("run", "-o", "out"));
        args.addAll(List.of(extra));
        args.addAll(List.of("--", "sh", "-c", script));
        Straceflow sf = Straceflow.start(work, args);
        // both sleeps have been exec'd (strace wrote their execve) before straceflow is stopped
        Path log = work.resolve("out/syscalls.log");
        String execSleep = "execve(\"" + Programs.which("sleep") + "\"";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(log) && countOf(Files.readString(log), execSleep) >= 2);
        return sf;
    }

    /**
     * straceflow and everything it started: its JVM, its process guard (perl), strace, sh and both sleeps; all but the
     * guard hold the marker in their command lines (a run of this test elsewhere on the machine may add its own).
     */
    private static List<Long> treeOf(Straceflow sf, String marker) throws Exception {
        List<ProcessHandle> started = Stream.concat(Stream.of(sf.process.toHandle()), sf.process.descendants())
                .toList();
        List<Long> tree = new java.util.ArrayList<>(Processes.withCmdline(marker));
        try {
            assertThat(started)
                    .as("straceflow, its guard, strace, sh and both sleeps")
                    .hasSize(6);
            List<Long> guard = started.stream()
                    .filter(p -> p.info().command().orElse("").endsWith("/perl"))
                    .map(ProcessHandle::pid)
                    .toList();
            assertThat(guard).as("the process guard").hasSize(1);
            assertThat(tree)
                    .as("found by the marker %s", marker)
                    .containsAll(started.stream()
                            .map(ProcessHandle::pid)
                            .filter(pid -> !guard.contains(pid))
                            .toList());
            tree.addAll(guard); // it must be gone too
        } catch (AssertionError e) {
            started.forEach(ProcessHandle::destroyForcibly); // no hour-long sleeps left behind
            throw e;
        }
        return tree;
    }

    private static int countOf(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void sigtermStopsTheTreeKeepsTheTraceAndExits143() throws Exception {
        String marker = "3600.25";
        Straceflow sf = startAndWaitForSleepers(marker, "sleep " + marker + " & sleep " + marker + "; wait");
        List<Long> tree = treeOf(sf, marker);
        sf.process.destroy(); // SIGTERM
        var r = sf.await();
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(143);
        assertThat(r.stderr()).contains("stopped by signal 15");
        String trace = Files.readString(work.resolve("out/syscalls.log"));
        assertThat(trace).contains("+++ killed by SIGTERM +++");
        assertThat(Files.readString(work.resolve("out/run.json"))).contains("\"status\" : \"interrupted\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> tree.stream().noneMatch(Processes::alive));
    }

    @Test
    void aTreeThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws Exception {
        String marker = "3600.75";
        Straceflow sf = startAndWaitForSleepers(
                marker, "trap '' TERM; sleep " + marker + " & sleep " + marker + "; wait", "--grace", "0.5");
        List<Long> tree = treeOf(sf, marker);
        sf.process.destroy();
        var r = sf.await();
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(143);
        assertThat(Files.readString(work.resolve("out/syscalls.log"))).contains("+++ killed by SIGKILL +++");
        await().atMost(Duration.ofSeconds(20)).until(() -> tree.stream().noneMatch(Processes::alive));
    }
}
