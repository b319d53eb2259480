package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
    @TempDir
    Path work;

    @Test
    void summarisesSyscallsFilesErrorsAndTheProcessTree() throws Exception {
        Path input = Files.writeString(work.resolve("input.txt"), "x".repeat(12_345));
        var r = Straceflow.run(
                work,
                "run",
                "-o",
                "out",
                "--",
                "sh",
                "-c",
                "cat " + input + " >/dev/null; ls /nonexistent-xyz 2>/dev/null");
        assertThat(r.exitCode()).isEqualTo(2); // ls's exit code
        // the end of a run prints the summary (unless -q)
        assertThat(r.stderr()).contains("top syscalls").contains("processes").contains("/usr/bin/cat");

        var json = Straceflow.run(work, "summary", "out", "--format", "json");
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        JsonNode s = new ObjectMapper().readTree(json.stdout());
        assertThat(s.at("/files/" + input.toString().replace("/", "~1") + "/bytesRead")
                        .asLong())
                .isEqualTo(12_345);
        assertThat(s.at("/errors/ENOENT").asLong()).isPositive();
        assertThat(s.at("/syscalls/execve/calls").asLong()).isEqualTo(3);

        List<String> exits = new ArrayList<>();
        s.get("processes")
                .forEach(p -> exits.add(
                        p.get("exe").asText() + "=" + p.get("exitCode").asText()));
        assertThat(exits).contains("/usr/bin/sh=2", "/usr/bin/cat=0", "/usr/bin/ls=2");
        String cat = s.get("processes").findParents("exe").stream()
                .filter(p -> p.get("exe").asText().equals("/usr/bin/cat"))
                .findFirst()
                .orElseThrow()
                .get("parentId")
                .asText();
        assertThat(s.at("/processes/" + cat + "/exe").asText()).isEqualTo("/usr/bin/sh");

        var text = Straceflow.run(work, "summary", "out");
        assertThat(text.exitCode()).isZero();
        assertThat(text.stdout()).contains("errors by errno").contains("ENOENT").contains("(exit 2)");
    }

    @Test
    void aDirectoryThatIsNotARunIsAUsageError() throws Exception {
        var r = Straceflow.run(work, "summary", ".");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr().strip()).isEqualTo("straceflow: not a straceflow output directory: .");
    }
}
