package io.straceflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options shared by run, attach and replay. Each names the group its command's --help lists it under ({@link
 * HelpGroup.In}); one that only a live trace uses is {@code liveOnly}, and replay's --help leaves it out. A new option
 * takes its group the same way, e.g. {@code @HelpGroup.In(HelpGroup.OUTPUT)} for an output option.
 */
final class TraceOptions {
    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Output directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "straceflow-out")
    Path out;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = "--force",
            description = "Replace the streams of a previous run in the output directory instead of refusing.")
    boolean force;

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = "-e",
            paramLabel = "EXPR",
            description = "A strace -e expression, passed through (repeatable), e.g. -e trace=%%file,%%network.")
    List<String> expressions = new ArrayList<>();

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = "-T",
            description = "Record the time spent in each syscall (strace -T). On by default: it costs little"
                    + " (bench/syscall-times.sh); --no-syscall-times turns it off.")
    boolean syscallTimes;

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = "--no-syscall-times",
            description = "Do not record the time spent in each syscall (no strace -T): the report then shows calls"
                    + " and errors only.")
    boolean noSyscallTimes;

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(names = "-Y", description = "Print command names of pids (strace -Y).")
    boolean comm;

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = {"-s", "--string-size"},
            paramLabel = "N",
            description = "Print strings up to N bytes in full (strace -s; default 1000); longer ones are cut and"
                    + " their events say truncated.")
    Integer stringSize;

    @HelpGroup.In(HelpGroup.TRACING)
    @Option(
            names = "--max-line-bytes",
            paramLabel = "N",
            description = "Parse lines up to N bytes (default 1048576, or straceflow.max-line-bytes). A longer line is"
                    + " kept whole in syscalls.log but never held in memory; its event is unparsed, with its first N"
                    + " bytes and truncated: true.")
    Integer maxLineBytes;

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = "--seccomp-bpf",
            description = "Let the kernel stop only the syscalls named by -e trace=... (strace --seccomp-bpf): much"
                    + " less slowdown of the program when you trace a few syscalls; needs -e trace=.")
    boolean seccompBpf;

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = "--strace-opt",
            paramLabel = "OPT",
            description = "Any other strace option, passed through (repeatable), e.g. --strace-opt=--seccomp-bpf.")
    List<String> straceOptions = new ArrayList<>();

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = "--grace",
            paramLabel = "SECONDS",
            description =
                    "On Ctrl+C/SIGTERM: seconds between SIGTERM and SIGKILL of the traced tree (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    double graceSeconds;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = "--routes",
            paramLabel = "DIR",
            description = "Load your own Camel YAML routes from DIR (*.yaml) next to the pipeline.")
    Path routes;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = "--to",
            paramLabel = "STREAM=URI",
            description =
                    "Also send every record of STREAM (raw, events, enriched or actions) to the Camel endpoint URI,"
                            + " one exchange each (String body; headers straceflow.run, straceflow.stream, straceflow.seq),"
                            + " e.g. --to events=stream:out or --to actions=direct:mine with --routes. Repeatable.")
    java.util.List<String> to = new java.util.ArrayList<>();

    @HelpGroup.In(HelpGroup.INTEGRITY)
    @Option(
            names = "--key",
            paramLabel = "FILE",
            description = "Chain key (32 random bytes, from 'straceflow keygen FILE'): tags become keyed MACs"
                    + " that evolve at every checkpoint (forward security). Keep the file off this host after start.")
    Path key;

    @HelpGroup.In(HelpGroup.INTEGRITY)
    @Option(
            names = "--signing-key",
            paramLabel = "FILE",
            description = "Ed25519 key (from 'straceflow keygen --signing FILE') that signs every checkpoint.")
    Path signingKey;

    @HelpGroup.In(HelpGroup.TRACING)
    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description =
                    "Date of the trace's first line, for absolute times (strace -tt prints none). Default: the date"
                            + " nearest the start for run/attach; for replay, the latest date that puts the first line"
                            + " no later than the input file's modification time.")
    java.time.LocalDate date;

    @HelpGroup.In(HelpGroup.TRACING)
    @Option(
            names = "--window",
            paramLabel = "MS",
            description = "Actions: calls of one (pid, fd, operation) less than MS apart in trace time form one action"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "100")
    long windowMillis;

    @HelpGroup.In(value = HelpGroup.TRACING, liveOnly = true)
    @Option(
            names = "--quiet-flush",
            paramLabel = "MS",
            description = "Live runs: an action whose key went quiet is written window + MS after its last call"
                    + " (wall clock; default: ${DEFAULT-VALUE}). 0: only the next call of its key, the size cap or the"
                    + " end of the trace close it, so the live run gives exactly the actions of a replay even when a"
                    + " call blocks or the machine stalls.",
            defaultValue = "500")
    long quietFlushMillis;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing at the end of the run.")
    boolean quiet;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = "--no-redact",
            description = "Keep secrets and environment values in events, enriched, actions and run.json. By default"
                    + " execve environment values and obvious secrets (password=, token=, Authorization: headers,"
                    + " private key blocks ...) are masked there; syscalls.log is not touched.")
    boolean noRedact;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = "--redact-raw",
            description = "Mask the same secrets in syscalls.log too (its chain covers what is written): it is then no"
                    + " longer strace's exact output.")
    boolean redactRaw;

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(
            names = "--sink",
            paramLabel = "SINKS",
            description = "file, kafka or file,kafka. The files are always written (they are the outbox);"
                    + " kafka also ships every line. Default: file, or file,kafka with --kafka-brokers.")
    String sink;

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(
            names = "--kafka-brokers",
            paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (straceflow.kafka.brokers).")
    String kafkaBrokers;

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(
            names = "--topic-prefix",
            paramLabel = "P",
            description = "Topics P.raw, P.raw.chain, P.events, P.enriched, P.actions, P.checkpoints (default strace).")
    String topicPrefix;

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(
            names = "--kafka-timeout",
            paramLabel = "SECONDS",
            description = "Wait at most this long for a broker at start, and for each record to be delivered"
                    + " (default 30).")
    Double kafkaTimeoutSeconds;

    @HelpGroup.In(HelpGroup.METRICS)
    @Option(
            names = "--metrics-port",
            paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://HOST:PORT/metrics and /health while the trace runs;"
                    + " 0 picks a free port (printed on stderr). Default: off (straceflow.metrics-port).")
    Integer metricsPort;

    @HelpGroup.In(HelpGroup.METRICS)
    @Option(
            names = "--metrics-host",
            paramLabel = "HOST",
            description = "Address of the metrics endpoint (default 127.0.0.1; 0.0.0.0 for every interface).")
    String metricsHost;

    @HelpGroup.In(HelpGroup.METRICS)
    @Option(
            names = "--metrics-linger",
            paramLabel = "SECONDS",
            description = "After the trace ends, keep the metrics endpoint up until it is scraped once more, at most"
                    + " SECONDS, so a scraper sees the final counts (default 0).")
    Double metricsLingerSeconds;

    /**
     * strace options from -s, --seccomp-bpf, -e, -T (unless --no-syscall-times), -Y and --strace-opt, in the order strace expects them (a later
     * -s overrides straceflow's own -s 1000).
     */
    List<String> straceArgs() {
        if (syscallTimes && noSyscallTimes) {
            throw new UserError(ExitCodes.USAGE, "-T and --no-syscall-times contradict each other: give one");
        }
        List<String> args = new ArrayList<>();
        if (stringSize != null) {
            args.add("-s");
            args.add(String.valueOf(stringSize));
        }
        if (seccompBpf) {
            args.add("--seccomp-bpf");
        }
        if (!noSyscallTimes) { // -T is the default (the -T option stays accepted)
            args.add("-T");
        }
        if (comm) {
            args.add("-Y");
        }
        for (String e : expressions) {
            args.add("-e");
            args.add(e);
        }
        args.addAll(straceOptions);
        return args;
    }
}
