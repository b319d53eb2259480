package io.straceflow.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.awaitility.Awaitility;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one node) on 127.0.0.1 inside the test JVM. Most tests
 * share one through {@link SharedKafkaBroker}; a test that stops its broker starts its own.
 */
public final class KafkaBroker implements AutoCloseable {
    static {
        // a fatal broker error must fail the test, not end the surefire JVM
        Exit.setExitProcedure((code, msg) -> {
            throw new IllegalStateException("Kafka asked to exit(" + code + "): " + msg);
        });
        Exit.setHaltProcedure((code, msg) -> {
            throw new IllegalStateException("Kafka asked to halt(" + code + "): " + msg);
        });
    }

    private final Path dir;
    private final int port;
    private final KafkaRaftServer server;
    private boolean stopped;

    private KafkaBroker(Path dir, int port, KafkaRaftServer server) {
        this.dir = dir;
        this.port = port;
        this.server = server;
    }

    public static KafkaBroker start() {
        return start(Map.of());
    }

    /** @param overrides broker settings over the defaults below (auto.create.topics.enable, num.partitions, ...) */
    public static KafkaBroker start(Map<String, String> overrides) {
        Path dir = null;
        try {
            Path base = Path.of(System.getProperty("kafka.test.dir", "target/kafka-test"));
            Files.createDirectories(base);
            dir = Files.createTempDirectory(base, "broker");
            int port = freePort();
            int controller = freePort();
            Properties p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", "1");
            p.put("controller.quorum.voters", "1@127.0.0.1:" + controller);
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            p.put("controller.listener.names", "CONTROLLER");
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("log.dirs", dir.resolve("logs").toAbsolutePath().toString());
            p.put("num.partitions", "1");
            p.put("offsets.topic.replication.factor", "1");
            p.put("offsets.topic.num.partitions", "1");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("group.initial.rebalance.delay.ms", "0");
            p.putAll(overrides);
            Path props = dir.resolve("server.properties");
            try (var w = Files.newBufferedWriter(props)) {
                p.store(w, null);
            }
            int rc = StorageTool.execute(
                    new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", props.toString()},
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format failed: " + rc);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
            KafkaBroker broker = new KafkaBroker(dir, port, server);
            server.startup();
            try (Admin admin = broker.admin()) {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> !admin.describeCluster().nodes().get().isEmpty());
            }
            return broker;
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        return Admin.create(p);
    }

    /** Pre-creates every topic of a prefix (auto-creation costs about a second per topic). */
    public void createTopics(String prefix, int partitions) {
        try (Admin admin = admin()) {
            createTopics(admin, prefix, partitions);
        }
    }

    /**
     * Creates every topic of a prefix and returns once each partition takes writes. Created is not enough: the broker
     * may publish a new partition in its metadata a moment before it can append to it, and an idempotent producer
     * whose first batch is refused then while its second is taken retries that first batch forever
     * (OutOfOrderSequenceException) until it expires: seen here with topics created just before a run. Listing a
     * partition's offsets needs its leader replica, so it waits for exactly that.
     */
    public static void createTopics(Admin admin, String prefix, int partitions) {
        try {
            admin.createTopics(Stream.of(Topics.all(prefix))
                            .map(t -> new NewTopic(t, partitions, (short) 1))
                            .toList())
                    .all()
                    .get();
            Map<TopicPartition, OffsetSpec> all = new HashMap<>();
            for (String t : Topics.all(prefix)) {
                for (int p = 0; p < partitions; p++) {
                    all.put(new TopicPartition(t, p), OffsetSpec.latest());
                }
            }
            // kafka-clients 4.x (the Quarkus module's) fails the listing at once while the new topic is still missing
            // from the metadata it fetched (UnknownTopicOrPartitionException: 2 of the 4 QuarkusKafkaTest tests of one
            // run on a loaded
            // machine): ask again until the broker publishes it
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .ignoreExceptionsMatching(x -> x.getCause() instanceof UnknownTopicOrPartitionException)
                    .until(() -> admin.listOffsets(all).all().get() != null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + prefix + ".*", e);
        }
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            delete(dir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // leftovers under target/ go with mvn clean
        }
    }

    static List<String> topics(String prefix) {
        return List.of(Topics.all(prefix));
    }
}
