package io.straceflow.cli;

import io.straceflow.config.Settings;
import io.straceflow.strace.TraceControl;
import io.straceflow.strace.TraceEnd;
import java.util.function.ToIntFunction;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;

/** camel-main, the command line's runtime: {@code main.run()} returns once the trace's end has stopped Camel. */
final class CamelMainHost implements CamelHost {
    private final Main main = new Main();

    CamelMainHost() {
        // the defaults, packaged by straceflow-core under a name that a Quarkus application does not load as its own
        main.setDefaultPropertyPlaceholderLocation("classpath:" + Settings.DEFAULTS);
    }

    /** camel-main itself, for the route tests (CliRun) that load the routes from it. */
    Main camelMain() {
        return main;
    }

    @Override
    public BaseMainSupport main() {
        return main;
    }

    @Override
    public void bind(String name, Object bean) {
        main.bind(name, bean);
    }

    @Override
    public void run(TraceControl control, ToIntFunction<TraceEnd> exitCode) throws Exception {
        StartupTiming.timeCamel(main, control);
        main.run();
    }
}
