package io.straceflow.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.straceflow.sink.RunStats;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The run's counters ({@link RunStats}) as Micrometer meters: {@code straceflow.NAME} function counters
 * (Prometheus {@code straceflow_NAME_total}); a rate is Prometheus's {@code rate()} of one. The meters read the
 * counters when scraped; the stages only publish numbers, so the hot path never touches Micrometer.
 */
final class RunMeters {
    /**
     * The counters of run.json in its order, with their help text: registered up front so every scrape has the
     * same series. Kafka's only when Kafka ships ({@link #source}).
     */
    private static final String[][] KNOWN = {
        {"lines", "strace lines read (records of syscalls.log)"},
        {
            "queue_full",
            "batches the reading thread held until the queue to enrich and actions had room (the pipeline,"
                    + " not the program, set the pace)"
        },
        {"events", "events written to events.jsonl (and enriched.jsonl)"},
        {"merged", "calls split by other threads (unfinished ... resumed) merged into one event"},
        {"unparsed", "lines the parser could not read, kept as unparsed events"},
        {"long_lines", "lines over the parse limit: whole in syscalls.log, unparsed and truncated in the events"},
        {"dangling", "calls that never returned, written as unfinished at the end"},
        {"redacted", "secrets masked in the events (0 with --no-redact)"},
        {"redacted_env", "execve environment values masked in the events"},
        {"processes", "processes seen in the trace"},
        {"threads", "threads seen in the trace"},
        {"proc_reads", "/proc reads applied to the process table"},
        {"proc_skipped", "/proc reads skipped under pressure"},
        {"proc_failed", "/proc reads that failed"},
        {"actions", "actions written to actions.jsonl"},
        {"kafka_sent", "records delivered to Kafka"},
        {"kafka_failed", "records Kafka did not acknowledge (the files hold them)"},
        {"kafka_retries", "record sends Kafka's producer retried (a record delivered after a retry is sent once)"},
        {"kafka_shed", "records of kafka_failed not handed to Kafka while the broker looked lost"}
    };

    private final MeterRegistry registry;
    private final RunStats stats;
    private final Map<String, LongSupplier> sources = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    RunMeters(MeterRegistry registry, RunStats stats) {
        this.registry = registry;
        this.stats = stats;
        for (String[] known : KNOWN) {
            if (!known[0].startsWith("kafka_")) {
                register(known[0]);
            }
        }
    }

    /** A counter whose live value comes from elsewhere than RunStats (which gets it only at the end). */
    void source(String name, LongSupplier value) {
        sources.put(name, value);
        register(name);
    }

    /** Registers counters that a stage published under a name not known up front; called before each scrape. */
    void refresh() {
        for (String name : stats.snapshot().keySet()) {
            register(name);
        }
    }

    long value(String name) {
        LongSupplier source = sources.get(name);
        return source != null ? source.getAsLong() : stats.get(name);
    }

    private static String help(String name) {
        for (String[] known : KNOWN) {
            if (known[0].equals(name)) {
                return known[1];
            }
        }
        return "the run.json counter " + name + ", published by a stage of the routes";
    }

    private void register(String name) {
        if (!registered.add(name)) {
            return;
        }
        // the registry holds the state object weakly: this RunMeters lives as long as the run
        FunctionCounter.builder("straceflow." + name, this, m -> m.value(name))
                .description(help(name))
                .register(registry);
    }
}
