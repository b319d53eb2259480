package io.straceflow.cli;

import io.straceflow.strace.TraceInput;
import io.straceflow.strace.TraceRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "replay",
        description = "Process saved strace output: -o files, stderr captures, -ff files (NAME.PID, merged in time"
                + " order), .gz files, or - for standard input.",
        mixinStandardHelpOptions = true,
        abbreviateSynopsis = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  # a trace saved by: strace -f -tt -yy -o trace.txt -- make",
            "  straceflow replay -o out trace.txt",
            "  # strace -ff files, merged in time order",
            "  straceflow replay -o out trace.txt.*",
            "  zcat trace.txt.gz | straceflow replay -o out -"
        })
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    TraceOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "strace output files, or - for stdin.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> ignored = HelpGroup.liveOnlyGiven(spec.commandLine());
        if (!ignored.isEmpty()) { // accepted, as they always were: a script that passes them keeps working
            java.io.PrintWriter err = spec.commandLine().getErr();
            err.println("straceflow: " + String.join(", ", ignored) + ": only for run and attach; replay ignores "
                    + (ignored.size() == 1 ? "it" : "them"));
            err.flush();
        }
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
