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
        name = "replay",
        description = "Process saved strace output: -o files, stderr captures, -ff files (NAME.PID, merged in time"
                + " order), .gz files, or - for standard input.",
        mixinStandardHelpOptions = true)
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    TraceOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "strace output files, or - for stdin.")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        for (String f : files) {
            if (!"-".equals(f) && !Files.isReadable(Path.of(f))) {
                throw new UserError(ExitCodes.NO_INPUT, "cannot read " + f + ": no such file or not readable");
            }
        }
        if (files.contains("-") && files.size() > 1) {
            throw new UserError(ExitCodes.USAGE, "- (standard input) cannot be combined with files");
        }
        TraceRequest request = new TraceRequest();
        request.setMode(TraceRequest.Mode.REPLAY);
        request.setFiles(files);
        return new PipelineRunner(System.err).run(request, options);
    }
}
