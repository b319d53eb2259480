package io.straceflow.quarkus;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.straceflow.chain.RunKeys;
import io.straceflow.cli.DirectoryLock;
import io.straceflow.cli.Executables;
import io.straceflow.cli.ExitCodes;
import io.straceflow.cli.KafkaSink;
import io.straceflow.cli.OutputDirectory;
import io.straceflow.cli.OutputUndo;
import io.straceflow.cli.PipelineRunner;
import io.straceflow.cli.ProgressBar;
import io.straceflow.cli.ReplayCommand;
import io.straceflow.cli.RunManifest;
import io.straceflow.cli.SignalForwarder;
import io.straceflow.cli.SinkOptions;
import io.straceflow.cli.StraceflowCli;
import io.straceflow.cli.UserError;
import io.straceflow.config.Settings;
import io.straceflow.kafka.KafkaCounts;
import io.straceflow.kafka.KafkaSettings;
import io.straceflow.metrics.MetricsSettings;
import io.straceflow.metrics.RunMetrics;
import io.straceflow.parse.DateRule;
import io.straceflow.sink.RunStats;
import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceEnd;
import io.straceflow.strace.TraceRequest;
import io.straceflow.summary.SummaryFeed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.quarkus.core.CamelRuntime;
import org.apache.camel.quarkus.main.CamelMain;
import org.eclipse.microprofile.config.Config;

/**
 * The straceflow pipeline under Camel Quarkus (issue #9): what {@link PipelineRunner} does for camel-main, with
 * the trace taken from Quarkus configuration ({@code straceflow.mode}, {@code straceflow.files} …) and the
 * application arguments instead of picocli. Camel's own bootstrap is off ({@code quarkus.camel.bootstrap.enabled
 * = false}): the output directory is checked and run.json written first, then the same beans are bound, the same
 * properties set, and the Camel runtime started; the application exits with straceflow's exit code once the trace
 * has ended. Uses the public pieces of straceflow-cli that the command line runs on (run.json, output directory,
 * keys, signals, Kafka's checks).
 */
@QuarkusMain
public class QuarkusPipeline implements QuarkusApplication {
    /** The camel-main defaults (the root application.properties), Camel's lowest-priority properties here. */
    static final String DEFAULTS = Settings.DEFAULTS;

    private final PrintStream err = System.err;
    /** The output directory's lock, held from before its first file until run.json is written. */
    private DirectoryLock lock;
    /** The run's keys, each file read once before anything is written (PipelineRunner.readKeys). */
    private RunKeys keys;
    /** The replay's progress bar on a terminal, or null. */
    private ProgressBar bar;
    /** The metrics endpoint (off unless straceflow.metrics-port is set), closed when the run returns. */
    private RunMetrics metrics;
    /** The run's end, Kafka's losses and warnings applied ({@link #settle}). */
    private TraceEnd settled;

    @Inject
    Config config;

    @Inject
    CamelMain main;

    @Inject
    CamelRuntime runtime;

    @Inject
    CamelContext camelContext;

    /**
     * The commands that trace nothing, run by camel-main's own command line (picocli) with the same options, output
     * and exit codes; Camel is never started for them.
     */
    static final List<String> OFFLINE_COMMANDS = List.of("verify", "summary", "keygen");

    @Override
    public int run(String... args) throws Exception {
        if (args.length > 0 && OFFLINE_COMMANDS.contains(args[0])) {
            return StraceflowCli.commandLine().execute(args);
        }
        try {
            return trace(args);
        } catch (UserError e) {
            err.println("straceflow: " + e.getMessage());
            return e.exitCode();
        } finally {
            if (keys != null) {
                keys.close(); // the chain key, if the stream writers never took it
            }
            closeBar();
            if (metrics != null) {
                metrics.close();
            }
            if (lock != null) {
                lock.close();
            }
        }
    }

