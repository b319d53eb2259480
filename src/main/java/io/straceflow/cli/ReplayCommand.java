package io.straceflow.cli;

import io.straceflow.strace.TraceInput;
import io.straceflow.strace.TraceRequest;
import java.io.IOException;
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
        if (files.contains("-") && files.size() > 1) {
            throw new UserError(ExitCodes.USAGE, "- (standard input) cannot be combined with files");
        }
        checkInputs(files);
        TraceRequest request = new TraceRequest();
        request.setMode(TraceRequest.Mode.REPLAY);
        request.setFiles(files);
        return new PipelineRunner(System.err).run(request, options);
    }

    /** Every input can be read (exit 66 naming it otherwise), checked before the output directory is made. */
    static void checkInputs(List<String> files) {
        for (String f : files) {
            if ("-".equals(f)) {
                continue;
            }
            try {
                TraceInput.check(Path.of(f));
            } catch (IOException e) {
                throw new UserError(ExitCodes.NO_INPUT, "cannot read " + f + ": " + e.getMessage());
            }
        }
    }
}
