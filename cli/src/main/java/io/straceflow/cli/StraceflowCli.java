package io.straceflow.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code straceflow} command line. */
@Command(
        name = "straceflow",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Trace programs with strace into typed, hash-chained streams (files or Kafka).",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  straceflow run -- git status          # trace a program, then see its report",
            "  straceflow replay -o out trace.txt    # process a saved strace -o file",
            "  straceflow verify out                 # check every hash chain of a run",
            "%nRun 'straceflow COMMAND --help' for the options of a command."
        })
public final class StraceflowCli implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Bare {@code straceflow}: the usage with every command, on stderr, and the usage error's exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The commands, in the order the usage lists them. */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS =
            new java.util.LinkedHashMap<>();

    static {
        COMMANDS.put("run", RunCommand::new);
        COMMANDS.put("attach", AttachCommand::new);
        COMMANDS.put("replay", ReplayCommand::new);
        COMMANDS.put("verify", VerifyCommand::new);
        COMMANDS.put("summary", SummaryCommand::new);
        COMMANDS.put("keygen", KeygenCommand::new);
    }

    /**
     * Whether {@code firstArg} is for this command line: a command's name, or the usage's or the version's option (the
     * Quarkus application takes anything else as the trace said in properties).
     */
    public static boolean takes(String firstArg) {
        return COMMANDS.containsKey(firstArg)
                || List.of("-h", "--help", "-V", "--version").contains(firstArg);
    }

    /** Builds the command line with every command; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Builds the command line for {@code args}: when they begin with a command's name, with that command alone.
     * picocli reads each command's options by reflection when it is added, ~0.1 s for all six on a cold JVM, and a
     * run needs only its own (the usage, a mistyped command's suggestions and bare {@code straceflow} get all).
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new StraceflowCli());
        String only = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        java.util.Map<String, CommandLine> commands = cl.getSubcommands();
        if (commands.containsKey("run")) {
            // `straceflow run ls -l`: everything after the program belongs to the program.
            commands.get("run").setStopAtPositional(true);
        }
        commands.values().forEach(HelpGroup.Renderer::install);
        if (commands.containsKey("replay")) {
            HelpGroup.hideLiveOnly(commands.get("replay"));
        }
        return withErrorHandling(cl);
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
            err.println("straceflow: " + ex.getMessage() + didYouMean(ex));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /**
     * " (did you mean --grace?)" for a mistyped option or command: picocli's suggestions (options that begin alike,
     * commands that look alike) and the command's other options or commands, those near enough (at most two edits,
     * or a quarter of the name, away, or beginning with what was typed), the nearest first; empty when none is.
     */
    static String didYouMean(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)
                || u.getUnmatched().isEmpty()) {
            return "";
        }
        String typed = u.getUnmatched().get(0).split("=", 2)[0];
        CommandLine.Model.CommandSpec spec = u.getCommandLine().getCommandSpec();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(u.getSuggestions());
        if (u.isUnknownOption()) {
            spec.options().stream().filter(o -> !o.hidden()).forEach(o -> names.addAll(List.of(o.names())));
        } else {
            names.addAll(spec.subcommands().keySet());
        }
        int near = Math.max(2, typed.length() / 4);
        List<String> close = names.stream()
                .filter(n -> distance(typed, n) <= near || (typed.length() >= 4 && n.startsWith(typed)))
                .toList();
        int best = close.stream().mapToInt(n -> nearness(typed, n)).min().orElse(-1);
        List<String> nearest =
                close.stream().filter(n -> nearness(typed, n) == best).limit(3).toList();
        return nearest.isEmpty() ? "" : " (did you mean " + String.join(" or ", nearest) + "?)";
    }

    /** Lower is nearer: the edit distance, a letter's case counting half an edit (-t is nearest -T). */
    private static int nearness(String typed, String name) {
        int caseless = distance(typed.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
        return 2 * caseless + (distance(typed, name) > caseless ? 1 : 0);
    }

    /** Levenshtein distance: edits (insert, delete, replace a character) that turn a into b. */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int replace = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(replace, Math.min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    public static void main(String[] args) {
        StartupTiming.mark("JVM start (to main)");
        String standbyDir = System.getProperty("straceflow.standby");
        Standby.Served served = null;
        if (standbyDir != null) {
            served = Standby.serve(
                    java.nio.file.Path.of(standbyDir),
                    java.nio.file.Path.of(System.getProperty("straceflow.standby.training")),
                    Long.getLong("straceflow.standby.idle", 900));
            args = served.args();
        }
        CommandLine cl = commandLine(args);
        StartupTiming.mark("command-line model (picocli)");
        int rc = cl.execute(args);
        StartupTiming.mark("rest of the command");
        StartupTiming.print(System.err);
        if (served != null) {
            served.finish(rc);
        }
        System.exit(rc);
    }
}