    private int trace(String[] args) throws Exception {
        TraceRequest request = request(args);
        Path out = Path.of(string("straceflow.out").orElse("straceflow-out"));
        boolean quiet = bool("straceflow.quiet", false);
        // straceflow.sink, straceflow.kafka.*: read as camel-main reads them, from Quarkus' configuration; the broker
        // and the topics are checked before anything is written (exit 75 when they cannot take the run)
        KafkaSettings kafka = KafkaSink.settings(
                () -> KafkaSettings.resolve(new Settings(k -> string(k).orElse(null)), null, null, null, null));
        keys = PipelineRunner.readKeys(
                string("straceflow.key").map(Path::of).orElse(null),
                "straceflow.key",
                string("straceflow.signing-key").map(Path::of).orElse(null),
                "straceflow.signing-key");
        Optional<String> userRoutes = string("straceflow.routes");
        if (userRoutes.isPresent() && !Files.isDirectory(Path.of(userRoutes.get()))) {
            throw new UserError(ExitCodes.USAGE, "straceflow.routes: not a directory: " + userRoutes.get());
        }

        // before anything is traced or written: a sink Camel cannot make is a usage error, as camel-main's --to
        SinkOptions.check(sinkSpecs());
        TraceControl control = new TraceControl();
        RunStats stats = new RunStats();
        // before anything is traced or written: a port in use is a usage error, as under camel-main
        metrics = startMetrics(stats);
        SignalForwarder.install(control);
        OutputUndo undo = OutputUndo.before(out);
        lock = OutputDirectory.prepare(out, bool("straceflow.force", false));
        // the routes read straceflow.redact / straceflow.redact-raw themselves (defaults: application.properties)
        RunManifest manifest =
                new RunManifest(out, request, bool("straceflow.redact", true), bool("straceflow.redact-raw", false));
        manifest.sealWith(PipelineRunner.manifestSeal(out, manifest.runId(), keys));
        manifest.writeStarted();

        main.setInitialProperties(defaults());
        PipelineRunner.traceProperties(request, out, manifest.runId(), traceDate(request))
                .forEach(main::addOverrideProperty);
        PipelineRunner.routeFiles(kafka.enabled(), userRoutes.map(Path::of).orElse(null))
                .forEach(main::addOverrideProperty);

        camelContext.getRegistry().bind("traceRequest", request);
        camelContext.getRegistry().bind("traceControl", control);
        camelContext.getRegistry().bind("runStats", stats);
        SummaryFeed summary = new SummaryFeed(!quiet); // the report's summary, counted while the trace runs
        camelContext.getRegistry().bind("runSummary", summary);
        camelContext.getRegistry().bind("runKeys", keys); // in memory: a key file may be a pipe, read only once
        KafkaCounts shipper = KafkaSink.install(main, camelContext.getRegistry()::bind, kafka, manifest.runId());
        PipelineRunner.meter(metrics, camelContext.getRegistry()::bind, manifest.runId(), request.getMode(), shipper);
        // first exit code recorded wins in Quarkus: ours, before the consumer stops Camel and Camel Quarkus
        // asks for exit 0 (a race measured in CI: "exit 3" printed, 0 returned). The trace ends after Kafka's last
        // deliveries were awaited (route kafka-drain): its losses are known by then
        control.whenFinished(e -> Quarkus.asyncExit(
                e.refused()
                        ? ExitCodes.NO_PERMISSION
                        : settle(e, shipper, stats, request.getMode()).exitCode()));

        // a replay on a terminal: camel-main's progress bar on stderr, until the report
        bar = ProgressBar.startForReplay(request.getMode(), quiet, control, stats, err);
        TraceEnd end;
        try {
            runtime.start(new String[0]);
            end = awaitEnd(control);
            if (bar != null) {
                bar.reporting(); // the streams are sealed; run.json's end and the report next
            }
        } catch (Exception e) {
            control.interrupt(15);
            end = new TraceEnd(ExitCodes.INTERNAL, 0, 0, "the pipeline failed: " + PipelineRunner.firstLine(e));
        }
        if (end == null) {
            end = new TraceEnd(ExitCodes.INTERNAL, 0, 0, "the pipeline stopped before the trace ended");
        }
        if (end.refused()) {
            return PipelineRunner.refused(undo);
        }
        if (shipper != null) {
            closeBar(); // Kafka's last deliveries may end in a line on stderr
        }
        end = settle(end, shipper, stats, request.getMode());
        PipelineRunner.report(err, manifest, end, out, quiet, stats, summary, this::closeBar);
        SignalForwarder.install(signal -> metrics.stopLingering()); // the trace is over: a signal only cuts the linger
        metrics.ended();
        return end.exitCode();
    }

    private void closeBar() {
        ProgressBar.end(bar);
        bar = null;
    }

    /** straceflow.sinks.STREAM (comma-separated URIs) as camel-main's --to STREAM=URI specs. */
    private List<String> sinkSpecs() {
        List<String> specs = new java.util.ArrayList<>();
        for (String stream : List.of("raw", "events", "enriched", "actions")) {
            string("straceflow.sinks." + stream).ifPresent(uris -> {
                for (String uri : uris.split(",")) {
                    if (!uri.isBlank()) {
                        specs.add(stream + "=" + uri.strip());
                    }
                }
            });
        }
        return specs;
    }

    /**
     * The metrics endpoint when straceflow.metrics-port is set (straceflow.metrics-host, straceflow.metrics-linger-ms
     * too): the same server, names and paths as camel-main's --metrics-port; its address goes to stderr.
     */
    private RunMetrics startMetrics(RunStats stats) {
        try {
            return PipelineRunner.startMetrics(
                    () -> MetricsSettings.resolve(
                            string(MetricsSettings.PORT).map(Integer::valueOf).orElse(null),
                            string(MetricsSettings.HOST).orElse(null),
                            string(MetricsSettings.LINGER)
                                    .map(ms -> Long.parseLong(ms) / 1000.0)
                                    .orElse(null)),
                    stats,
                    err);
        } catch (UserError e) { // named as the properties they are here (a bad number says only its input)
            throw new UserError(e.exitCode(), "straceflow.metrics-*: " + e.getMessage());
        }
    }

