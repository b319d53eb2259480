package io.straceflow.sink;

import io.straceflow.chain.RunKeys;
import io.straceflow.chain.StreamFiles;
import io.straceflow.enrich.EnrichStage;
import io.straceflow.hash.ChainedStreams;
import io.straceflow.parse.ParseStage;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.TraceEnd;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * The bytes path on one thread, without Camel routing or actions: syscalls.log, events.jsonl and enriched.jsonl
 * written by the real stages from a saved trace, lines/s from the thread's CPU time (the machine is shared).
 * Run by bench/bytes.sh (not a test): {@code BytesBench TRACE [LINES] [RUNS]}; the first pass warms the JIT up.
 */
public final class BytesBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private BytesBench() {}

    public static void main(String[] args) throws Exception {
        Path trace = Path.of(args[0]);
        int maxLines = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double[] rates = new double[runs];
        rate(trace, maxLines); // warm-up
        for (int r = 0; r < runs; r++) {
            rates[r] = rate(trace, maxLines);
            System.out.printf("run %d: %.0f lines/s%n", r, rates[r]);
        }
        Arrays.sort(rates);
        System.out.printf("bytes path: %d lines, median of %d: %.0f lines/s (cpu)%n", maxLines, runs, rates[runs / 2]);
    }

    /** One pass over the first {@code maxLines} lines of {@code trace}: lines/s of this thread's CPU time. */
    public static double rate(Path trace, int maxLines) throws Exception {
        List<LineBatch> batches = batches(Files.readAllBytes(trace), maxLines);
        long lines = batches.stream().mapToLong(LineBatch::size).sum();
        Path dir = Files.createTempDirectory("bytes-bench");
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            pass(camel, dir, batches);
            return lines * 1e9 / (CPU.getCurrentThreadCpuTime() - cpu0);
        } finally {
            deleteTree(dir);
        }
    }

    private static void pass(DefaultCamelContext camel, Path dir, List<LineBatch> batches) throws Exception {
        try (ChainedStreams streams = new ChainedStreams(dir, RunKeys.none());
                EnrichStage enrich = new EnrichStage()) {
            ParseStage parse = new ParseStage();
            long lines = 0;
            for (LineBatch b : batches) {
                lines += b.size();
                send(camel, b, streams, parse, enrich);
            }
            send(camel, new TraceEnd(0, lines, 0, null), streams, parse, enrich);
        }
    }

    /** raw, parse, events, enrich, enriched: the stages of both threads, one after the other. */
    private static void send(
            DefaultCamelContext camel, Object body, ChainedStreams streams, ParseStage parse, EnrichStage enrich)
            throws Exception {
        Exchange x = new DefaultExchange(camel);
        x.getMessage().setBody(body);
        streams.stamp(StreamFiles.RAW, x);
        parse.process(x);
        streams.stamp("events.jsonl", x);
        enrich.process(x);
        streams.stamp("enriched.jsonl", x);
    }

    private static List<LineBatch> batches(byte[] data, int maxLines) {
        List<LineBatch> out = new ArrayList<>();
        LineBatch.Builder b = new LineBatch.Builder(1);
        long lineNo = 1;
        int start = 0;
        for (int i = 0; i < data.length && lineNo <= maxLines; i++) {
            if (data[i] == '\n') {
                b.add(data, start, i - start, true);
                start = i + 1;
                lineNo++;
                if (b.size() == 256) {
                    out.add(b.build());
                    b = new LineBatch.Builder(lineNo);
                }
            }
        }
        if (b.size() > 0) {
            out.add(b.build());
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
