package io.straceflow.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Makes sure Kafka can take the run's records before anything is traced: a broker answers, the run's topics exist
 * (the missing ones are created with the broker's defaults for partitions and replication) and every partition has a
 * leader that takes writes. All within one bounded time, so an unreachable broker or a topic that cannot be created
 * is one clear error instead of a run whose every record fails.
 *
 * <p>Why not leave the topics to the broker's auto-creation: the producer's first records then race the new
 * partitions. The broker may publish a partition a moment before it can append to it; an idempotent producer whose
 * first batch is refused then while its second is taken retries the first (OutOfOrderSequenceException) until it
 * expires: a fresh broker lost 277 records of one run that way (counted in kafka_failed, but missing from Kafka).
 */
public final class KafkaPreflight {
    /** Between two looks at partitions that have no leader yet: a new topic's leader comes within milliseconds. */
    private static final long POLL_MILLIS = 50;

    private static final String NO_LEADER = "not every partition of the topics had a leader";
    private static final String WAIT_LONGER =
            "to wait longer: --kafka-timeout, or straceflow.kafka.start-timeout-ms for this check alone";

    private final Admin admin;
    private final String brokers;
    private final long timeoutMillis;
    private final long deadline;

    private KafkaPreflight(Admin admin, String brokers, long timeoutMillis) {
        this.admin = admin;
        this.brokers = brokers;
        this.timeoutMillis = timeoutMillis;
        this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /**
     * @param topics the topics the run writes to
     * @param client further client settings as Kafka names them (security.protocol, sasl.*, ssl.*: {@link
     *     KafkaClientSettings#admin()})
     */
    public static void check(String brokers, List<String> topics, long timeoutMillis, Map<String, ?> client)
            throws KafkaUnavailableException {
        Properties p = new Properties();
        p.putAll(client);
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "straceflow-preflight");
        int t = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeoutMillis));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, t);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, t);
        try (Admin admin = Admin.create(p)) {
            KafkaPreflight check = new KafkaPreflight(admin, brokers, timeoutMillis);
            check.reachable();
            check.createMissing(topics);
            check.awaitLeaders(topics);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailableException(
                    "kafka: cannot use the brokers at " + brokers + " (" + e.getMessage() + "); nothing was traced");
        }
    }

    private void reachable() throws KafkaUnavailableException {
        String failure;
        try {
            if (!get(admin.describeCluster().nodes()).isEmpty()) {
                return;
            }
            failure = "the cluster reports no nodes";
        } catch (TimeoutException | ExecutionException e) {
            failure = "no answer";
        }
        throw new KafkaUnavailableException(String.format(
                "kafka: no broker reachable at %s within %.1f s (%s); nothing was traced (%s)",
                brokers, timeoutMillis / 1000.0, failure, WAIT_LONGER));
    }

    /** Creates the topics that do not exist yet; one that someone else creates meanwhile is as good. */
    private void createMissing(List<String> topics) throws KafkaUnavailableException {
        List<NewTopic> missing = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> t :
                admin.describeTopics(topics).topicNameValues().entrySet()) {
            Throwable failed = failure(t.getValue(), "did not describe the topics");
            if (failed instanceof UnknownTopicOrPartitionException) {
                // the broker's defaults: what its operator chose for topics (partitions, replication)
                missing.add(new NewTopic(t.getKey(), Optional.empty(), Optional.empty()));
            } else if (failed != null) {
                throw refused("cannot see topic " + t.getKey(), failed, "grant straceflow access to it");
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (Map.Entry<String, KafkaFuture<Void>> t :
                admin.createTopics(missing).values().entrySet()) {
            Throwable failed = failure(t.getValue(), "did not create topic " + t.getKey());
            if (failed != null && !(failed instanceof TopicExistsException)) {
                throw refused(
                        "cannot create topic " + t.getKey(),
                        failed,
                        "create the topics beforehand, or allow straceflow to");
            }
        }
    }

    /**
     * Returns once every partition of the topics has a leader that answers for it. A leader in the metadata is not
     * enough (see the class comment): listing a partition's offsets needs its leader replica, so it waits for
     * exactly that.
     */
    private void awaitLeaders(List<String> topics) throws KafkaUnavailableException {
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                boolean leaders = true;
                for (TopicDescription d :
                        get(admin.describeTopics(topics).allTopicNames()).values()) {
                    for (TopicPartitionInfo p : d.partitions()) {
                        leaders &= p.leader() != null && !p.leader().isEmpty();
                        partitions.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
                    }
                }
                if (leaders) {
                    get(admin.listOffsets(partitions).all());
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) { // a new partition's leader is not there yet
                    throw refused("cannot use the topics", e.getCause(), "grant straceflow access to them");
                }
            } catch (TimeoutException e) {
                throw late(NO_LEADER);
            }
            if (remainingMillis() <= POLL_MILLIS) {
                throw late(NO_LEADER);
            }
            try {
                Thread.sleep(POLL_MILLIS); // polls a condition the broker does not signal
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw late(NO_LEADER + " (interrupted)");
            }
        }
    }

    /**
     * Waits (bounded) for an answer: null when it succeeded, else why it failed; no answer in time (from us or from
     * the client, whose own timeout is ours) is {@link #late}.
     */
    private Throwable failure(KafkaFuture<?> future, String lateWhat) throws KafkaUnavailableException {
        try {
            get(future);
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw late(lateWhat);
            }
            return e.getCause();
        } catch (TimeoutException e) {
            throw late(lateWhat);
        }
    }

    private <T> T get(KafkaFuture<T> future) throws ExecutionException, TimeoutException {
        try {
            return future.get(Math.max(1, remainingMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }

    private long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }

    private KafkaUnavailableException refused(String what, Throwable cause, String remedy) {
        return new KafkaUnavailableException(String.format(
                "kafka: %s at %s (%s: %s); nothing was traced (%s)",
                what, brokers, cause.getClass().getSimpleName(), firstLine(cause.getMessage()), remedy));
    }

    private KafkaUnavailableException late(String what) {
        return new KafkaUnavailableException(String.format(
                "kafka: the brokers at %s answered but %s within %.1f s; nothing was traced (%s)",
                brokers, what, timeoutMillis / 1000.0, WAIT_LONGER));
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
