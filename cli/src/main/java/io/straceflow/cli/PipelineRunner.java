package io.straceflow.cli;

import io.straceflow.chain.IoErrors;
import io.straceflow.config.Settings;
import io.straceflow.kafka.KafkaCounts;
import io.straceflow.kafka.KafkaSettings;
import io.straceflow.metrics.MetricsSettings;
import io.straceflow.metrics.RunMetrics;
import io.straceflow.parse.DateRule;
import io.straceflow.sink.RunStats;
import io.straceflow.strace.LiveTrace;
import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceEnd;
import io.straceflow.strace.TraceRequest;
import io.straceflow.summary.RunSummary;
import io.straceflow.summary.SummaryFeed;
import io.straceflow.summary.SummaryReader;
import io.straceflow.summary.SummaryText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.camel.main.BaseMainSupport;

/**
 * Runs the YAML pipeline under camel-main for one trace and returns the exit code. camel-main's own
 * argument parsing is not used (it rejects unknown arguments): values go in as override properties.
 */
public final class PipelineRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelineRunner.class);

    private final PrintStream err;
    /** Held from before the first file of the run until its run.json is written. */
    private DirectoryLock lock;
    /** The replay's progress on a terminal, from the start of the trace until the report is ready to print. */
    private ProgressBar bar;
    /** The run's end once settled ({@link #settle}). */
    private TraceEnd settled;
    /** The summary the report printed, once it has. */
    private RunSummary reported;

    private boolean reportedWhileRunning;
    /** The Camel runtime of a run: camel-main, or Camel Quarkus in the Quarkus application ({@link #runOn}). */
    private static volatile java.util.function.Supplier<CamelHost> hosts = CamelMainHost::new;

    PipelineRunner(PrintStream err) {
        this.err = err;
    }

    int run(TraceRequest request, TraceOptions options) throws Exception {
        TraceControl control = new TraceControl();
        SignalForwarder.install(control); // first: a signal from now on ends the run cleanly
        request.setStraceOptions(options.straceArgs());
        request.setGrace(Duration.ofMillis(Math.round(options.graceSeconds * 1000)));
        request.setMaxLineBytes(maxLineBytes(options.maxLineBytes == null ? null : options.maxLineBytes.toString()));
        if (options.routes != null && !Files.isDirectory(options.routes)) {
            throw new UserError(ExitCodes.USAGE, "--routes: not a directory: " + options.routes);
        }
        checkRanges(options);
        SinkOptions.check(
                options.to); // before anything is traced or written: a sink Camel cannot make is a usage error
        Redaction redaction = Redaction.of(options);
        RunStats stats = new RunStats();
        // before anything is traced or written: a port in use is a usage error
        try (io.straceflow.chain.RunKeys keys = readKeys(options.key, "--key", options.signingKey, "--signing-key");
                RunMetrics metrics = startMetrics(options, stats)) {
            return run(request, options, redaction, control, keys, stats, metrics);
        } finally {
            closeBar();
            if (lock != null) {
                lock.close();
            }
        }
    }

    private int run(
            TraceRequest request,
            TraceOptions options,
            Redaction redaction,
            TraceControl control,
            io.straceflow.chain.RunKeys keys,
            RunStats stats,
            RunMetrics metrics)
            throws Exception {
        KafkaSettings kafka = kafkaSettings(options);
        OutputUndo undo = OutputUndo.before(options.out);
        lock = OutputDirectory.prepare(options.out, options.force);
        // the program starts now, while run.json (Jackson databind's first use) and Camel are made ready: ~0.1 s sooner
        StartupTiming.mark("checks (options, keys, output directory)");
        LiveTrace early = launchEarly(request, options, kafka, control);
        StartupTiming.mark("starting strace and the program");
        // the report's summary, counted while the trace runs; made once the program runs: its classes took ~35 ms
        SummaryFeed summary = new SummaryFeed(!options.quiet);
        RunManifest manifest;
        KafkaCounts shipper;
        TraceEnd end;
        try {
            manifest = new RunManifest(options.out, request, redaction.events(), redaction.raw());
            manifest.sealWith(manifestSeal(options.out, manifest.runId(), keys));
            manifest.writeStarted();

            StartupTiming.mark("run.json and its seal");
            CamelHost host = hosts.get();
            configure(host, request, options, redaction, control, manifest.runId(), kafka);
            host.bind("runKeys", keys);
            host.bind("runStats", stats);
            host.bind("runSummary", summary);
            shipper = KafkaSink.install(host.main(), host::bind, kafka, manifest.runId());
            meter(metrics, host::bind, manifest.runId(), request.getMode(), shipper);
            bar = ProgressBar.startForReplay(request.getMode(), options.quiet, control, stats, err);
            try {
                host.run(
                        control,
                        e -> e.refused()
                                ? ExitCodes.NO_PERMISSION
                                : settle(e, shipper, stats, request.getMode()).exitCode());
                StartupTiming.mark("sealing the streams, stopping Camel");
                end = control.endOrNull();
            } catch (Exception e) {
                control.interrupt(15);
                LOG.debug("pipeline failure", e);
                end = new TraceEnd(ExitCodes.INTERNAL, 0, 0, "the pipeline failed: " + firstLine(e));
            } finally {
                if (bar != null) {
                    bar.reporting(); // the streams are sealed; run.json's end and the report next
                }
            }
        } finally {
            if (early != null) {
                early.abandonIfNotRun(); // Camel never took it over (or run.json failed): the program must not run on
            }
        }
        if (end == null) {
            end = new TraceEnd(ExitCodes.INTERNAL, 0, 0, "the pipeline stopped before the trace ended");
        }
        if (end.refused()) {
            return refused(undo);
        }
        if (shipper != null) {
            closeBar(); // Kafka's last deliveries may end in a line on stderr
        }
        end = settle(end, shipper, stats, request.getMode());
        finish(manifest, end, options, stats, summary);
        SignalForwarder.install(signal -> metrics.stopLingering()); // the trace is over: a signal only cuts the linger
        StartupTiming.mark("run.json's end and the report");
        metrics.ended();
        return end.exitCode();
    }

    /**
     * The run's end as reported and returned, fixed by its first caller: Kafka's losses (exit 74, its counters into
     * run.json, one line on stderr) and a replay's warnings over the trace's own end. Camel Quarkus asks as soon as the
     * trace has ended (it must be told the exit code before Camel stops); camel-main once Camel has stopped.
     */
    private synchronized TraceEnd settle(TraceEnd end, KafkaCounts shipper, RunStats stats, TraceRequest.Mode mode) {
        if (settled == null) {
            settled = withWarnings(KafkaSink.finish(shipper, stats, end, err), stats, mode);
        }
        return settled;
    }

    /**
     * The runtime of the runs that follow: camel-main unless the Quarkus application chose Camel Quarkus, before it
     * runs the same command line.
     */
    public static void runOn(java.util.function.Supplier<CamelHost> runtime) {
        hosts = runtime;
    }

    /**
     * The run's settings (override properties) and its request and control beans, on either runtime; the routes are
     * read when it runs. Not private: the route tests (io.straceflow.routes) load the routes with exactly these
     * settings (CliRun).
     */
    static <H extends CamelHost> H configure(
            H host,
            TraceRequest request,
            TraceOptions options,
            Redaction redaction,
            TraceControl control,
            String runId,
            KafkaSettings kafka)
            throws IOException {
        BaseMainSupport main = host.main();
        host.bind("traceRequest", request);
        host.bind("traceControl", control);
        traceProperties(request, options.out, runId, traceDate(request, options))
                .forEach(main::addOverrideProperty);
        main.addOverrideProperty("straceflow.window", Long.toString(options.windowMillis));
        main.addOverrideProperty("straceflow.redact", Boolean.toString(redaction.events()));
        main.addOverrideProperty("straceflow.redact-raw", Boolean.toString(redaction.raw()));
        if (options.quietFlushMillis <= 0) {
            main.addOverrideProperty("straceflow.actions.quiet-flush", "false");
        } else if (request.getMode() != TraceRequest.Mode.REPLAY) {
            main.addOverrideProperty("straceflow.actions.grace", Long.toString(options.quietFlushMillis));
        }
        routeFiles(kafka.enabled(), options.routes).forEach(main::addOverrideProperty);
        SinkOptions.properties(options.to).forEach(main::addOverrideProperty);
        return host;
    }

    /**
     * A live trace starts before Camel does, its output read into memory until the pipeline takes over
     * (LiveTrace.launch): the program need not wait for Camel's start-up (a traced {@code dd bs=1 count=50000} took
     * 6.8 s instead of 7.9 s, medians of 3 alternating on a loaded machine). Every check that can
     * refuse the run (options, output directory, keys, the Kafka broker and topics) is done by now. Not with --routes
     * or Kafka: a user's route, or a producer setting, that Camel refuses would stop a program that had already started.
     */
    private static LiveTrace launchEarly(
            TraceRequest request, TraceOptions options, KafkaSettings kafka, TraceControl control)
            throws IOException, InterruptedException {
        if (request.getMode() == TraceRequest.Mode.REPLAY || options.routes != null || kafka.enabled()) {
            return null;
        }
        LiveTrace trace = new LiveTrace(request);
        control.prelaunched(trace);
        trace.launch();
        return trace;
    }

    private RunMetrics startMetrics(TraceOptions o, RunStats stats) {
        return startMetrics(
                () -> MetricsSettings.resolve(o.metricsPort, o.metricsHost, o.metricsLingerSeconds), stats, err);
    }

    /**
     * The metrics endpoint, when asked for, under camel-main and Camel Quarkus alike; its address goes to stderr
     * (port 0 picks a free one). A bad setting or a port in use is a usage error, before anything is traced.
     */
    static RunMetrics startMetrics(
            java.util.function.Supplier<MetricsSettings> settings, RunStats stats, PrintStream err) {
        try {
            RunMetrics metrics = RunMetrics.start(settings.get(), stats);
            if (metrics.enabled()) {
                err.println("straceflow: metrics on " + metrics.url());
            }
            return metrics;
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
    }

    /** The run's meters into Camel's registry (through {@code bind}), and Kafka's delivery counts live when shipping. */
    static void meter(
            RunMetrics metrics,
            java.util.function.BiConsumer<String, Object> bind,
            String runId,
            TraceRequest.Mode mode,
            KafkaCounts shipper) {
        metrics.bindCamel(bind, runId, mode.name().toLowerCase(java.util.Locale.ROOT));
        if (shipper != null) {
            shipper.counters().forEach(metrics::liveCounter);
        }
    }

    /**
     * The route files Camel loads, under camel-main and Camel Quarkus alike: the pipeline's (routes/), the user's
     * ({@code userRoutes}/*.yaml, when given), and routes/kafka.yaml only when shipping (else an idle producer starts).
     */
    static java.util.Map<String, String> routeFiles(boolean kafka, java.nio.file.Path userRoutes) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        // named, not classpath:routes/*.yaml: a wildcard scans the class path on every run (~10 ms of a warm run)
        String routes = "classpath:routes/trace.yaml,classpath:routes/actions.yaml";
        if (kafka) {
            routes += ",classpath:routes/kafka.yaml";
        }
        if (userRoutes != null) {
            routes += ",file:" + userRoutes.toAbsolutePath() + "/*.yaml";
        }
        p.put("camel.main.routes-include-pattern", routes);
        return p;
    }

    /** The properties of one trace that the routes read, as camel-main and Camel Quarkus both set them. */
    static java.util.Map<String, String> traceProperties(
            TraceRequest request, java.nio.file.Path out, String runId, String date) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("straceflow.mode", request.getMode().name().toLowerCase(java.util.Locale.ROOT));
        p.put("straceflow.out", out.toAbsolutePath().toString());
        p.put("straceflow.run-id", runId);
        p.put("straceflow.live", Boolean.toString(request.getMode() != TraceRequest.Mode.REPLAY));
        p.put("straceflow.date", date);
        if (request.getMode() == TraceRequest.Mode.REPLAY) {
            // a replay runs faster than the trace did: only event time may close groups
            p.put("straceflow.actions.quiet-flush", "false");
        }
        if (request.getMode() == TraceRequest.Mode.ATTACH) {
            p.put(
                    "straceflow.attach-pids",
                    String.join(
                            ",", request.getPids().stream().map(String::valueOf).toList()));
        }
        return p;
    }

    /**
     * Checked before the output directory is touched: a bad option, an unreachable broker or topics that cannot be
     * created trace nothing.
     */
    private static KafkaSettings kafkaSettings(TraceOptions o) {
        return KafkaSink.settings(() -> KafkaSettings.resolve(
                o.sink,
                o.kafkaBrokers,
                o.topicPrefix,
                o.kafkaTimeoutSeconds == null ? null : Math.round(o.kafkaTimeoutSeconds * 1000)));
    }

    /**
     * The longest line parsed: {@code cli} when given, else straceflow.max-line-bytes (-D, application.properties).
     * Up to 1 GiB: the reader's buffer and the batch each hold that much once.
     */
    static int maxLineBytes(String cli) {
        String v = new Settings()
                .get(
                        cli,
                        "straceflow.max-line-bytes",
                        Integer.toString(io.straceflow.strace.LineReader.DEFAULT_MAX_LINE));
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 1 << 30) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserError(
                ExitCodes.USAGE, "--max-line-bytes must be a number of bytes from 1 to 1073741824, not " + v);
    }

    /** Numbers the routes would only reject after the output directory exists. */
    private static void checkRanges(TraceOptions o) {
        if (o.windowMillis <= 0) {
            throw new UserError(ExitCodes.USAGE, "--window must be a positive number of milliseconds");
        }
        if (o.quietFlushMillis < 0) {
            throw new UserError(ExitCodes.USAGE, "--quiet-flush must be 0 or more milliseconds");
        }
        if (o.graceSeconds < 0) {
            throw new UserError(ExitCodes.USAGE, "--grace must be 0 or more seconds");
        }
        if (o.stringSize != null && o.stringSize < 0) {
            throw new UserError(ExitCodes.USAGE, "-s must be 0 or more bytes");
        }
        if (o.seccompBpf && o.expressions.stream().noneMatch(e -> e.startsWith("trace="))) {
            // strace would trace everything and only warn: say it before anything runs
            throw new UserError(ExitCodes.USAGE, "--seccomp-bpf needs -e trace=... (the syscalls to stop on)");
        }
    }

    /**
     * The run's keys, each file (null: none) read exactly once, here: it may be a pipe ({@code --key <(vault read
     * ...)}), which reads only once. The run.json seal and the stream writers (the bean {@code runKeys}) take the keys
     * from memory. A key that cannot be used is a usage error before anything is written, not a failed run. Camel
     * Quarkus reads its keys here too.
     */
    static io.straceflow.chain.RunKeys readKeys(
            java.nio.file.Path keyFile, String keyOption, java.nio.file.Path signingKeyFile, String signingOption) {
        readable(keyFile, keyOption);
        readable(signingKeyFile, signingOption);
        try {
            return io.straceflow.chain.RunKeys.read(keyFile, signingKeyFile);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, IoErrors.describe(e));
        } catch (RuntimeException e) {
            throw new UserError(ExitCodes.USAGE, String.valueOf(e.getMessage()));
        }
    }

    private static void readable(java.nio.file.Path file, String option) {
        if (file != null && !Files.isReadable(file)) {
            throw new UserError(ExitCodes.USAGE, option + ": cannot read " + file);
        }
    }

    /**
     * The seal of run.json: a chain of its own in the output directory, keyed and signed with the streams' keys (taken
     * from memory: the stream writers take them later), so that run.json cannot be changed unnoticed (nor, with a
     * key, forged). Camel Quarkus uses it too.
     */
    static io.straceflow.chain.ManifestSeal manifestSeal(
            java.nio.file.Path out, String runId, io.straceflow.chain.RunKeys keys) {
        io.straceflow.chain.ChainConfig cfg = keys.applyTo(io.straceflow.chain.ChainConfig.builder())
                .runId(runId)
                .build();
        try {
            return io.straceflow.chain.ManifestSeal.create(out, cfg);
        } catch (IOException e) { // as for run.json's first write: the output directory cannot be used
            throw new UserError(
                    ExitCodes.CANT_CREATE,
                    "cannot create " + out.resolve(io.straceflow.chain.ManifestSeal.CHAIN_FILE) + ": "
                            + io.straceflow.chain.IoErrors.reason(e));
        } finally {
            cfg.destroyKey(); // the seal keeps only its evolving epoch key
        }
    }

    /** strace -tt prints no date: take --date, else {@link #traceDate(TraceRequest)}. */
    private static String traceDate(TraceRequest request, TraceOptions options) throws IOException {
        if (options.date != null) {
            return DateRule.on(options.date).toString();
        }
        return traceDate(request);
    }

    /**
     * The date rule of a trace given no date ({@code straceflow.date}): a replayed file ends by its modification time;
     * a live run, or a replay of standard input, starts now.
     */
    static String traceDate(TraceRequest request) throws IOException {
        if (request.getMode() == TraceRequest.Mode.REPLAY && !request.getFiles().contains("-")) {
            java.nio.file.Path first = java.nio.file.Path.of(request.getFiles().get(0));
            return DateRule.endedBy(Files.getLastModifiedTime(first).toInstant())
                    .toString();
        }
        return DateRule.startedAt(java.time.Instant.now()).toString();
    }

    /** The run's summary, as `straceflow summary DIR` would read it: counted while it ran, else read from the files. */
    private static RunSummary summary(java.nio.file.Path out, SummaryFeed feed) throws IOException {
        RunSummary counted = feed == null ? null : feed.finish(out);
        return counted != null ? counted : SummaryReader.read(out);
    }

    /** The run at a glance (as `straceflow summary DIR` prints it); the counters line if that fails. */
    private static String text(RunSummary s, RunStats stats) {
        if (s != null) {
            try {
                java.io.StringWriter text = new java.io.StringWriter();
                java.io.PrintWriter w = new java.io.PrintWriter(text);
                SummaryText.print(s, w);
                w.flush();
                return text.toString();
            } catch (RuntimeException e) {
                LOG.debug("no summary", e);
            }
        }
        StringBuilder counters = new StringBuilder("straceflow:");
        stats.snapshot()
                .forEach((k, v) -> counters.append(' ').append(k).append('=').append(v));
        return counters.append(System.lineSeparator()).toString();
    }

    /** attach refused for every pid: each refusal was said on stderr, and an empty trace is not worth keeping. */
    static int refused(OutputUndo undo) throws IOException {
        undo.undo();
        return ExitCodes.NO_PERMISSION;
    }

    static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void finish(RunManifest manifest, TraceEnd end, TraceOptions options, RunStats stats, SummaryFeed summary) {
        reported = report(err, manifest, end, options.out, options.quiet, stats, summary, this::closeBar);
        reportedWhileRunning = summary.counted();
    }

    /** Whether the summary reported was counted while the trace ran, not read from the files. */
    boolean reportedWhileRunning() {
        return reportedWhileRunning;
    }

    /** The summary the report printed (tests compare it with `summary DIR`); null when it printed none. */
    RunSummary reported() {
        return reported;
    }

    /** Leaves the progress bar's last frame (once), before anything else is printed. */
    private void closeBar() {
        ProgressBar.end(bar);
    }

    /**
     * A replay that went well but met an input that is mostly not strace output exits {@link ExitCodes#DATA_ERROR}:
     * everything is written, yet a script that replayed the wrong file should not take it for a trace. {@code run} and
     * {@code attach} keep their exit codes (the program's, or 0); the warning is printed and in run.json for all.
     */
    static TraceEnd withWarnings(TraceEnd end, RunStats stats, TraceRequest.Mode mode) {
        if (mode != TraceRequest.Mode.REPLAY
                || end.exitCode() != 0
                || stats.warnings().isEmpty()) {
            return end;
        }
        return new TraceEnd(ExitCodes.DATA_ERROR, end.lines(), end.interruptedBy(), end.failure());
    }

    /**
     * Ends run.json and prints the failure and (unless quiet) the summary and the counters: camel-main and Camel
     * Quarkus. The summary is the one {@code summary} counted while the trace ran (bean runSummary), with run.json's
     * fields; read from the files when it has none. {@code beforeOutput} runs once the summary is ready, before the
     * first line is printed (the progress bar ends there). Returns the summary printed, or null.
     */
    static RunSummary report(
            PrintStream err,
            RunManifest manifest,
            TraceEnd end,
            java.nio.file.Path out,
            boolean quiet,
            RunStats stats,
            SummaryFeed summary,
            Runnable beforeOutput) {
        end = linesWritten(end, stats);
        String manifestFailure = null;
        try {
            manifest.writeEnded(end, stats.snapshot(), stats.warnings());
        } catch (IOException e) {
            manifestFailure =
                    "straceflow: " + e.getMessage() + (manifest.endWritten() ? "" : " (it still says \"running\")");
        }
        // a failed run's summary would read streams that end in mid-air: the cause and the count say more
        RunSummary s = null;
        String text = null;
        if (end.failure() == null && !quiet) {
            try {
                s = summary(out, summary);
            } catch (IOException | RuntimeException e) {
                LOG.debug("no summary", e); // the counters line below says what there is
            }
            text = text(s, stats);
        }
        beforeOutput.run();
        if (manifestFailure != null) {
            err.println(manifestFailure);
        }
        stats.warnings().forEach(w -> err.println("straceflow: warning: " + w)); // also with -q: they are not chatter
        if (end.failure() != null) {
            err.println("straceflow: " + end.failure());
        } else if (text != null) {
            err.print(text);
            err.flush();
        }
        if (!quiet) {
            err.printf(
                    "straceflow: %d lines traced%s; output in %s (exit %d)%n",
                    end.lines(),
                    end.interrupted() ? ", stopped by signal " + end.interruptedBy() : "",
                    out,
                    end.exitCode());
        }
        return text == null ? null : s;
    }

    /**
     * A run that failed counts the lines that reached syscalls.log, not the lines its trace reader got to before the
     * failure (none, when it was the one that failed).
     */
    private static TraceEnd linesWritten(TraceEnd end, RunStats stats) {
        if (end.failure() == null) {
            return end;
        }
        return new TraceEnd(end.exitCode(), stats.get("lines"), end.interruptedBy(), end.failure());
    }
}
