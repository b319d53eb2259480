package io.straceflow.kafka;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Asks the cluster for its nodes before anything is traced, so an unreachable broker is one clear error within a
 * bounded time instead of a run whose every record fails.
 */
public final class KafkaPreflight {
    private KafkaPreflight() {}

    /**
     * @param extra further client settings (security.protocol, sasl.*, ssl.*) as Kafka names them: {@link
     *     KafkaClientSettings#admin()}
     */
    public static void check(String brokers, long timeoutMillis, Map<String, ?> extra)
            throws BrokerUnreachableException {
        Properties p = new Properties();
        p.putAll(extra);
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "straceflow-preflight");
        int t = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeoutMillis));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, t);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, t);
        String failure;
        try (Admin admin = Admin.create(p)) {
            if (!admin.describeCluster()
                    .nodes()
                    .get(timeoutMillis, TimeUnit.MILLISECONDS)
                    .isEmpty()) {
                return;
            }
            failure = "the cluster reports no nodes";
        } catch (TimeoutException | ExecutionException e) {
            failure = "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (org.apache.kafka.common.KafkaException e) {
            failure = String.valueOf(e.getMessage());
        }
        throw new BrokerUnreachableException(String.format(
                "kafka: no broker reachable at %s within %.1f s (%s); nothing was traced (to wait longer:"
                        + " --kafka-timeout, or straceflow.kafka.start-timeout-ms for this check alone)",
                brokers, timeoutMillis / 1000.0, failure));
    }
}
