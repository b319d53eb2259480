package io.straceflow.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the streams go: {@code straceflow.sink}, {@code straceflow.kafka.brokers}, {@code straceflow.kafka.topic-prefix}
 * and {@code straceflow.kafka.timeout-ms}, from the command line, else a JVM system property, else
 * application.properties. The files are always written: they are the outbox the chains are computed on, so
 * {@code kafka} and {@code file,kafka} ship the same and keep the same files.
 */
public record KafkaSettings(boolean enabled, String brokers, String topicPrefix, long timeoutMillis) {
    public static final String SINK = "straceflow.sink";
    public static final String BROKERS = "straceflow.kafka.brokers";
    public static final String PREFIX = "straceflow.kafka.topic-prefix";
    public static final String TIMEOUT = "straceflow.kafka.timeout-ms";

    /**
     * @param sink --sink or null; brokers, prefix, timeoutMillis likewise (null when not given)
     * @throws IllegalArgumentException for a bad sink or a kafka sink without brokers
     */
    public static KafkaSettings resolve(String sink, String brokers, String prefix, Long timeoutMillis) {
        Properties defaults = applicationProperties();
        String b = first(brokers, defaults, BROKERS, "");
        // --kafka-brokers alone means: ship as well
        String s = sink == null && brokers != null ? "file,kafka" : first(sink, defaults, SINK, "file");
        boolean kafka = false;
        for (String part : s.toLowerCase(Locale.ROOT).split(",")) {
            switch (part.strip()) {
                case "file" -> {}
                case "kafka" -> kafka = true;
                default ->
                    throw new IllegalArgumentException(
                            "--sink: unknown sink '" + part.strip() + "' (file, kafka or file,kafka)");
            }
        }
        if (kafka && b.isBlank()) {
            throw new IllegalArgumentException("--sink kafka needs --kafka-brokers HOST:PORT[,HOST:PORT...]");
        }
        String p = first(prefix, defaults, PREFIX, "strace");
        if (!p.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("--topic-prefix: only letters, digits, '.', '_' and '-' are allowed");
        }
        long t = timeoutMillis != null ? timeoutMillis : Long.parseLong(first(null, defaults, TIMEOUT, "30000"));
        if (t < 1) {
            throw new IllegalArgumentException("--kafka-timeout must be positive");
        }
        return new KafkaSettings(kafka, b.strip(), p, t);
    }

    private static String first(String cli, Properties defaults, String key, String fallback) {
        if (cli != null) {
            return cli;
        }
        String v = System.getProperty(key, defaults.getProperty(key, ""));
        return v.isBlank() ? fallback : v.strip();
    }

    private static Properties applicationProperties() {
        Properties p = new Properties();
        try (InputStream in = KafkaSettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the defaults below apply
        }
        return p;
    }

    /** Kafka's request timeout: below the delivery timeout, which must cover linger plus one request. */
    public long requestTimeoutMillis() {
        return Math.max(500, timeoutMillis / 2);
    }
}
