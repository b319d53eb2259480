package io.straceflow.cli;

import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceEnd;
import java.util.function.ToIntFunction;
import org.apache.camel.main.BaseMainSupport;

/**
 * The Camel runtime that one trace's routes run on: camel-main for the command line ({@link CamelMainHost}), Camel
 * Quarkus for the Quarkus application ({@code io.straceflow.quarkus.QuarkusHost}). Everything else about a run (the
 * options and their checks, the output directory, run.json, keys, Kafka, metrics, the report) is {@link
 * PipelineRunner}'s, the same on both: the runtimes differ only in how Camel is made, fed its beans and started.
 */
public interface CamelHost {
    /** The runtime's main: the run's override properties and main listeners go here before Camel starts. */
    BaseMainSupport main();

    /** A bean for the routes, in Camel's registry before they are read. */
    void bind(String name, Object bean);

    /**
     * Starts Camel and returns once it has stopped after the end of the trace (or failed). {@code exitCode} gives the
     * run's exit code (Kafka's losses counted) as soon as the trace has ended, for a runtime that must be told it
     * before Camel stops.
     */
    void run(TraceControl control, ToIntFunction<TraceEnd> exitCode) throws Exception;
}
