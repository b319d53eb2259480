package io.straceflow.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code straceflow} command line. */
@Command(
        name = "straceflow",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Trace programs with strace into typed, hash-chained streams (files or Kafka).",
        subcommands = {
            RunCommand.class,
            AttachCommand.class,
            ReplayCommand.class,
            VerifyCommand.class,
            SummaryCommand.class,
            KeygenCommand.class
        })
public final class StraceflowCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, attach, replay)");
    }

    /** Builds the command line; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StraceflowCli());
        // `straceflow run ls -l`: everything after the program belongs to the program.
        cl.getSubcommands().get("run").setStopAtPositional(true);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof UserError ue) {
                err.println("straceflow: " + ue.getMessage());
                return ue.exitCode();
            }
            err.println("straceflow: internal error: " + ex);
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("straceflow: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        int rc = commandLine().execute(args);
        System.exit(rc);
    }
}
