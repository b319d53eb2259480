package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What the command line says about itself: the command list, each command's grouped options, examples, typos. */
class CommandHelpTest {
    private static final List<String> COMMANDS = List.of("run", "attach", "replay", "verify", "summary", "keygen");
    /** Options that only a live trace uses: replay's --help must not offer them. */
    private static final List<String> LIVE_ONLY =
            List.of("-e", "-T", "-Y", "--string-size", "--seccomp-bpf", "--strace-opt", "--grace", "--quiet-flush");

    @TempDir
    Path work;

    @Test
    void bareStraceflowListsEveryCommandAndExitsWithTheUsageCode() {
        var r = Straceflow.inProcess();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stdout()).isEmpty();
        List<String> listed = r.stderr()
                .lines()
                .dropWhile(l -> !l.equals("Commands:"))
                .takeWhile(l -> !l.isEmpty())
                .filter(l -> l.matches("  [a-z]+ .*"))
                .map(l -> l.strip().split(" ")[0])
                .toList();
        assertThat(listed).containsExactlyElementsOf(COMMANDS);
        assertThat(StraceflowCli.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(COMMANDS);
        assertThat(r.stderr()).contains("Run 'straceflow COMMAND --help'");
    }

    @Test
    void replayHelpLeavesOutTheLiveOnlyOptionsThatRunAndAttachList() {
        String replay = Straceflow.inProcess("replay", "--help").stdout();
        for (String live : List.of("run", "attach")) {
            String help = Straceflow.inProcess(live, "--help").stdout();
            assertThat(optionNames(help)).as(live).containsAll(LIVE_ONLY);
        }
        assertThat(optionNames(replay))
                .doesNotContainAnyElementsOf(LIVE_ONLY)
                .contains(
                        "--out",
                        "--date",
                        "--max-line-bytes",
                        "--window",
                        "--key",
                        "--kafka-brokers",
                        "--metrics-port");
        assertThat(replay).startsWith("Usage: straceflow replay [OPTIONS] FILE...");
    }

    @Test
    void theOptionsOfRunAttachAndReplayStandUnderTheirGroupsInOrder() {
        for (String command : List.of("run", "attach", "replay")) {
            String help = Straceflow.inProcess(command, "--help").stdout();
            List<String> headings =
                    help.lines().filter(l -> l.matches("[A-Z][a-z ]+:")).toList();
            assertThat(headings)
                    .as(command)
                    .containsExactly(
                            "Tracing:", "Output:", "Integrity:", "Kafka:", "Metrics:", "Other options:", "Examples:");
            assertThat(section(help, "Output:")).contains("--out", "--force", "--quiet", "--no-redact");
            assertThat(section(help, "Integrity:")).contains("--key", "--signing-key");
            assertThat(section(help, "Kafka:")).contains("--sink", "--kafka-brokers", "--topic-prefix");
            assertThat(section(help, "Metrics:")).contains("--metrics-port", "--metrics-host", "--metrics-linger");
            assertThat(section(help, "Other options:")).containsOnly("--help", "--version");
        }
    }

    /** A new option (say --to, an output) must name its group, or it would land under "Other options:". */
    @Test
    void everyOptionOfTheTraceCommandsNamesItsGroup() {
        CommandLine cl = StraceflowCli.commandLine();
        for (String command : List.of("run", "attach", "replay")) {
            for (OptionSpec o :
                    cl.getSubcommands().get(command).getCommandSpec().options()) {
                if (!o.usageHelp() && !o.versionHelp()) {
                    assertThat(HelpGroup.of(o))
                            .as(command + " " + o.longestName() + ": annotate it with @HelpGroup.In(...)")
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void everyCommandEndsWithExamplesThatAreNotWrapped() {
        for (String command : COMMANDS) {
            List<String> examples = Straceflow.inProcess(command, "--help")
                    .stdout()
                    .lines()
                    .dropWhile(l -> !l.equals("Examples:"))
                    .skip(1)
                    .toList();
            assertThat(examples).as(command).allMatch(l -> l.startsWith("  "), "indented (a wrapped line is not)");
            assertThat(examples.stream().filter(l -> !l.strip().startsWith("#")))
                    .as(command)
                    .hasSizeBetween(2, 3)
                    .allMatch(l -> l.contains("straceflow " + command));
        }
        String top = Straceflow.inProcess("--help").stdout();
        assertThat(top.lines().dropWhile(l -> !l.equals("Examples:")).skip(1).takeWhile(l -> !l.isEmpty()))
                .hasSize(3)
                .allMatch(l -> l.startsWith("  straceflow "));
    }

    @Test
    void aMistypedOptionOrCommandGetsOneLineWithTheNearestName() {
        assertDidYouMean(new String[] {"run", "--grce", "5", "--", "true"}, "Unknown option: '--grce'", "--grace");
        assertDidYouMean(new String[] {"run", "-t", "--", "true"}, "Unknown option: '-t'", "-T");
        assertDidYouMean(
                new String[] {"attach", "--metrics-prot", "9464", "1"},
                "Unknown option: '--metrics-prot'",
                "--metrics-port");
        assertDidYouMean(new String[] {"verify", "--kye", "k", "out"}, "Unknown options: '--kye', 'out'", "--key");
        assertDidYouMean(new String[] {"replya", "t.txt"}, "Unmatched arguments from index 0: 'replya'", "replay");
        assertThat(Straceflow.inProcess("replay", "--grac", "1", "t.txt").stderr())
                .as("replay does not offer what its help leaves out")
                .doesNotContain("did you mean");
        var none = Straceflow.inProcess("run", "--bogus", "--", "true");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.stderr().lines().toList())
                .containsExactly("straceflow: Unknown option: '--bogus'", "Try 'straceflow run --help' for more.");
    }

    private static void assertDidYouMean(String[] args, String message, String suggestion) {
        var r = Straceflow.inProcess(args);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        List<String> lines = r.stderr().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("straceflow: " + message).endsWith(" (did you mean " + suggestion + "?)");
        assertThat(lines.get(1)).startsWith("Try 'straceflow ").endsWith(" --help' for more.");
    }

    /** replay accepts a live-only option, as it always did, says that it ignores it, and replays as without it. */
    @Test
    void replayIgnoresALiveOnlyOptionAndSaysSo() throws Exception {
        Path trace = work.resolve("t.txt");
        TerminalTest.writeTrace(trace, 10);
        var r = Straceflow.run(work, "replay", "-q", "-T", "--grace", "1", "-o", "out", "t.txt");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).isEqualTo("straceflow: -T, --grace: only for run and attach; replay ignores them\n");
        assertThat(Files.readString(work.resolve("out/syscalls.log"))).isEqualTo(Files.readString(trace));
    }

    /** The long names (or the only name) of the options listed in a help text. */
    private static List<String> optionNames(String help) {
        List<String> names = new ArrayList<>();
        for (String line : help.lines().toList()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^  (?:(-\\w), )?(?: {4})?(--?[\\w-]+)")
                    .matcher(line);
            if (m.find()) {
                if (m.group(1) != null) {
                    names.add(m.group(1));
                }
                names.add(m.group(2));
            }
        }
        return names;
    }

    /** The long names of the options listed under {@code heading}. */
    private static List<String> section(String help, String heading) {
        String body = String.join(
                "\n",
                help.lines()
                        .dropWhile(l -> !l.equals(heading))
                        .skip(1)
                        .takeWhile(l -> !l.isEmpty())
                        .toList());
        return optionNames(body).stream().filter(n -> n.startsWith("--")).toList();
    }
}
