package io.straceflow.quarkus;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.straceflow.cli.ExitCodes;
import io.straceflow.cli.PipelineRunner;
import io.straceflow.cli.StraceflowCli;
import io.straceflow.config.Settings;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.quarkus.core.CamelRuntime;
import org.apache.camel.quarkus.main.CamelMain;
import org.eclipse.microprofile.config.Config;

/**
 * The straceflow command line under Camel Quarkus: the same picocli commands as camel-main's ({@code run},
 * {@code attach}, {@code replay}, {@code verify}, {@code summary}, {@code keygen}), with the same options, checks,
 * output and exit codes, whose traces run their routes on Camel Quarkus ({@link QuarkusHost}) instead of camel-main.
 * Without a command the trace is configured by properties ({@link PropertyArgs}: {@code straceflow.mode} …, as a
 * deployed application is configured), turned into the command line that means the same. Settings read as
 * properties under camel-main (straceflow.sink, straceflow.kafka.*, straceflow.metrics-* …) come from Quarkus'
 * configuration here: -D, the environment ({@code STRACEFLOW_OUT}) or its application.properties.
 */
@QuarkusMain
public class QuarkusPipeline implements QuarkusApplication {
    /** The camel-main defaults (the root application.properties), Camel's lowest-priority properties here. */
    static final String DEFAULTS = Settings.DEFAULTS;

    @Inject
    Config config;

    @Inject
    CamelMain main;

    @Inject
    CamelRuntime runtime;

    @Inject
    CamelContext camelContext;

    @Override
    public int run(String... args) throws Exception {
        Settings.readFrom(key -> property(key).orElse(null));
        Properties defaults = defaults();
        PipelineRunner.runOn(() -> new QuarkusHost(main, runtime, camelContext, defaults));
        List<String> argv;
        if (args.length > 0 && StraceflowCli.takes(args[0])) { // a command, or help: as under camel-main
            argv = List.of(args);
        } else {
            try {
                argv = PropertyArgs.of(this::property, args);
            } catch (IllegalArgumentException e) {
                System.err.println("straceflow: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        String[] line = argv.toArray(String[]::new);
        return StraceflowCli.commandLine(line).execute(line);
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
    private Optional<String> property(String name) {
        return config.getOptionalValue(name, String.class).filter(s -> !s.isBlank());
    }
}
