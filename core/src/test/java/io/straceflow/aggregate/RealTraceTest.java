package io.straceflow.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.RecordedTrace;
import io.straceflow.testing.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real strace output of real programs, parsed by the real parser, through the route. */
class RealTraceTest extends ActionsRouteSupport {
    @TempDir
    Path dir;

    /** A replay of a file: event time only, so a stalled feed on a loaded machine cannot split anything. */
    @Override
    Properties properties() {
        return props(Map.of("straceflow.actions.quiet-flush", "false"));
    }

    @Test
    void catOfOneMebibyteReadsExactlyThatManyBytes() throws Exception {
        Path big = dir.resolve("1MiB-file");
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        Files.write(big, data);
        // to /dev/null: into a regular file cat uses copy_file_range and reads nothing (see docs/actions.md)
        List<SyscallEvent> events = trace(List.of("cat", big.toString()), ProcessBuilder.Redirect.DISCARD);

        feed(events);
        end();

        List<Action> reads = actions().stream()
                .filter(a -> a.op() == OpClass.READ && big.toString().equals(a.path()))
                .toList();
        assertThat(reads).isNotEmpty();
        assertThat(reads.stream().mapToLong(Action::bytes).sum()).isEqualTo(1 << 20);
        assertThat(byOp(OpClass.EXEC)).extracting(Action::path).contains(Programs.which("cat"));
        assertThat(actions().stream().mapToLong(Action::count).sum()).isEqualTo(classified(events));
    }

    @Test
    void threeWriteBurstsSeparatedBySleepsAreThreeWriteActions() throws Exception {
        String program = "import os, time\n"
                + "for burst in range(3):\n"
                + "    for i in range(20):\n"
                + "        os.write(1, b'x' * 100)\n"
                + "    time.sleep(0.3)\n";
        Path script = dir.resolve("bursts.py");
        Files.writeString(script, program);
        List<SyscallEvent> events = trace(
                List.of("/usr/bin/python3", script.toString()),
                ProcessBuilder.Redirect.to(dir.resolve("stdout").toFile()));

        feed(events);
        end();

        List<Action> writes = actions().stream()
                .filter(a -> a.op() == OpClass.WRITE
                        && dir.resolve("stdout").toString().equals(a.path()))
                .toList();
        assertThat(writes).extracting(Action::count).containsExactly(20L, 20L, 20L);
        assertThat(writes).extracting(Action::bytes).containsExactly(2000L, 2000L, 2000L);
        assertThat(actions().stream().mapToLong(Action::count).sum()).isEqualTo(classified(events));
    }

    /** Runs the command under strace with the pipeline's flags and parses the trace. */
    private List<SyscallEvent> trace(List<String> command, ProcessBuilder.Redirect stdout)
            throws IOException, InterruptedException {
        Path out = RecordedTrace.record(dir.resolve("trace.strace"), stdout, command.toArray(String[]::new));
        return Events.parse(Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    private List<Action> byOp(OpClass op) {
        return actions().stream().filter(a -> a.op() == op).toList();
    }
}
