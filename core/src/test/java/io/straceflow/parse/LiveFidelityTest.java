package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.testing.TraceDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance (1): traces real programs live with our strace flags plus -C and checks that per-syscall call and
 * error counts from the parsed events equal strace's own summary table, with no unparsed line.
 */
class LiveFidelityTest {
    private static final List<String> STRACE =
            List.of("strace", "-f", "-tt", "-yy", "-v", "-x", "-s", "1000", "-T", "-C", "-o");

    @TempDir
    static Path dir;

    @BeforeAll
    static void copyPrograms() throws IOException {
        for (String name : List.of("threads.py", "signals.py", "loopback.py", "hello.c")) {
            try (InputStream in = LiveFidelityTest.class.getResourceAsStream("/parse/programs/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("a.txt"), "alpha\n".repeat(200));
        Files.writeString(dir.resolve("tree/b.txt"), "beta\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "threads: /usr/bin/python3 threads.py",
                "signals: /usr/bin/python3 signals.py",
                "loopback: /usr/bin/python3 loopback.py",
                "pipeline: sh -c 'cat /etc/services | gzip -c | wc -c; ls /nonexistent; true'",
                "exec-chain: sh -c 'exec env sh -c \"ls tree; exec true\"'",
                "gcc: gcc -c -o hello.o hello.c",
                "tar-gzip: tar czf tree.tgz tree"
            })
    void countsMatchStraceSummary(String program) throws Exception {
        String name = program.substring(0, program.indexOf(':'));
        String command = program.substring(program.indexOf(':') + 2);
        Path trace = dir.resolve(name + ".strace");
        List<String> cmd = new ArrayList<>(STRACE);
        cmd.add(trace.toString());
        cmd.addAll(List.of("--", "sh", "-c", "exec " + command));
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS))
                .as("strace of %s finished", name)
                .isTrue();

        List<String> lines = Files.readAllLines(trace, StandardCharsets.ISO_8859_1);
        EventAssembler assembler = new EventAssembler(ParseOptions.builder()
                .baseDate(TraceDate.DAY)
                .zone(ZoneOffset.UTC)
                .build());
        List<SyscallEvent> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            assembler.accept(lines.get(i), i + 1, events::add);
        }
        assembler.finish(events::add);

        List<SyscallEvent> unparsed =
                events.stream().filter(e -> e.type() == EventType.UNPARSED).toList();
        assertThat(unparsed).as("unparsed lines of %s", name).isEmpty();
        assertThat(assembler.stats().unparsed()).isZero();

        Map<String, List<Long>> expected = StraceSummary.read(lines);
        expected.remove("exit");
        expected.remove("exit_group");
        Map<String, List<Long>> actual = StraceSummary.fromEvents(events);
        actual.remove("exit");
        actual.remove("exit_group");
        assertThat(expected).as("strace summary of %s", name).hasSizeGreaterThan(10);
        assertThat(actual)
                .as("%s: %d lines, %s", name, lines.size(), assembler.stats())
                .isEqualTo(expected);
        // every event renders as JSON (the lazily parsed arguments included)
        events.forEach(EventJson::toJson);
        System.out.printf("fidelity %s: %d lines, %s%n", name, lines.size(), assembler.stats());
    }
}
