package io.straceflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Settings that the command line needs before Camel starts (and so before Camel's own property resolution): the
 * command line wins, else a JVM system property, else the packaged application.properties, else a fallback.
 */
public final class Settings {
    /**
     * The defaults (the repository's application.properties) on the class path, under both runtimes. Not
     * application.properties: a Quarkus application loads every file of that name on its class path as its own
     * configuration.
     */
    public static final String DEFAULTS = "straceflow/application.properties";

    private final Properties defaults = applicationProperties();
    private final UnaryOperator<String> overrides;

    /** Where a key's value over application.properties comes from: -Dkey, unless the runtime said otherwise. */
    private static volatile UnaryOperator<String> source = System::getProperty;

    /** Settings of the command line: -Dkey (or the runtime's configuration, {@link #readFrom}) over application.properties. */
    public Settings() {
        this(source);
    }

    /**
     * Reads every setting's override from {@code configuration} from now on: Camel Quarkus hands its own (-D, the
     * environment, its application.properties) before it runs the command line, so that a property set there means
     * what it means to the routes.
     */
    public static void readFrom(UnaryOperator<String> configuration) {
        source = configuration;
    }

    /**
     * @param overrides a key's value over application.properties, null when unset: Camel Quarkus hands its own
     *     configuration here (-D, the environment, its application.properties)
     */
    public Settings(UnaryOperator<String> overrides) {
        this.overrides = overrides;
    }

    /** The value of {@code key}: {@code cli} when given, else -Dkey, else application.properties, else fallback. */
    public String get(String cli, String key, String fallback) {
        if (cli != null) {
            return cli;
        }
        String v = overrides.apply(key);
        if (v == null) {
            v = defaults.getProperty(key, "");
        }
        return v.isBlank() ? fallback : v.strip();
    }

    /**
     * Every setting whose key starts with {@code prefix}, by the rest of its key: application.properties, overridden
     * by -D, overridden by the environment in camel-main's form ({@code CAMEL_COMPONENT_KAFKA_SASL_MECHANISM} for
     * {@code camel.component.kafka.sasl-mechanism}), so what straceflow reads itself matches what camel-main hands its
     * components.
     */
    public Map<String, String> startingWith(String prefix) {
        Map<String, String> found = new TreeMap<>();
        defaults.stringPropertyNames().stream()
                .filter(k -> k.startsWith(prefix))
                .forEach(k -> found.put(k.substring(prefix.length()), defaults.getProperty(k)));
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith(prefix))
                .forEach(k -> found.put(k.substring(prefix.length()), System.getProperty(k)));
        String env = prefix.toUpperCase(Locale.ROOT).replace('.', '_');
        System.getenv().forEach((k, v) -> {
            if (k.startsWith(env) && k.length() > env.length()) {
                found.put(k.substring(env.length()).toLowerCase(Locale.ROOT).replace('_', '-'), v);
            }
        });
        found.values().removeIf(String::isBlank);
        return found;
    }

    private static Properties applicationProperties() {
        Properties p = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/" + DEFAULTS)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the fallbacks apply
        }
        return p;
    }
}
