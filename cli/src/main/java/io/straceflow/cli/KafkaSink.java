package io.straceflow.cli;

import io.straceflow.chain.ChainConfig;
import io.straceflow.kafka.KafkaClientSettings;
import io.straceflow.kafka.KafkaCounts;
import io.straceflow.kafka.KafkaPreflight;
import io.straceflow.kafka.KafkaSettings;
import io.straceflow.kafka.KafkaShipper;
import io.straceflow.kafka.KafkaUnavailableException;
import io.straceflow.kafka.Topics;
import io.straceflow.sink.RunStats;
import io.straceflow.strace.TraceEnd;
import java.io.PrintStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * Wires the Kafka sink into one run of the pipeline and turns its losses into the exit status: camel-main ({@link
 * PipelineRunner}) and Camel Quarkus ({@code QuarkusPipeline}) alike.
 */
final class KafkaSink {
    private KafkaSink() {}

    /**
     * The run's Kafka settings, checked before the output directory is touched: a bad setting is a usage error (exit
     * 2); an unreachable broker or topics that cannot be created trace nothing (exit 75).
     */
    static KafkaSettings settings(Supplier<KafkaSettings> resolve) {
        try {
            KafkaSettings k = resolve.get();
            if (k.enabled()) {
                KafkaPreflight.check(
                        k.brokers(),
                        List.of(Topics.all(k.topicPrefix())),
                        k.startTimeoutMillis(),
                        KafkaClientSettings.admin());
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        } catch (KafkaUnavailableException e) {
            throw new UserError(ExitCodes.KAFKA_UNREACHABLE, e.getMessage());
        }
    }

    /**
     * Binds the Kafka route's processors when shipping (into {@code registry}: camel-main's or the Camel context's)
     * and hands the settings to the routes; the producer learns the topics once Camel has started.
     */
    static KafkaCounts install(
            BaseMainSupport main, BiConsumer<String, Object> registry, KafkaSettings k, String runId) {
        main.addOverrideProperty(KafkaSettings.SINK, k.enabled() ? "file,kafka" : "file");
        main.addOverrideProperty(KafkaSettings.PREFIX, k.topicPrefix());
        main.addOverrideProperty(KafkaSettings.TIMEOUT, Long.toString(k.timeoutMillis()));
        main.addOverrideProperty("straceflow.kafka.request-timeout-ms", Long.toString(k.requestTimeoutMillis()));
        main.addOverrideProperty(KafkaSettings.BROKERS, k.enabled() ? k.brokers() : "");
        main.addOverrideProperty("straceflow.kafka.enabled", Boolean.toString(k.enabled()));
        if (!k.enabled()) {
            return null;
        }
        // the drain at the end waits for the last deliveries, which give up after the delivery timeout
        KafkaShipper shipper = new KafkaShipper(
                k.topicPrefix(),
                ChainConfig.Builder.defaultHost(),
                runId,
                k.timeoutMillis(),
                k.timeoutMillis() + 5_000);
        shipper.bindTo(registry);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                shipper.start(m.getCamelContext());
            }
        });
        return shipper.counts();
    }

    /** Counts shipped and lost records; any loss makes the exit status {@link ExitCodes#KAFKA_LOST}. */
    static TraceEnd finish(KafkaCounts shipper, RunStats stats, TraceEnd end, PrintStream err) {
        if (shipper == null) {
            return end;
        }
        shipper.report(stats);
        if (shipper.lost() == 0 || end.failure() != null) {
            return end;
        }
        String shed = shipper.shed() == 0 ? "" : "; " + shipper.shed() + " of them shed while the broker looked lost";
        err.printf(
                "straceflow: kafka: %d records were not delivered (%s%s); the files hold everything (exit %d instead"
                        + " of %d)%n",
                shipper.lost(),
                shipper.firstError() == null ? "not acknowledged in time" : shipper.firstError(),
                shed,
                ExitCodes.KAFKA_LOST,
                end.exitCode());
        return new TraceEnd(ExitCodes.KAFKA_LOST, end.lines(), end.interruptedBy(), null);
    }
}
