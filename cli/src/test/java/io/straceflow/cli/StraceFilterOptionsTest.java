package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strace options users already know (issue #10): -e, -s and --seccomp-bpf, with real strace. */
class StraceFilterOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void seccompFilterAndStringSizeReachStrace() throws Exception {
        var r = Straceflow.run(
                work,
                "run",
                "-q",
                "-o",
                "out",
                "--seccomp-bpf",
                "-e",
                "trace=write",
                "-s",
                "8",
                "--",
                "sh",
                "-c",
                "echo 0123456789abcdef > /dev/null");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<JsonNode> calls = events(work.resolve("out/events.jsonl")).stream()
                .filter(e -> "syscall".equals(e.path("type").asText()))
                .toList();
        assertThat(calls)
                .isNotEmpty()
                .allMatch(e -> "write".equals(e.path("syscall").asText()));
        JsonNode text = calls.stream()
                .filter(e -> e.path("path").asText().equals("/dev/null"))
                .findFirst()
                .orElseThrow()
                .path("args")
                .get(1);
        assertThat(text.path("str").asText()).isEqualTo("01234567");
        assertThat(text.path("truncated").asBoolean()).isTrue();
        assertThat(Files.readString(work.resolve("out/syscalls.log"))).doesNotContain("execve(");
    }

    @Test
    void seccompWithoutATraceFilterIsAUsageError() throws Exception {
        var r = Straceflow.run(work, "run", "-o", "out", "--seccomp-bpf", "--", "true");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr().strip())
                .isEqualTo("straceflow: --seccomp-bpf needs -e trace=... (the syscalls to stop on)");
        assertThat(work.resolve("out")).doesNotExist();
        var s = Straceflow.run(work, "run", "-o", "out", "-s", "-1", "--", "true");
        assertThat(s.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(s.stderr()).contains("-s must be 0 or more bytes");
    }

    private static List<JsonNode> events(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(l -> {
                        try {
                            return JSON.readTree(l);
                        } catch (Exception e) {
                            throw new IllegalStateException(l, e);
                        }
                    })
                    .filter(n -> !n.has("_ctl"))
                    .toList();
        }
    }
}