    /**
     * The run's end as reported and returned, once: Kafka's losses (exit 74, its counters into run.json) and replay
     * warnings over the trace's own end, as under camel-main. The first caller fixes it: the trace's end (the
     * exit code Quarkus keeps), then the report.
     */
    private synchronized TraceEnd settle(TraceEnd end, KafkaCounts shipper, RunStats stats, TraceRequest.Mode mode) {
        if (settled == null) {
            settled = PipelineRunner.withWarnings(KafkaSink.finish(shipper, stats, end, err), stats, mode);
        }
        return settled;
    }

    /** The trace's end, or null once Camel stopped without one. */
    private TraceEnd awaitEnd(TraceControl control) throws InterruptedException {
        while (true) {
            TraceEnd end = control.awaitEnd(200, TimeUnit.MILLISECONDS);
            if (end != null) {
                return end;
            }
            if (camelContext.isStopped()) {
                return control.endOrNull();
            }
        }
    }

    /** Mode from straceflow.mode; the command, pids or files from the arguments, else from properties. */
    private TraceRequest request(String[] args) {
        TraceRequest r = new TraceRequest();
        String mode = string("straceflow.mode").orElse("run");
        try {
            r.setMode(TraceRequest.Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, "straceflow.mode: run, attach or replay, not " + mode);
        }
        List<String> positional =
                Arrays.stream(args).filter(a -> !"--".equals(a)).toList();
        r.setStraceOptions(split(string("straceflow.strace-options").orElse(""), "\\s+"));
        r.setMaxLineBytes(
                PipelineRunner.maxLineBytes(string("straceflow.max-line-bytes").orElse(null)));
        String grace = string("straceflow.grace").orElse("5").strip();
        try {
            r.setGrace(Duration.ofMillis(Math.round(Double.parseDouble(grace) * 1000)));
        } catch (NumberFormatException e) {
            throw new UserError(ExitCodes.USAGE, "straceflow.grace: not a number of seconds: " + grace);
        }
        switch (r.getMode()) {
            case RUN -> {
                List<String> command = positional.isEmpty()
                        ? split(string("straceflow.command").orElse(""), "\\s+")
                        : positional;
                if (command.isEmpty()) {
                    throw new UserError(ExitCodes.USAGE, "run: no program (arguments, or straceflow.command)");
                }
                r.setStrace(Executables.strace());
                Executables.checkProgram(command.get(0));
                r.setCommand(command);
            }
            case ATTACH -> {
                List<String> pids = positional.isEmpty()
                        ? split(string("straceflow.attach-pids").orElse(""), ",")
                        : positional;
                if (pids.isEmpty()) {
                    throw new UserError(ExitCodes.USAGE, "attach: no pid (arguments, or straceflow.attach-pids)");
                }
                r.setStrace(Executables.strace());
                try {
                    r.setPids(pids.stream().map(p -> Integer.valueOf(p.strip())).toList());
                } catch (NumberFormatException e) {
                    throw new UserError(ExitCodes.USAGE, "attach: not a pid: " + e.getMessage());
                }
            }
            case REPLAY -> {
                List<String> files =
                        positional.isEmpty() ? split(string("straceflow.files").orElse(""), ",") : positional;
                if (files.isEmpty()) {
                    throw new UserError(ExitCodes.USAGE, "replay: no input (arguments, or straceflow.files)");
                }
                ReplayCommand.checkInputs(files);
                r.setFiles(files);
            }
        }
        return r;
    }

    /** strace -tt prints no date: straceflow.date, else the same rule as camel-main's ({@link PipelineRunner}). */
    private String traceDate(TraceRequest request) throws IOException {
        Optional<String> date = string("straceflow.date");
        if (date.isPresent()) {
            try {
                return DateRule.on(LocalDate.parse(date.get().strip())).toString();
            } catch (java.time.format.DateTimeParseException e) {
                throw new UserError(ExitCodes.USAGE, "straceflow.date: not YYYY-MM-DD: " + date.get());
            }
        }
        return PipelineRunner.traceDate(request);
    }

    private static Properties defaults() throws IOException {
        Properties p = new Properties();
        try (InputStream in = QuarkusPipeline.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IOException("missing " + DEFAULTS + " on the classpath");
            }
            p.load(in);
        }
        return p;
    }

    /** A Quarkus property; an empty value counts as absent there, as in SmallRye Config. */
    private Optional<String> string(String name) {
        return config.getOptionalValue(name, String.class).filter(s -> !s.isBlank());
    }

    private boolean bool(String name, boolean dflt) {
        return string(name).map(s -> Boolean.parseBoolean(s.strip())).orElse(dflt);
    }

    private static List<String> split(String s, String regex) {
        return Arrays.stream(s.strip().split(regex)).filter(x -> !x.isEmpty()).toList();
    }
}
