package io.straceflow.cli;

import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceEnd;
import io.straceflow.strace.TraceRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.camel.main.Main;

/**
 * Runs the YAML pipeline under camel-main for one trace and returns the exit code. camel-main's own
 * argument parsing is not used (it rejects unknown arguments): values go in as override properties.
 */
final class PipelineRunner {
    private final PrintStream err;

    PipelineRunner(PrintStream err) {
        this.err = err;
    }

    int run(TraceRequest request, TraceOptions options) throws Exception {
        TraceControl control = new TraceControl();
        SignalForwarder.install(control); // first: a signal from now on ends the run cleanly
        request.setStraceOptions(options.straceArgs());
        request.setGrace(Duration.ofMillis(Math.round(options.graceSeconds * 1000)));
        if (options.routes != null && !Files.isDirectory(options.routes)) {
            throw new UserError(ExitCodes.USAGE, "--routes: not a directory: " + options.routes);
        }
        OutputDirectory.prepare(options.out, options.force);
        RunManifest manifest = new RunManifest(options.out, request);
        manifest.writeStarted();

        Main main = new Main();
        main.bind("traceRequest", request);
        main.bind("traceControl", control);
        main.addOverrideProperty("straceflow.mode", request.getMode().name().toLowerCase(java.util.Locale.ROOT));
        main.addOverrideProperty("straceflow.out", options.out.toAbsolutePath().toString());
        main.addOverrideProperty("straceflow.run-id", manifest.runId());
        if (options.routes != null) {
            main.addOverrideProperty(
                    "camel.main.routes-include-pattern",
                    "classpath:routes/*.yaml,file:" + options.routes.toAbsolutePath() + "/*.yaml");
        }
        TraceEnd end;
        try {
            main.run();
            end = control.endOrNull();
        } catch (Exception e) {
            control.interrupt(15);
            end = new TraceEnd(ExitCodes.INTERNAL, 0, 0, "the pipeline failed: " + firstLine(e));
        }
        if (end == null) {
            end = new TraceEnd(ExitCodes.INTERNAL, 0, 0, "the pipeline stopped before the trace ended");
        }
        finish(manifest, end, options);
        return end.exitCode();
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void finish(RunManifest manifest, TraceEnd end, TraceOptions options) {
        try {
            manifest.writeEnded(end);
        } catch (IOException e) {
            err.println("straceflow: cannot write " + RunManifest.FILE_NAME + ": " + e.getMessage());
        }
        if (end.failure() != null) {
            err.println("straceflow: " + end.failure());
        }
        if (!options.quiet) {
            err.printf(
                    "straceflow: %d lines traced%s; output in %s (exit %d)%n",
                    end.lines(),
                    end.interrupted() ? ", stopped by signal " + end.interruptedBy() : "",
                    options.out,
                    end.exitCode());
        }
    }
}
