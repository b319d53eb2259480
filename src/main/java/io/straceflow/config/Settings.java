package io.straceflow.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Settings that the command line needs before Camel starts (and so before Camel's own property resolution): the
 * command line wins, else a JVM system property, else the packaged application.properties, else a fallback.
 */
public final class Settings {
    private final Properties defaults = applicationProperties();

    /** The value of {@code key}: {@code cli} when given, else -Dkey, else application.properties, else fallback. */
    public String get(String cli, String key, String fallback) {
        if (cli != null) {
            return cli;
        }
        String v = System.getProperty(key, defaults.getProperty(key, ""));
        return v.isBlank() ? fallback : v.strip();
    }

    private static Properties applicationProperties() {
        Properties p = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the fallbacks apply
        }
        return p;
    }
}
