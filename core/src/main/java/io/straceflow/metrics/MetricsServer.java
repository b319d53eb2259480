package io.straceflow.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The scrape endpoint on the JDK's own HTTP server (no server library for two read-only pages): {@code /metrics}
 * in Prometheus text format, {@code /health} 200 "ok" while the trace runs and 503 once it has ended.
 */
final class MetricsServer implements AutoCloseable {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** What /health answers. */
    record Health(int status, String body) {}

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * @param afterScrape runs after each /metrics response has been sent
     * @throws IllegalArgumentException when the address cannot be used, in one line
     */
    static MetricsServer start(
            String host, int port, Supplier<String> metrics, Runnable afterScrape, Supplier<Health> health) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("--metrics-host " + host + ": unknown host");
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (BindException e) {
            throw new IllegalArgumentException(
                    "--metrics-port " + port + ": cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("metrics endpoint on " + host + ":" + port + ": " + e.getMessage());
        }
        // one daemon thread: scrapes are rare and small, and must never keep the JVM alive
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "straceflow-metrics");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/metrics", ex -> {
            respond(ex, 200, PROMETHEUS_TEXT, metrics.get());
            afterScrape.run();
        });
        server.createContext("/health", ex -> {
            Health h = health.get();
            respond(ex, h.status(), "text/plain; charset=utf-8", h.body() + "\n");
        });
        server.createContext("/", ex -> respond(ex, 404, "text/plain; charset=utf-8", "try /metrics or /health\n"));
        server.start();
        return new MetricsServer(server, executor);
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        try {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
