package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
    @TempDir
    Path work;

    @Test
    void summarisesSyscallsFilesErrorsAndTheProcessTree() throws Exception {
        // strace finds sh on the PATH, sh finds cat and ls: the summary shows the paths they found
        String sh = Programs.which("sh");
        String cat = Programs.which("cat");
        String ls = Programs.which("ls");
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
        assertThat(r.stderr())
                .contains("where the time went")
                .contains("processes")
                .contains(cat);

        var json = Straceflow.run(work, "summary", "out", "--format", "json");
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        JsonNode s = new ObjectMapper().readTree(json.stdout());
        JsonNode inputRow = null;
        for (JsonNode p : s.get("paths")) {
            if (p.get("path").asText().equals(input.toString())) {
                inputRow = p;
            }
        }
        assertThat(inputRow).as("the paths table has the file cat read").isNotNull();
        assertThat(inputRow.get("bytes_read").asLong()).isEqualTo(12_345);
        assertThat(inputRow.at("/operations/opened").asLong()).isEqualTo(1);
        long enoent = 0;
        for (JsonNode e : s.get("errors")) {
            enoent += e.get("errno").asText().equals("ENOENT") ? e.get("calls").asLong() : 0;
        }
        assertThat(enoent).isPositive();
        long execs = 0;
        for (JsonNode row : s.get("syscalls")) {
            execs +=
                    row.get("name").asText().equals("execve") ? row.get("calls").asLong() : 0;
        }
        assertThat(execs).isEqualTo(3);

        List<String> exits = new ArrayList<>();
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        s.get("processes").forEach(p -> {
            exits.add(p.get("exe").asText() + "=" + p.get("exit_code").asText());
            byId.put(p.get("id").asText(), p);
        });
        assertThat(exits).contains(sh + "=2", cat + "=0", ls + "=2");
        String catParent = byId.values().stream()
                .filter(p -> p.get("exe").asText().equals(cat))
                .findFirst()
                .orElseThrow()
                .get("parent_id")
                .asText();
        assertThat(byId.get(catParent).get("exe").asText()).isEqualTo(sh);
        assertThat(SummaryReportTest.schemaErrors(json.stdout())).isEmpty();

        var text = Straceflow.run(work, "summary", "out");
        assertThat(text.exitCode()).isZero();
        assertThat(text.stdout())
                .contains("errors by errno")
                .contains("ENOENT")
                .containsPattern("(?m)^    \\d+ " + java.util.regex.Pattern.quote(ls) + " /nonexistent-xyz  exit 2");
    }

    @Test
    void aDirectoryThatIsNotARunIsAUsageError() throws Exception {
        var r = Straceflow.run(work, "summary", ".");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr().strip()).isEqualTo("straceflow: not a straceflow output directory: .");
    }

    @Test
    void anHtmlFileThatCannotBeWrittenIsOneLineAndExit73() throws Exception {
        Path out = Files.createDirectory(work.resolve("out"));
        Files.writeString(out.resolve("events.jsonl"), "");
        Files.writeString(work.resolve("plain.txt"), "x");
        Files.createDirectory(work.resolve("adir"));
        Map<String, String> reasons = Map.of(
                "nodir/report.html", "no such directory",
                "plain.txt/report.html", systemReason(work.resolve("plain.txt/probe")),
                "adir", "it is a directory");
        for (Map.Entry<String, String> c : reasons.entrySet()) {
            Path target = work.resolve(c.getKey());
            var r = Straceflow.inProcess("summary", out.toString(), "--html", target.toString());
            assertThat(r.exitCode()).as(c.getKey()).isEqualTo(ExitCodes.CANT_CREATE);
            assertThat(r.stderr())
                    .isEqualTo("straceflow: cannot write the HTML report to " + target + ": " + c.getValue() + "\n");
        }
        try (var files = Files.list(work)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("out", "plain.txt", "adir");
        }
    }

    @Test
    void htmlGoesToTheFileOwnerOnlyOrToStdoutWithDash() throws Exception {
        Path out = Files.createDirectory(work.resolve("out"));
        Files.writeString(out.resolve("events.jsonl"), "");
        Path report = work.resolve("report.html");
        var r = Straceflow.inProcess("summary", out.toString(), "--html", report.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("<section id=\"processes\">");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-------");

        var dash = Straceflow.inProcess("summary", out.toString(), "--html", "-");
        assertThat(dash.exitCode()).isZero();
        assertThat(dash.stdout()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    @Test
    void htmlOfADirectoryThatIsNotARunIsTheUsualUsageError() throws Exception {
        Path report = work.resolve("report.html");
        var r = Straceflow.inProcess("summary", work.toString(), "--html", report.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).isEqualTo("straceflow: not a straceflow output directory: " + work + "\n");
        assertThat(report).doesNotExist();
    }

    /**
     * The system's own words for why {@code file} cannot be made (e.g. "Not a directory"): the C library says them in
     * the user's language, so a test that spells them in English fails under LANG=de_DE.UTF-8.
     */
    private static String systemReason(Path file) {
        try {
            Files.createFile(file);
        } catch (java.nio.file.FileSystemException e) {
            return e.getReason();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("expected " + file + " to be impossible to create");
    }
}
