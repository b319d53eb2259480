package io.straceflow.metrics;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * Prometheus's conventions for every meter of the registry, the libraries' included: snake_case labels (Camel's
 * {@code camelContext}, {@code routeId}, {@code eventType} become {@code camel_context}, {@code route_id}, {@code
 * event_type}), seconds rather than nanoseconds ({@code process_cpu_seconds_total} in place of Micrometer's {@code
 * process_cpu_time_ns_total}), and a HELP text for every series (Camel's {@code app_info} has none).
 */
final class PrometheusNames implements MeterFilter {
    /** Help for the meters that come without one. */
    private static final Map<String, String> HELP =
            Map.of("app.info", "Camel's version and runtime in this straceflow (labels; the value is always 1)");

    private PrometheusNames() {}

    /** Configures {@code registry}: call before any meter is registered. */
    static void apply(MeterRegistry registry) {
        registry.config()
                .meterFilter(MeterFilter.deny(id -> id.getName().equals("process.cpu.time")))
                .meterFilter(new PrometheusNames());
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof OperatingSystemMXBean sun) {
            FunctionCounter.builder("process.cpu", sun, b -> b.getProcessCpuTime() / 1e9)
                    .baseUnit("seconds")
                    .description("CPU time the straceflow JVM used (all its threads)")
                    .register(registry);
        }
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        List<Tag> tags = id.getTags().stream()
                .map(t -> Tag.of(snake(t.getKey()), t.getValue()))
                .toList();
        String help = id.getDescription();
        if (help == null || help.isBlank()) {
            help = HELP.getOrDefault(id.getName(), help);
        }
        return new Meter.Id(
                id.getName(), io.micrometer.core.instrument.Tags.of(tags), id.getBaseUnit(), help, id.getType());
    }

    /** camelContext: camel_context; a name in snake_case stays as it is. */
    static String snake(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
