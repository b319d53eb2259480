package io.straceflow.quarkus;

import io.quarkus.runtime.Quarkus;
import io.straceflow.cli.CamelHost;
import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceEnd;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.quarkus.core.CamelRuntime;
import org.apache.camel.quarkus.main.CamelMain;

/**
 * Camel Quarkus as the runtime of one trace: Camel's own bootstrap is off ({@code quarkus.camel.bootstrap.enabled =
 * false}), so the command line checks the options and the output directory and writes run.json first, then the same
 * beans and properties go to Camel Quarkus' main and context, and Camel is started here.
 */
final class QuarkusHost implements CamelHost {
    private final CamelMain main;
    private final CamelRuntime runtime;
    private final CamelContext context;

    /** @param defaults the camel-main defaults (straceflow/application.properties): Camel's lowest-priority properties */
    QuarkusHost(CamelMain main, CamelRuntime runtime, CamelContext context, Properties defaults) {
        this.main = main;
        this.runtime = runtime;
        this.context = context;
        main.setInitialProperties(defaults);
    }

    @Override
    public BaseMainSupport main() {
        return main;
    }

    @Override
    public void bind(String name, Object bean) {
        context.getRegistry().bind(name, bean);
    }

    @Override
    public void run(TraceControl control, ToIntFunction<TraceEnd> exitCode) throws Exception {
        // first exit code recorded wins in Quarkus: ours, before the consumer stops Camel and Camel Quarkus asks for
        // exit 0 (a race measured in CI: "exit 3" printed, 0 returned). The trace ends after Kafka's last deliveries
        // were awaited (route kafka-drain): its losses are known by then
        control.whenFinished(end -> Quarkus.asyncExit(exitCode.applyAsInt(end)));
        runtime.start(new String[0]);
        // the trace's end comes once the streams are sealed; or Camel stopped without one (a failed start)
        while (control.awaitEnd(200, TimeUnit.MILLISECONDS) == null && !context.isStopped()) {
            // waiting on a condition, in steps: the context may stop without ending the trace
        }
    }
}
