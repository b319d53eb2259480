package io.straceflow.cli;

import io.straceflow.strace.TraceRequest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "run",
        description = "Trace a new program. Exits with the program's exit code (128+N when killed by signal N).",
        mixinStandardHelpOptions = true,
        abbreviateSynopsis = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  straceflow run -- git status",
            "  # only file and network calls, into ./out",
            "  straceflow run -o out -e trace=%%file,%%network -- make",
            "  # keyed chains, and Prometheus metrics while it runs",
            "  straceflow run --key chain.key --metrics-port 9464 -- ./server"
        })
final class RunCommand implements Callable<Integer> {
    @Mixin
    TraceOptions options;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The program and its arguments (after --).")
    List<String> command;

    @Override
    public Integer call() throws Exception {
        StartupTiming.mark("parsing the command line");
        TraceRequest request = new TraceRequest();
        request.setMode(TraceRequest.Mode.RUN);
        request.setStrace(Executables.strace());
        Executables.checkProgram(command.get(0));
        request.setCommand(command);
        return new PipelineRunner(System.err).run(request, options);
    }
}
