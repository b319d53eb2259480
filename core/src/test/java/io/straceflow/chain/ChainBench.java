package io.straceflow.chain;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Chain cost per record, single thread; run by bench/chain.sh (not a test). Prints one line per case:
 * {@code case records=N bytes=B cpu_ns_per_rec=X rec_per_s=Y} where the rate is from the thread's CPU time (the
 * machine is shared, so wall time would measure the neighbours). Cases: chain step alone (hash + tag, no I/O) keyed
 * and unkeyed, the full writers (format, hash, tag, buffered file writes, fsync'd checkpoint every 10 000), and
 * the verifier reading back a keyed stream.
 */
public final class ChainBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ChainBench() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        byte[] payload = payload(200);
        byte[] rawLine = rawLine(120);
        Path dir = Files.createTempDirectory("chain-bench");
        try {
            for (int round = 0; round < 2; round++) { // round 0 warms the JIT up
                boolean print = round == 1;
                int count = print ? n : n / 5;
                report(print, "step-keyed", count, payload.length, () -> step(count, payload, true));
                report(print, "step-unkeyed", count, payload.length, () -> step(count, payload, false));
                report(print, "jsonl-keyed", count, payload.length, () -> jsonl(dir, count, payload, true));
                report(print, "jsonl-unkeyed", count, payload.length, () -> jsonl(dir, count, payload, false));
                report(print, "raw-keyed", count, rawLine.length, () -> raw(dir, count, rawLine));
                Path stream = written(dir, count, payload);
                report(print, "verify-keyed", count, payload.length, () -> verify(stream));
                deleteTree(stream.getParent());
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A closed keyed stream of n records in a directory of its own (not timed). */
    private static Path written(Path dir, int n, byte[] payload) throws IOException {
        Path f = Files.createTempDirectory(dir, "verify").resolve("events.jsonl");
        try (JsonlChainWriter w = new JsonlChainWriter(f, config(true))) {
            for (int i = 0; i < n; i++) {
                w.append(payload);
            }
        }
        return f;
    }

    private static void verify(Path stream) {
        VerifyOptions opts = new VerifyOptions(TestRun.KEY, null, java.util.List.of("events.jsonl"));
        VerifyReport r = new Verifier().verify(stream.getParent(), opts);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("bench stream does not verify: " + r);
        }
    }

    interface Work {
        void run() throws IOException;
    }

    private static void report(boolean print, String name, int n, int bytes, Work w) throws IOException {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        w.run();
        long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
        if (print) {
            System.out.printf(
                    "%-14s records=%d bytes=%d cpu_ns_per_rec=%.0f rec_per_s=%.0f%n",
                    name, n, bytes, (double) cpu / n, n * 1e9 / cpu);
        }
    }

    /** The chain step alone: chain value over P, then the tag. */
    private static void step(int n, byte[] p, boolean keyed) {
        ChainHasher h = new ChainHasher("events.jsonl");
        KeySchedule k = keyed ? new KeySchedule(TestRun.KEY, "events.jsonl") : null;
        byte[] tag = new byte[RecordFormat.TAG_BYTES];
        for (int i = 0; i < n; i++) {
            h.begin();
            h.update(p, 0, p.length);
            byte[] g = h.finish();
            if (k != null) {
                k.tag(g, tag);
            }
        }
    }

    private static ChainConfig config(boolean keyed) {
        return ChainConfig.builder()
                .masterKey(keyed ? TestRun.KEY : null)
                .runId("bench")
                .host("bench")
                .fsync(!Boolean.getBoolean("bench.nofsync"))
                .build();
    }

    private static void jsonl(Path dir, int n, byte[] payload, boolean keyed) throws IOException {
        Path f = dir.resolve("events-" + System.nanoTime() + ".jsonl");
        try (JsonlChainWriter w = new JsonlChainWriter(f, config(keyed))) {
            for (int i = 0; i < n; i++) {
                w.append(payload);
                if ((i & 1023) == 0) {
                    w.flush();
                }
            }
        }
        Files.delete(f);
        Files.delete(StreamFiles.notesOf(f));
    }

    private static void raw(Path dir, int n, byte[] line) throws IOException {
        Path f = dir.resolve("syscalls-" + System.nanoTime() + ".log");
        try (RawChainWriter w = new RawChainWriter(f, config(true))) {
            for (int i = 0; i < n; i++) {
                w.append(line, 0, line.length, true);
                if ((i & 1023) == 0) {
                    w.flush();
                }
            }
        }
        Files.delete(f);
        Files.delete(StreamFiles.rawChainOf(f));
        Files.delete(StreamFiles.notesOf(f));
    }

    /** A typical event: about {@code size} bytes of JSON members. */
    private static byte[] payload(int size) {
        StringBuilder sb = new StringBuilder(
                "\"type\":\"syscall\",\"pid\":4242,\"ts\":\"12:00:00.123456\",\"syscall\":\"openat\",\"ret\":3,\"args\":[");
        while (sb.length() < size - 2) {
            sb.append("\"/usr/lib/x\",");
        }
        sb.setLength(size - 2);
        sb.append("\"]");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] rawLine(int size) {
        StringBuilder sb = new StringBuilder("4242  12:00:00.123456 read(3, \"");
        while (sb.length() < size - 10) {
            sb.append('a');
        }
        sb.append("\", 64) = 64");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
