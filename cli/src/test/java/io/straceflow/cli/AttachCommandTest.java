package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.straceflow.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachCommandTest {
    @TempDir
    Path work;

    @Test
    void tracesARunningProcessAndItsChildrenUntilItExits() throws Exception {
        // The target waits for a file to appear, so we know straceflow is attached before it acts.
        Path go = work.resolve("go");
        Process target = new ProcessBuilder(
                        "sh", "-c", "while [ ! -e " + go + " ]; do sleep 0.05; done; ls / >/dev/null; exit 0")
                .start();
        Straceflow sf = Straceflow.start(work, List.of("attach", "-o", "out", Long.toString(target.pid())));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(work.resolve("out/syscalls.log"))
                        && Files.size(work.resolve("out/syscalls.log")) > 0);
        Files.createFile(go);
        var r = sf.await();
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String trace = Files.readString(work.resolve("out/syscalls.log"));
        assertThat(trace).contains(target.pid() + " ").contains("execve(\"" + Programs.which("ls") + "\"");
        assertThat(trace).contains("+++ exited with 0 +++");
    }

    @Test
    void sigtermDetachesAndLeavesTheProcessRunning() throws Exception {
        Process target = new ProcessBuilder("sh", "-c", "while true; do sleep 0.05; done").start();
        try {
            Straceflow sf = Straceflow.start(work, List.of("attach", "-o", "out", Long.toString(target.pid())));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.exists(work.resolve("out/syscalls.log"))
                            && Files.readString(work.resolve("out/syscalls.log"))
                                    .contains("wait4"));
            sf.process.destroy();
            var r = sf.await();
            assertThat(r.exitCode()).isEqualTo(143);
            assertThat(target.isAlive()).isTrue();
        } finally {
            target.destroyForcibly();
        }
    }

    @Test
    void unknownPidIsAUsageError() throws Exception {
        var r = Straceflow.run(work, "attach", "-o", "out", "999999999");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("no such process: 999999999");
    }
}
