package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.straceflow.testing.Programs;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * straceflow on a real terminal (a pseudo-terminal made by script(1)): the traced program can read
 * the terminal, and Ctrl+C reaches it as it would without straceflow.
 */
class TerminalTest {
    @TempDir
    Path work;

    private Process onTerminal(String... straceflowArgs) throws Exception {
        return onTerminalAfter("", straceflowArgs);
    }

    /** straceflow on a terminal, after the shell commands {@code setup} (e.g. {@code stty cols 50;}). */
    private Process onTerminalAfter(String setup, String... straceflowArgs) throws Exception {
        // env --default-signal=INT, as the launcher does: started from a job whose SIGINT is ignored (a CI runner's
        // background job), the JVM, strace and the program would keep ignoring it, and Ctrl+C would do nothing
        String cmd = setup
                + String.join(
                        " ",
                        "env",
                        "--default-signal=INT",
                        Straceflow.JAVA,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StraceflowCli.class.getName(),
                        String.join(" ", straceflowArgs));
        return new ProcessBuilder("script", "-qec", cmd, "/dev/null")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("terminal.txt").toFile())
                .start();
    }

    @Test
    void theProgramReadsTheTerminal() throws Exception {
        Process p = onTerminal("run", "-q", "-o", "out", "--", "head", "-1");
        try (OutputStream keyboard = p.getOutputStream()) {
            keyboard.write("typed-line\n".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            assertThat(p.waitFor(60, TimeUnit.SECONDS))
                    .as("head was stopped instead of reading the terminal")
                    .isTrue();
        }
        assertThat(p.exitValue()).isZero();
        List<String> trace = Files.readAllLines(work.resolve("out/syscalls.log"));
        assertThat(trace).anyMatch(l -> l.contains("read(0") && l.contains("typed-line"));
    }

    @Test
    void replayShowsItsProgressOnTheTerminal() throws Exception {
        writeTrace(work.resolve("t.txt"), 3000);
        Process p = onTerminal("replay", "-o", "out", "t.txt");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String screen = Files.readString(work.resolve("terminal.txt"));
        assertThat(p.exitValue()).as(screen).isZero();
        // frames redrawn in place (\r), the last one left standing with the whole replay's averages
        assertThat(screen)
                .containsPattern(
                        "\\rreplay 100% \\[########\\]  [0-9.]+/[0-9.]+ kB  [0-9.]+ [kM]?B/s  [0-9.]+k? lines/s  in 0:\\d\\d")
                .contains("3000 lines traced");
        assertThat(screen.indexOf("lines/s")).isLessThan(screen.indexOf("3000 lines traced"));
    }

    /**
     * On a 50-column terminal every frame stays under 50 characters (the terminal's own width, from stty: a frame as
     * wide would wrap on every redraw), and once everything is read the stages follow in order, the report last.
     */
    @Test
    void onANarrowTerminalTheFramesFitAndTheStagesAfterReadingShow() throws Exception {
        writeTrace(work.resolve("t.txt"), 3000);
        Process p = onTerminalAfter("stty cols 50 rows 24; ", "replay", "-o", "out", "t.txt");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String screen = Files.readString(work.resolve("terminal.txt"));
        assertThat(p.exitValue()).as(screen).isZero();
        List<String> frames = java.util.Arrays.stream(screen.split("\r"))
                .map(f -> f.split("\n", 2)[0].replace("\033[K", ""))
                .filter(f -> f.startsWith("replay "))
                .toList();
        assertThat(frames).isNotEmpty().allSatisfy(f -> assertThat(f).hasSizeLessThan(50));
        List<String> stages = frames.stream()
                .map(f -> f.replaceAll(".*  (ETA|writing|sealing|report|in)\\b.*", "$1"))
                .distinct()
                .toList();
        assertThat(stages).as(String.join("\n", frames)).endsWith("report", "in");
        assertThat(List.of("ETA", "writing", "sealing", "report", "in"))
                .as("stages in order: %s", stages)
                .containsSubsequence(stages);
        assertThat(frames.get(frames.size() - 1))
                .matches("replay 100% \\[########\\]  [0-9.]+/[0-9.]+ kB  in 0:\\d\\d");
    }

    @Test
    void quietReplayShowsNoProgress() throws Exception {
        writeTrace(work.resolve("t.txt"), 3000);
        Process p = onTerminal("replay", "-q", "-o", "out", "t.txt");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("terminal.txt"))).isEmpty();
    }

    /** What straceflow wrote on its terminal so far, for a failure's message. */
    private String terminal() throws java.io.IOException {
        return Files.readString(work.resolve("terminal.txt"), StandardCharsets.ISO_8859_1);
    }

    /** A -f -tt trace of one process doing LINES reads (no strace needed: the format is all that counts here). */
    static void writeTrace(Path file, int lines) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines - 1; i++) {
            b.append(String.format(
                    "4242  12:00:%02d.%06d read(3</etc/hosts>, \"127.0.0.1 localhost\\n\", 4096) = 20%n",
                    i / 1000 % 60, i % 1000 * 1000));
        }
        b.append("4242  12:00:59.999999 +++ exited with 0 +++\n");
        Files.writeString(file, b.toString());
    }

    @Test
    void ctrlCStopsTheProgramAndTheTraceIsKept() throws Exception {
        String execSleep = "execve(\"" + Programs.which("sleep") + "\"";
        Process p = onTerminal("run", "-o", "out", "--", "sleep", "3600.5");
        Path log = work.resolve("out/syscalls.log");
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !p.isAlive()
                            || Files.exists(log) && Files.readString(log).contains(execSleep));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no exec of sleep in syscalls.log after 60 s; the log: "
                    + (Files.exists(log) ? Files.readString(log) : "none") + "; the terminal: " + terminal());
        }
        assertThat(p.isAlive())
                .as("straceflow ended before sleep started; its terminal:%n%s", terminal())
                .isTrue();
        OutputStream keyboard = p.getOutputStream();
        // the program may not be in its nanosleep yet: repeat Ctrl+C until the run ends
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!p.isAlive()) {
                        return true;
                    }
                    try {
                        keyboard.write(3);
                        keyboard.flush();
                    } catch (java.io.IOException closedBecauseTheTerminalIsGone) {
                        return true;
                    }
                    return false;
                });
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(terminal()).isEqualTo(130);
        assertThat(Files.readString(log)).contains("+++ killed by SIGINT +++");
        assertThat(Files.readString(work.resolve("out/run.json"))).contains("\"exit_code\" : 130");
    }
}
