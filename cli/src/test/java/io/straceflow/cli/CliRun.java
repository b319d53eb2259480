package io.straceflow.cli;

import io.straceflow.kafka.KafkaSettings;
import io.straceflow.sink.RunStats;
import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.main.Main;
import picocli.CommandLine;

/**
 * What the command line hands camel-main for one trace, made by the command line's own code (PipelineRunner.camelMain
 * and KafkaSink.install, as PipelineRunner.run calls them): the override properties and the beans that routes/*.yaml
 * reads. A route test loads the routes with them (camel-test-main-junit5), so it runs the pipeline as {@code
 * straceflow replay} would, in its own JVM, without run.json or the report at the end. Holds the output directory's
 * lock, as the command line does, until closed.
 */
public final class CliRun implements AutoCloseable {
    private final Properties properties;
    private final Map<String, Object> beans;
    private final DirectoryLock lock;

    private CliRun(Properties properties, Map<String, Object> beans, DirectoryLock lock) {
        this.properties = properties;
        this.beans = beans;
        this.lock = lock;
    }

    /**
     * {@code straceflow replay ARGS} (options and files, e.g. {@code -o DIR --date D FILE}): the output directory is
     * prepared as the command line does. File sink only: the Kafka shipper starts with camel-main, not from here.
     */
    public static CliRun replay(String... args) throws IOException {
        ReplayCommand command = new ReplayCommand();
        new CommandLine(command).parseArgs(args);
        TraceOptions options = command.options;
        TraceRequest request = new TraceRequest();
        request.setMode(TraceRequest.Mode.REPLAY);
        request.setFiles(command.files);
        request.setStraceOptions(options.straceArgs());
        request.setGrace(Duration.ofMillis(Math.round(options.graceSeconds * 1000)));
        KafkaSettings kafka = KafkaSettings.resolve(options.sink, options.kafkaBrokers, options.topicPrefix, null);
        if (kafka.enabled()) {
            throw new IllegalArgumentException("CliRun runs the file sink only");
        }
        DirectoryLock lock = OutputDirectory.prepare(options.out, options.force);
        try {
            String runId = UUID.randomUUID().toString();
            Main main = PipelineRunner.configure(
                            new CamelMainHost(),
                            request,
                            options,
                            Redaction.of(options),
                            new TraceControl(),
                            runId,
                            kafka)
                    .camelMain();
            main.bind("runKeys", io.straceflow.chain.RunKeys.none()); // unkeyed, as without --key
            main.bind("runStats", new RunStats());
            main.bind("runSummary", new io.straceflow.summary.SummaryFeed());
            KafkaSink.install(main, main::bind, kafka, runId);
            Properties properties = new Properties();
            properties.putAll(main.getOverrideProperties());
            return new CliRun(properties, Map.copyOf(main.lookupByType(Object.class)), lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** camel-main's override properties (straceflow.*, camel.main.routes-include/exclude-pattern). */
    public Properties properties() {
        return properties;
    }

    /** What the command line binds: traceRequest, traceControl, runKeys, runStats (and kafkaShipper when shipping). */
    public Map<String, Object> beans() {
        return beans;
    }

    /** How the trace ended, once it has. */
    public TraceControl control() {
        return (TraceControl) beans.get("traceControl");
    }

    /** The run's counters (lines, events, actions ...). */
    public RunStats stats() {
        return (RunStats) beans.get("runStats");
    }

    /** Releases the output directory, as the command line does once run.json is written. */
    @Override
    public void close() throws IOException {
        lock.close();
    }
}
