package io.straceflow.metrics;

import io.straceflow.config.Settings;

/**
 * Where the metrics endpoint listens, from {@code --metrics-port/--metrics-host/--metrics-linger} or the
 * properties {@code straceflow.metrics-port}, {@code straceflow.metrics-host}, {@code straceflow.metrics-linger-ms}.
 *
 * @param port -1 = no endpoint, 0 = any free port
 * @param lingerMillis after the trace ends, how long to wait for one more scrape (so a scraper sees the final counts)
 */
public record MetricsSettings(int port, String host, long lingerMillis) {
    public static final String PORT = "straceflow.metrics-port";
    public static final String HOST = "straceflow.metrics-host";
    public static final String LINGER = "straceflow.metrics-linger-ms";

    public static final MetricsSettings OFF = new MetricsSettings(-1, "127.0.0.1", 0);

    /**
     * @param port --metrics-port or null; host, lingerSeconds likewise
     * @throws IllegalArgumentException for a port or linger out of range, in one line
     */
    public static MetricsSettings resolve(Integer port, String host, Double lingerSeconds) {
        Settings settings = new Settings();
        String p = settings.get(port == null ? null : port.toString(), PORT, "");
        if (p.isEmpty()) {
            return OFF;
        }
        int n = number(p, "--metrics-port");
        if (n < 0 || n > 65535) {
            throw new IllegalArgumentException("--metrics-port must be 0 (any free port) to 65535, not " + p);
        }
        String h = settings.get(host, HOST, "127.0.0.1");
        long linger = lingerSeconds != null
                ? Math.round(lingerSeconds * 1000)
                : number(settings.get(null, LINGER, "0"), "straceflow.metrics-linger-ms");
        if (linger < 0) {
            throw new IllegalArgumentException("--metrics-linger must be 0 or more seconds");
        }
        return new MetricsSettings(n, h, linger);
    }

    public boolean enabled() {
        return port >= 0;
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: " + value);
        }
    }
}
