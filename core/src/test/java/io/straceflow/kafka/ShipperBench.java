package io.straceflow.kafka;

import io.straceflow.chain.StreamFiles;
import io.straceflow.hash.Stamped;
import io.straceflow.hash.StampedBatches;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka sink alone: the lines of a finished output directory (syscalls.log with its chain, events, enriched,
 * actions) in stamped batches, shipped by routes/kafka.yaml to a real broker as fast as it takes them, fed by two
 * threads as the pipeline's streams would; then the same records with kafka-clients' producer alone and with
 * camel-kafka's alone. Prints records/s and the CPU per record, of the process and of its parts (the machine is
 * shared: wall time alone misleads). Run by bench/shipper.sh (not a test): {@code ShipperBench BROKERS DIR [LINES]
 * [RUNS]}; two warm-up passes of each, then RUNS rounds of the three. Options of the route as system properties,
 * e.g. {@code -Dstraceflow.kafka.linger-ms=20}.
 */
public final class ShipperBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ShipperBench() {}

    /** The lines shipped, per file: each a record (the raw stream's twice: its line, its chain line). */
    private record Streams(byte[][] raw, byte[][] chain, byte[][] events, byte[][] enriched, byte[][] actions) {
        long records() {
            return 2L * raw.length + events.length + enriched.length + actions.length;
        }

        long bytes() {
            return Stream.of(raw, chain, events, enriched, actions)
                    .flatMap(Arrays::stream)
                    .mapToLong(b -> b.length)
                    .sum();
        }
    }

    public static void main(String[] args) throws Exception {
        String brokers = args[0];
        Path dir = Path.of(args[1]);
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        byte[][] raw = lines(dir.resolve("syscalls.log"), lines);
        Streams s = new Streams(
                raw,
                lines(dir.resolve("syscalls.log.chain"), raw.length),
                lines(dir.resolve("events.jsonl"), lines),
                lines(dir.resolve("enriched.jsonl"), lines),
                lines(dir.resolve("actions.jsonl"), lines / 5));
        // every one warmed up first (the JIT: measured first and cold, the shipper kept getting faster from pass to
        // pass while the others ran on the kafka-clients code it had compiled), then the three one after the other in
        // each round, so a busy spell of the shared machine hits them alike
        for (int w = 0; w < 2; w++) {
            shipperPass(brokers, s, -1);
            plainProducer(brokers, s, -1);
            camelKafkaAlone(brokers, s, -1);
        }
        double[] rates = new double[runs];
        double[] plain = new double[runs];
        double[] bare = new double[runs];
        double[] ratio = new double[runs];
        for (int r = 0; r < runs; r++) {
            rates[r] = shipperPass(brokers, s, r);
            plain[r] = plainProducer(brokers, s, r);
            bare[r] = camelKafkaAlone(brokers, s, r);
            ratio[r] = rates[r] / plain[r];
        }
        Arrays.sort(rates);
        Arrays.sort(plain);
        Arrays.sort(bare);
        Arrays.sort(ratio);
        System.out.printf("shipper: median of %d: %.0f records/s%n", runs, rates[runs / 2]);
        System.out.printf(
                "kafka-clients alone: median of %d: %.0f records/s (shipper/plain %.2f; median of the rounds' ratios"
                        + " %.2f)%n",
                runs, plain[runs / 2], rates[runs / 2] / plain[runs / 2], ratio[runs / 2]);
        System.out.printf(
                "camel-kafka alone: median of %d: %.0f records/s (camel-kafka/plain %.2f, shipper/camel-kafka %.2f)%n",
                runs, bare[runs / 2], bare[runs / 2] / plain[runs / 2], rates[runs / 2] / bare[runs / 2]);
    }

    /** One pass of the shipper (routes/kafka.yaml): records/s. */
    private static double shipperPass(String brokers, Streams s, int pass) throws Exception {
        long records = s.records();
        String prefix = "shipbench" + System.nanoTime();
        createTopics(brokers, prefix);
        var shipper = new KafkaShipper(prefix, "bench", "run-" + prefix, 30_000, 60_000);
        KafkaCounts counts = shipper.counts();
        // the batches as the streams' multicasts hand them on (routes/trace.yaml): 250 lines, actions alone. The
        // reading thread stamps the raw stream (lines with their chain lines), the downstream thread the others
        List<Stamped> fromReader = new ArrayList<>();
        List<Stamped> downstream = new ArrayList<>();
        for (int i = 0; i < s.raw().length; i += 250) {
            fromReader.add(StampedBatches.raw(StreamFiles.RAW, slice(s.raw(), i, 250), i, slice(s.chain(), i, 250), i));
        }
        for (int i = 0; i < Math.max(s.events().length, s.enriched().length); i += 250) {
            if (i < s.events().length) {
                downstream.add(StampedBatches.jsonl("events.jsonl", slice(s.events(), i, 250), i, List.of(), 0));
            }
            downstream.add(StampedBatches.jsonl("enriched.jsonl", slice(s.enriched(), i, 250), i, List.of(), 0));
            for (int k = i / 5; k < Math.min(s.actions().length, (i + 250) / 5); k++) {
                downstream.add(StampedBatches.jsonl("actions.jsonl", slice(s.actions(), k, 1), k, List.of(), 0));
            }
        }
        try (CamelContext camel = KafkaRoute.start(brokers, shipper, prefix)) {
            ProducerTemplate to = camel.createProducerTemplate();
            // resolved once, as a route's to: is (by URI, each send normalized it again)
            Endpoint ship = camel.getEndpoint("direct:kafka-ship");
            long[] senders = threadIds("seda://kafka"); // the route's queue consumers: one, or one per queue
            long cpu0 = OS.getProcessCpuTime();
            long senderCpu0 = cpuTime(senders);
            long network = threadId("kafka-producer-network-thread");
            long networkCpu0 = CPU.getThreadCpuTime(network);
            long[] others = threadIds(""); // every thread but the feeding ones (they count their own)
            long othersCpu0 = cpuTime(others);
            AtomicLong feedCpu = new AtomicLong();
            long t0 = System.nanoTime();
            Thread a = new Thread(() -> {
                fromReader.forEach(b -> to.sendBody(ship, b));
                feedCpu.addAndGet(CPU.getCurrentThreadCpuTime());
            });
            Thread b = new Thread(() -> {
                downstream.forEach(d -> to.sendBody(ship, d));
                feedCpu.addAndGet(CPU.getCurrentThreadCpuTime());
            });
            a.start();
            b.start();
            a.join();
            b.join();
            to.sendBody("direct:kafka-drain", null);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (OS.getProcessCpuTime() - cpu0) / 1e3;
            double senderCpu = (cpuTime(senders) - senderCpu0) / 1e3;
            double networkCpu = (CPU.getThreadCpuTime(network) - networkCpu0) / 1e3;
            double feedingCpu = feedCpu.get() / 1e3;
            // what no Java thread ran: the JVM's own threads (garbage collection, JIT compilation)
            double jvmCpu = cpu - feedingCpu - (cpuTime(others) - othersCpu0) / 1e3;
            System.out.printf(
                    "%s %d records (%.0f MB) in %.1f s: %.0f records/s, %.0f MB/s; cpu per record: process %.1f µs:"
                            + " route threads %.1f, Kafka's network thread %.1f, feeding threads %.1f, JVM (GC, JIT)"
                            + " %.1f; sent=%d lost=%d%n",
                    pass < 0 ? "warm-up" : "run " + pass,
                    records,
                    s.bytes() / 1e6,
                    secs,
                    records / secs,
                    s.bytes() / 1e6 / secs,
                    cpu / records,
                    senderCpu / records,
                    networkCpu / records,
                    feedingCpu / records,
                    jvmCpu / records,
                    counts.sent(),
                    counts.lost());
            return records / secs;
        }
    }

    /**
     * camel-kafka's own per-record path, which the shipper took before its straceflow-kafka: endpoint: the same
     * records as a list of messages of 250 records, each with its topic, key and four headers, handed straight to
     * camel-kafka's producer with the route's options (useIterator, batchWithIndividualHeaders, recordMetadata),
     * nothing of the shipper (no gathering, admission, delivery counting or queue). What that path costs over
     * kafka-clients' own producer, and so the floor of any shipper built on it.
     */
    private static double camelKafkaAlone(String brokers, Streams s, int pass) throws Exception {
        long records = s.records();
        String prefix = "camelbench" + System.nanoTime();
        createTopics(brokers, prefix);
        String uri = "kafka:" + prefix + ".events?brokers=" + brokers
                + "&keySerializer=org.apache.kafka.common.serialization.StringSerializer"
                + "&valueSerializer=org.apache.kafka.common.serialization.ByteArraySerializer"
                + "&requestRequiredAcks=all&enableIdempotence=true&maxInFlightRequest=5"
                + "&lingerMs=" + System.getProperty("straceflow.kafka.linger-ms", "25")
                + "&producerBatchSize=" + System.getProperty("straceflow.kafka.batch-size", "262144")
                + "&compressionCodec=" + System.getProperty("straceflow.kafka.compression", "lz4")
                + "&useIterator=true&batchWithIndividualHeaders=true&recordMetadata=true";
        AtomicLong acked = new AtomicLong();
        byte[] host = "bench".getBytes(StandardCharsets.UTF_8);
        byte[] run = ("run-" + prefix).getBytes(StandardCharsets.UTF_8);
        long cpu0 = OS.getProcessCpuTime();
        long t0;
        try (CamelContext camel = new org.apache.camel.impl.DefaultCamelContext()) {
            camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:k").to(uri);
                }
            });
            camel.start();
            ProducerTemplate to = camel.createProducerTemplate();
            // as many records in flight as the route allows (straceflow.kafka.queue-batches of 250 lines)
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(80);
            t0 = System.nanoTime();
            BiConsumer<String, byte[][]> feed = (stream, lines) -> {
                String topic = prefix + "." + Topics.suffixOf(stream);
                for (int i = 0; i < lines.length; i += 250) {
                    org.apache.camel.Exchange batch = new org.apache.camel.support.DefaultExchange(camel);
                    List<org.apache.camel.Message> list = new ArrayList<>(250);
                    for (int k = i; k < Math.min(lines.length, i + 250); k++) {
                        org.apache.camel.Message m = new org.apache.camel.support.DefaultMessage(batch);
                        m.setBody(lines[k]);
                        m.setHeader(org.apache.camel.component.kafka.KafkaConstants.OVERRIDE_TOPIC, topic);
                        m.setHeader(org.apache.camel.component.kafka.KafkaConstants.KEY, "run-" + prefix);
                        m.setHeader(Topics.HOST, host);
                        m.setHeader(Topics.RUN, run);
                        m.setHeader(Topics.STREAM, stream);
                        m.setHeader(Topics.SEQ, Long.toString(k));
                        list.add(m);
                    }
                    batch.getIn().setBody(list);
                    inFlight.acquireUninterruptibly();
                    to.asyncSend("direct:k", batch).whenComplete((done, err) -> {
                        if (err == null && done.getException() == null) {
                            acked.addAndGet(list.size());
                        }
                        inFlight.release();
                    });
                }
            };
            feedAsThePipeline(feed, s);
            inFlight.acquireUninterruptibly(80); // every batch acknowledged
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e3;
        System.out.printf(
                "camel-kafka %s %d records in %.1f s: %.0f records/s; cpu per record: process %.1f µs; acked=%d%n",
                pass < 0 ? "warm-up" : "run " + pass, records, secs, records / secs, cpu / records, acked.get());
        if (acked.get() != records) {
            throw new IllegalStateException("camel-kafka: " + acked.get() + " of " + records + " acknowledged");
        }
        return records / secs;
    }

    /**
     * The floor under the sink: the same records with kafka-clients' own producer and the route's settings (acks=all,
     * idempotent, 5 in flight, linger, batch size, compression, the same key and four headers), fed by the same two
     * threads, no Camel and no shipper. What the sink cannot beat on this machine.
     */
    private static double plainProducer(String brokers, Streams s, int pass) throws Exception {
        long records = s.records();
        String prefix = "plainbench" + System.nanoTime();
        createTopics(brokers, prefix);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, System.getProperty("straceflow.kafka.linger-ms", "25"));
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, System.getProperty("straceflow.kafka.batch-size", "262144"));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, System.getProperty("straceflow.kafka.compression", "lz4"));
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Callback count = (meta, err) -> (err == null ? acked : failed).incrementAndGet();
        byte[] host = "bench".getBytes(StandardCharsets.UTF_8);
        byte[] run = ("run-" + prefix).getBytes(StandardCharsets.UTF_8);
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            BiConsumer<String, byte[][]> feed = (stream, lines) -> {
                String topic = prefix + "." + Topics.suffixOf(stream);
                byte[] name = stream.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < lines.length; i++) {
                    RecordHeaders h = new RecordHeaders();
                    h.add(Topics.HOST, host);
                    h.add(Topics.RUN, run);
                    h.add(Topics.STREAM, name);
                    h.add(Topics.SEQ, Long.toString(i).getBytes(StandardCharsets.UTF_8));
                    producer.send(new ProducerRecord<>(topic, null, "run-" + prefix, lines[i], h), count);
                }
            };
            feedAsThePipeline(feed, s);
            producer.flush();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e3;
        System.out.printf(
                "plain %s %d records in %.1f s: %.0f records/s; cpu per record: process %.1f µs; acked=%d failed=%d%n",
                pass < 0 ? "warm-up" : "run " + pass,
                records,
                secs,
                records / secs,
                cpu / records,
                acked.get(),
                failed.get());
        if (acked.get() != records) {
            throw new IllegalStateException("plain producer: " + acked.get() + " of " + records + " acknowledged");
        }
        return records / secs;
    }

    /**
     * Hands every stream's lines to {@code feed} from two threads, as the pipeline's two threads would: the reader's
     * (the raw lines, their chain) and the downstream one's (events, enriched, actions).
     */
    private static void feedAsThePipeline(BiConsumer<String, byte[][]> feed, Streams s) throws InterruptedException {
        Thread a = new Thread(() -> {
            feed.accept(StreamFiles.RAW, s.raw());
            feed.accept(StreamFiles.RAW + StreamFiles.CHAIN_SUFFIX, s.chain());
        });
        Thread b = new Thread(() -> {
            feed.accept("events.jsonl", s.events());
            feed.accept("enriched.jsonl", s.enriched());
            feed.accept("actions.jsonl", s.actions());
        });
        a.start();
        b.start();
        a.join();
        b.join();
    }

    private static byte[][] lines(Path file, int max) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<String> s = Files.lines(file)) {
            s.limit(max).forEach(l -> out.add((l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return out.toArray(new byte[0][]);
    }

    private static long[] threadIds(String part) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().contains(part))
                .mapToLong(Thread::getId)
                .toArray();
    }

    private static long cpuTime(long[] threads) {
        long sum = 0;
        for (long t : threads) {
            sum += Math.max(0, CPU.getThreadCpuTime(t));
        }
        return sum;
    }

    private static long threadId(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix))
                .mapToLong(Thread::getId)
                .max()
                .orElseThrow();
    }

    /** {@code n} lines from {@code from}, without the newline each has here (a stamped batch adds it). */
    private static List<byte[]> slice(byte[][] lines, int from, int n) {
        List<byte[]> out = new ArrayList<>(n);
        for (int i = from; i < Math.min(lines.length, from + n); i++) {
            out.add(Arrays.copyOf(lines[i], lines[i].length - 1));
        }
        return out;
    }

    private static void createTopics(String brokers, String prefix) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        try (Admin admin = Admin.create(p)) {
            KafkaBroker.createTopics(admin, prefix, 1);
        }
    }
}
