package io.straceflow.cli;

import io.straceflow.strace.TraceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "attach",
        description = "Trace running processes (and the children they start) until they exit or Ctrl+C."
                + " Ctrl+C detaches and leaves them running.",
        mixinStandardHelpOptions = true,
        abbreviateSynopsis = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  straceflow attach -o out 1234",
            "  # the network calls of a running daemon and its children",
            "  straceflow attach -e trace=%%network $(pgrep -f my-daemon)",
            "  # scraped while it runs, and once more after the end",
            "  straceflow attach --metrics-port 9464 --metrics-linger 30 1234"
        })
final class AttachCommand implements Callable<Integer> {
    @Mixin
    TraceOptions options;

    @Parameters(arity = "1..*", paramLabel = "PID", description = "Processes to attach to.")
    List<Integer> pids;

    @Override
    public Integer call() throws Exception {
        TraceRequest request = new TraceRequest();
        request.setMode(TraceRequest.Mode.ATTACH);
        request.setStrace(Executables.strace());
        for (Integer pid : pids) {
            if (pid <= 0 || !Files.isDirectory(Path.of("/proc", pid.toString()))) {
                throw new UserError(ExitCodes.USAGE, "no such process: " + pid);
            }
        }
        request.setPids(pids);
        return new PipelineRunner(System.err).run(request, options);
    }
}
