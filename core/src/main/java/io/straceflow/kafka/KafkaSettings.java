package io.straceflow.kafka;

import io.straceflow.config.Settings;
import java.util.Locale;

/**
 * Where the streams go: {@code straceflow.sink}, {@code straceflow.kafka.brokers}, {@code straceflow.kafka.topic-prefix},
 * {@code straceflow.kafka.timeout-ms} and {@code straceflow.kafka.start-timeout-ms}, from the command line, else a JVM
 * system property, else application.properties. The files are always written: they are the outbox the chains are
 * computed on, so {@code kafka} and {@code file,kafka} ship the same and keep the same files.
 *
 * @param timeoutMillis bound on each record's delivery
 * @param startTimeoutMillis bound on the check at start; the same as timeoutMillis unless set apart
 */
public record KafkaSettings(
        boolean enabled, String brokers, String topicPrefix, long timeoutMillis, long startTimeoutMillis) {
    public static final String SINK = "straceflow.sink";
    public static final String BROKERS = "straceflow.kafka.brokers";
    public static final String PREFIX = "straceflow.kafka.topic-prefix";
    public static final String TIMEOUT = "straceflow.kafka.timeout-ms";
    /**
     * The check at start, apart from delivery: its time is mostly a cold JVM's first Kafka round trip, which a loaded
     * machine can stretch well past a delivery bound chosen to give up on a lost broker quickly.
     */
    public static final String START_TIMEOUT = "straceflow.kafka.start-timeout-ms";

    static final String LINGER = "straceflow.kafka.linger-ms";
    private static final long MIN_REQUEST_MILLIS = 500;

    /**
     * @param sink --sink or null; brokers, prefix, timeoutMillis likewise (null when not given)
     * @throws IllegalArgumentException for a bad sink or a kafka sink without brokers
     */
    public static KafkaSettings resolve(String sink, String brokers, String prefix, Long timeoutMillis) {
        return resolve(new Settings(), sink, brokers, prefix, timeoutMillis);
    }

    /** As {@link #resolve(String, String, String, Long)}, with the properties from {@code settings}. */
    public static KafkaSettings resolve(
            Settings settings, String sink, String brokers, String prefix, Long timeoutMillis) {
        String b = settings.get(brokers, BROKERS, "");
        // --kafka-brokers alone means: ship as well
        String s = sink == null && brokers != null ? "file,kafka" : settings.get(sink, SINK, "file");
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
        String p = settings.get(prefix, PREFIX, "strace");
        if (!p.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("--topic-prefix: only letters, digits, '.', '_' and '-' are allowed");
        }
        long t = timeoutMillis != null ? timeoutMillis : Long.parseLong(settings.get(null, TIMEOUT, "30000"));
        if (t < 1) {
            throw new IllegalArgumentException("--kafka-timeout must be positive");
        }
        if (kafka) {
            // the producer refuses a delivery bound under linger + one request only once Camel starts it, after the
            // output directory exists (exit 70): say so now
            long linger = Long.parseLong(settings.get(null, LINGER, "25").strip());
            long least = linger + MIN_REQUEST_MILLIS;
            if (t < least) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "--kafka-timeout must be at least %.3f s: a delivery covers the linger (%d ms) and one request"
                                + " (at least %d ms)",
                        least / 1000.0,
                        linger,
                        MIN_REQUEST_MILLIS));
            }
        }
        long start = millis(settings.get(null, START_TIMEOUT, Long.toString(t)), START_TIMEOUT);
        return new KafkaSettings(kafka, b.strip(), p, t, start);
    }

    private static long millis(String value, String key) {
        try {
            long v = Long.parseLong(value);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + ": a positive number of milliseconds, not '" + value + "'");
    }

    /** Kafka's request timeout: below the delivery timeout, which must cover linger plus one request. */
    public long requestTimeoutMillis() {
        return Math.max(MIN_REQUEST_MILLIS, timeoutMillis / 2);
    }
}
