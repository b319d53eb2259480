package io.straceflow.cli;

import io.straceflow.strace.TraceRequest;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @HelpGroup.In(HelpGroup.TRACING)
    @Option(
            names = "--cpus",
            paramLabel = "LIST",
            description = "Keep strace and the program on these CPUs (as taskset -c takes them, e.g. 1 or 0-3). On one"
                    + " CPU a syscall-heavy program traces up to 3.6x faster on a VM whose idle CPUs wake slowly; the"
                    + " program loses its parallelism. Needs taskset (util-linux).")
    String cpus;

    @Override
    public Integer call() throws Exception {
        StartupTiming.mark("parsing the command line");
        TraceRequest request = new TraceRequest();
        request.setMode(TraceRequest.Mode.RUN);
        request.setStrace(Executables.strace());
        Executables.checkProgram(command.get(0));
        request.setCommand(command);
        if (cpus != null) {
            request.setCpus(CpuList.check(cpus));
        }
        return new PipelineRunner(System.err).run(request, options);
    }
}
