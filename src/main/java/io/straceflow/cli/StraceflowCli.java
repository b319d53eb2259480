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
        CommandLine cl = withErrorHandling(new CommandLine(new StraceflowCli()));
        // `straceflow run ls -l`: everything after the program belongs to the program.
        cl.getSubcommands().get("run").setStopAtPositional(true);
        return cl;
    }

    /**
     * One-line errors for every command: a {@link UserError} prints "straceflow: message" and exits with its code,
     * a bad option exits 2 with a hint, anything else is an internal error (70), never a stack trace.
     */
    static CommandLine withErrorHandling(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof UserError ue) {
                err.println("straceflow: " + ue.getMessage());
                err.flush();
                return ue.exitCode();
            }
            err.println("straceflow: internal error: " + ex);
            err.flush();
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("straceflow: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        int rc = commandLine().execute(args);
        System.exit(rc);
    }
}
