package io.straceflow.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.straceflow.sink.RunStats;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;

/**
 * The metrics of one run: a Prometheus meter registry with the run's counters, what the traced program did
 * ({@link ProgramMeters}), the JVM's memory, GC and threads, and Camel's route metrics, served by {@link
 * MetricsServer}, all named as Prometheus has it ({@link PrometheusNames}). The registry is bound in Camel as
 * {@code metricsRegistry}, so {@code micrometer:} endpoints in user routes land on the same page. Without
 * {@code --metrics-port} nothing is created and nothing runs.
 */
public final class RunMetrics implements AutoCloseable {
    private static final RunMetrics OFF = new RunMetrics();

    private final PrometheusMeterRegistry registry;
    private final RunMeters meters;
    private final ProgramMeters program;
    private final MetricsServer server;
    private final JvmGcMetrics gc;
    private final long lingerMillis;
    private final CountDownLatch finalScrape = new CountDownLatch(1);
    private volatile boolean ended;
    // set when a scrape begins after the end: only such a scrape carries the final counts
    private volatile boolean scrapingFinal;

    private RunMetrics() {
        registry = null;
        meters = null;
        program = null;
        server = null;
        gc = null;
        lingerMillis = 0;
    }

    private RunMetrics(MetricsSettings settings, RunStats stats) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PrometheusNames.apply(registry);
        meters = new RunMeters(registry, stats);
        program = new ProgramMeters(registry, stats);
        Gauge.builder("straceflow.trace.running", this, m -> m.ended ? 0 : 1)
                .description("1 while the trace runs, 0 once it has ended")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        lingerMillis = settings.lingerMillis();
        server = MetricsServer.start(settings.host(), settings.port(), this::scrape, this::scraped, this::health);
    }

    /**
     * Starts the endpoint, or returns a do-nothing instance when metrics are off.
     *
     * @throws IllegalArgumentException when the address cannot be used (port taken, unknown host), in one line
     */
    public static RunMetrics start(MetricsSettings settings, RunStats stats) {
        if (!settings.enabled()) {
            return OFF;
        }
        return new RunMetrics(settings, stats);
    }

    public boolean enabled() {
        return server != null;
    }

    /** http://HOST:PORT/metrics with the port actually bound (for port 0). */
    public String url() {
        InetSocketAddress a = server.address();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/metrics";
    }

    /**
     * Binds the registry (as Camel's {@code metricsRegistry}) and Camel's route metrics into the Camel registry
     * through {@code bind} (camel-main's {@code Main::bind}); camel-main adds every RoutePolicyFactory it finds.
     */
    public void bindCamel(BiConsumer<String, Object> bind, String runId, String mode) {
        if (!enabled()) {
            return;
        }
        bind.accept(MicrometerConstants.METRICS_REGISTRY_NAME, registry);
        MicrometerRoutePolicyFactory routes = new MicrometerRoutePolicyFactory();
        routes.setMeterRegistry(registry);
        bind.accept("straceflowRoutePolicyFactory", routes);
        Gauge.builder("straceflow.run.info", () -> 1)
                .description("the run: its id (as in run.json and the chains) and mode")
                .tag("run_id", runId)
                .tag("mode", mode)
                .register(registry);
    }

    /** A counter whose live value is kept elsewhere until the end (Kafka's delivery counts). */
    public void liveCounter(String name, LongSupplier value) {
        if (enabled()) {
            meters.source(name, value);
        }
    }

    /**
     * The trace has ended and run.json holds the final counters: /health turns 503, and with a linger the endpoint
     * stays up until it has been scraped once more (so a scraper sees the final counts) or the linger has passed.
     */
    public void ended() throws InterruptedException {
        if (!enabled()) {
            return;
        }
        ended = true;
        if (lingerMillis > 0) {
            finalScrape.await(lingerMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Ends {@link #ended()}'s wait for a last scrape at once (Ctrl+C or SIGTERM while lingering). */
    public void stopLingering() {
        if (enabled()) {
            finalScrape.countDown();
        }
    }

    private String scrape() {
        scrapingFinal = ended;
        meters.refresh();
        program.refresh();
        return registry.scrape();
    }

    private void scraped() {
        if (scrapingFinal) {
            finalScrape.countDown();
        }
    }

    private MetricsServer.Health health() {
        return ended ? new MetricsServer.Health(503, "ended") : new MetricsServer.Health(200, "ok");
    }

    @Override
    public void close() {
        if (enabled()) {
            server.close();
            gc.close();
            registry.close();
        }
    }
}
