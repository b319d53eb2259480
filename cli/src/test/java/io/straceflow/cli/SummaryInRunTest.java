package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.strace.TraceRequest;
import io.straceflow.summary.RunSummary;
import io.straceflow.summary.SummaryJson;
import io.straceflow.summary.SummaryReader;
import io.straceflow.summary.SummaryText;
import io.straceflow.summary.html.SummaryHtml;
import io.straceflow.testing.Programs;
import io.straceflow.testing.TraceDate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The summary a run prints at its end is counted while the records flow (SummaryFeed, from the pipeline's objects),
 * and it is byte for byte the summary `straceflow summary DIR` reads back from the files afterwards: text, {@code
 * --format json} and the HTML report. On real programs traced by real strace (processes that fork, exec, exit and
 * get killed, files made, read, renamed and removed, failing calls, TCP over IPv4, refused connects over IPv4 and
 * IPv6, a unix socket, a datagram), and on replays of their saved trace.
 */
class SummaryInRunTest {
    /** Everything the summary's tables count, in one program. */
    private static final String PROGRAM = """
            import os, socket, subprocess, sys, threading
            os.chdir(sys.argv[1])
            with open("data.txt", "w") as f:
                f.write("x" * 5000)
            with open("data.txt") as f:
                f.read()
            os.rename("data.txt", "moved.txt")
            for missing in ("/nonexistent/app.conf", "relative-missing.txt"):
                try:
                    open(missing)
                except OSError:
                    pass
            os.mkdir("d")
            os.listdir("d")
            os.rmdir("d")
            srv = socket.socket()
            srv.bind(("127.0.0.1", 0))
            srv.listen(1)
            def serve():
                conn, _ = srv.accept()
                conn.sendall(conn.recv(100).upper())
                conn.close()
            t = threading.Thread(target=serve)
            t.start()
            c = socket.create_connection(srv.getsockname())
            c.sendall(b"hello")
            c.recv(100)
            c.close()
            t.join()
            for family, address in ((socket.AF_INET, ("127.0.0.1", 1)), (socket.AF_INET6, ("::1", 1)),
                                    (socket.AF_UNIX, "/nonexistent/app.sock")):
                s = socket.socket(family)
                try:
                    s.connect(address)
                except OSError:
                    pass
                s.close()
            u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            u.sendto(b"ping", ("127.0.0.1", 9))
            subprocess.run(["sh", "-c", "cat moved.txt >/dev/null; ls /nonexistent-dir 2>/dev/null; true"])
            pid = os.fork()
            if pid == 0:
                os._exit(3)
            os.waitpid(pid, 0)
            p = subprocess.Popen(["sleep", "30"])
            p.kill()
            p.wait()
            os.unlink("moved.txt")
            """;

    @TempDir
    Path work;

    @Test
    void aLiveRunAndTheReplayOfItsTracePrintWhatSummaryReadsBackFromTheFiles() throws Exception {
        Path program = Files.writeString(work.resolve("program.py"), PROGRAM);
        Path live = work.resolve("live");
        InProcess run =
                InProcess.run(options(live, "--", Programs.which("python3"), program.toString(), work.toString()));
        assertThat(run.exitCode).as(run.stderr).isZero();
        RunSummary s = assertSameAsReadBack(run, live);
        // the program did what the tables count: the test would prove little on an empty summary
        assertThat(s.processes).hasSizeGreaterThanOrEqualTo(6);
        assertThat(s.paths).containsKeys(work.toRealPath() + "/moved.txt", "/nonexistent/app.conf");
        assertThat(s.peers.stream().map(p -> p.op + " " + p.address))
                .contains("connect [::1]:1", "connect /nonexistent/app.sock", "sendto 127.0.0.1:9")
                .anyMatch(p -> p.startsWith("accept 127.0.0.1:"));
        assertThat(s.peers).anyMatch(p -> p.op.equals("connect") && p.bytesSent == 5 && p.bytesReceived == 5);
        assertThat(s.errors).containsKeys("ENOENT", "ECONNREFUSED");
        assertThat(s.processes.values()).anyMatch(p -> Integer.valueOf(3).equals(p.exitCode));
        assertThat(s.processes.values()).anyMatch(p -> "SIGKILL".equals(p.killedBy));
        assertThat(s.files).isNotEmpty();

        // its saved trace, replayed: the command from the first execve, no /proc
        Path replay = work.resolve("replay");
        InProcess again =
                InProcess.replay(options(replay, live.resolve("syscalls.log").toString()));
        assertThat(again.exitCode).as(again.stderr).isZero();
        assertThat(assertSameAsReadBack(again, replay).commandSource).isEqualTo("first execve");
    }

    @Test
    void theCommandLinePrintsTheSummaryThatSummaryPrintsAfterwards() throws Exception {
        Files.writeString(work.resolve("input.txt"), "y".repeat(3000));
        String script =
                "cat input.txt >/dev/null; cat missing.txt 2>/dev/null; mkdir d && rmdir d; sh -c 'exit 4'; true";
        var run = Straceflow.run(work, "run", "-o", "out", "--", "sh", "-c", script);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(printedSummary(run.stderr()))
                .isEqualTo(Straceflow.run(work, "summary", "out").stdout());

        var replay = Straceflow.run(work, "replay", "-o", "replay", "out/syscalls.log");
        assertThat(replay.exitCode()).as(replay.stderr()).isZero();
        String printed = printedSummary(replay.stderr());
        assertThat(printed).isEqualTo(Straceflow.run(work, "summary", "replay").stdout());
        assertThat(printed).contains("missing.txt").contains("input.txt");
    }

    /** The test traces' date (see TraceDate), output into {@code out}, then {@code rest}. */
    private static String[] options(Path out, String... rest) {
        List<String> args = new java.util.ArrayList<>(List.of("--date", TraceDate.OPTION, "-o", out.toString()));
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    /** The summary text the run printed: between the warnings (none here) and its last line. */
    private static String printedSummary(String stderr) {
        Matcher last =
                Pattern.compile("(?m)^straceflow: \\d+ lines traced.*\\n\\z").matcher(stderr);
        assertThat(last.find()).as(stderr).isTrue();
        return stderr.substring(0, last.start());
    }

    /**
     * The run counted its summary while it ran, printed it, and `straceflow summary DIR` prints the same from the
     * files: text, JSON and HTML.
     */
    private static RunSummary assertSameAsReadBack(InProcess run, Path dir) throws Exception {
        assertThat(run.whileRunning)
                .as("counted while the trace ran, not read from the files")
                .isTrue();
        RunSummary files = SummaryReader.read(dir);
        String text = text(files);
        assertThat(text)
                .isEqualTo(Straceflow.inProcess("summary", dir.toString()).stdout());
        assertThat(text(run.summary)).isEqualTo(text);
        assertThat(printedSummary(run.stderr)).isEqualTo(text);
        String json = SummaryJson.render(files);
        assertThat(json + "\n")
                .isEqualTo(Straceflow.inProcess("summary", "--format", "json", dir.toString())
                        .stdout());
        assertThat(SummaryJson.render(run.summary)).isEqualTo(json);
        assertThat(SummaryHtml.render(run.summary)).isEqualTo(SummaryHtml.render(files));
        return run.summary;
    }

    private static String text(RunSummary s) {
        StringWriter w = new StringWriter();
        PrintWriter out = new PrintWriter(w);
        SummaryText.print(s, out);
        out.flush();
        return w.toString();
    }

    /** `straceflow run` or `replay` in this JVM, as their commands run it, with the summary its report printed. */
    private record InProcess(int exitCode, String stderr, RunSummary summary, boolean whileRunning) {
        static InProcess run(String... args) throws Exception {
            RunCommand command = new RunCommand();
            new CommandLine(command).parseArgs(args);
            TraceRequest request = new TraceRequest();
            request.setStrace(Executables.strace());
            request.setCommand(List.copyOf(command.command));
            return run(TraceRequest.Mode.RUN, request, command.options);
        }

        static InProcess replay(String... args) throws Exception {
            ReplayCommand command = new ReplayCommand();
            new CommandLine(command).parseArgs(args);
            TraceRequest request = new TraceRequest();
            request.setFiles(command.files);
            return run(TraceRequest.Mode.REPLAY, request, command.options);
        }

        private static InProcess run(TraceRequest.Mode mode, TraceRequest request, TraceOptions options)
                throws Exception {
            request.setMode(mode);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PipelineRunner runner = new PipelineRunner(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int rc = runner.run(request, options);
            return new InProcess(
                    rc, bytes.toString(StandardCharsets.UTF_8), runner.reported(), runner.reportedWhileRunning());
        }
    }
}
