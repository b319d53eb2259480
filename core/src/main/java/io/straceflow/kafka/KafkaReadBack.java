package io.straceflow.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads one run back from its topics into a directory laid out like an output directory (each record's value
 * appended to the file its {@code straceflow.stream} header names), so the ordinary verifier checks what Kafka holds.
 * A plain consumer with assigned partitions, not a Camel route: this is a bounded read from the start to the current
 * end of a few partitions, with no group and no commits. Only the partition the run's key hashes to is read.
 */
public final class KafkaReadBack {
    private final String brokers;
    private final String prefix;
    private final Duration timeout;

    public KafkaReadBack(String brokers, String prefix, Duration timeout) {
        this.brokers = brokers;
        this.prefix = prefix;
        this.timeout = timeout;
    }

    /** Writes the run's files into {@code dir}; returns the number of records read per file. */
    public Map<String, Long> fetch(String runId, Path dir) throws IOException, KafkaUnavailableException {
        Properties p = new Properties();
        p.putAll(KafkaClientSettings.consumer()); // SASL, TLS: as the producer that shipped the run
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        Map<String, Long> counts = new HashMap<>();
        Map<String, OutputStream> files = new HashMap<>();
        byte[] key = runId.getBytes(StandardCharsets.UTF_8);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String topic : Topics.all(prefix)) {
                List<PartitionInfo> infos;
                try {
                    infos = consumer.partitionsFor(topic, timeout);
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    throw new KafkaUnavailableException("kafka: no broker reachable at " + brokers + " within "
                            + timeout.toSeconds() + " s (--kafka-timeout to wait longer)");
                }
                if (infos != null && !infos.isEmpty()) {
                    // the producer's default partitioner for a keyed record
                    parts.add(new TopicPartition(topic, Utils.toPositive(Utils.murmur2(key)) % infos.size()));
                }
            }
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(
                            "kafka: reading the topics back took longer than " + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (!runId.equals(header(r, Topics.RUN))) {
                        continue;
                    }
                    String file = header(r, Topics.STREAM);
                    if (file == null || file.contains("/") || file.startsWith(".")) {
                        continue; // not ours, or a name that would leave the directory
                    }
                    OutputStream out = files.computeIfAbsent(file, f -> open(dir.resolve(f)));
                    out.write(r.value());
                    counts.merge(file, 1L, Long::sum);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (OutputStream o : files.values()) {
                o.close();
            }
        }
        return counts;
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static OutputStream open(Path file) {
        try {
            return new java.io.BufferedOutputStream(
                    Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
