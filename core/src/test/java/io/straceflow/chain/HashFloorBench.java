package io.straceflow.chain;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hashing floor of a run: what the chain step (the chain value, as the writers compute it) costs for
 * the records of a finished output directory, with nothing else done: no strace parsing, no JSON, no file writes.
 * Prints the bytes and CPU per trace line of each stream and the most trace lines per second that two cores doing
 * only this could reach. Run by bench/floor.sh (not a test): {@code HashFloorBench DIR LINES [RUNS]}, LINES being
 * the trace's line count; the rate is from this thread's CPU time (the machine is shared); the first pass warms the
 * JIT up.
 */
public final class HashFloorBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final byte[] H = ",\"_h\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CTL = "\"_ctl\"".getBytes(StandardCharsets.US_ASCII);
    private static final String[] STREAMS = {"syscalls.log", "events.jsonl", "enriched.jsonl", "actions.jsonl"};

    private HashFloorBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long traceLines = Long.parseLong(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<List<byte[]>> records = new ArrayList<>();
        for (String s : STREAMS) {
            records.add(records(dir, s));
        }
        double[][] nsPerLine = new double[STREAMS.length][runs];
        for (int r = -1; r < runs; r++) {
            for (int s = 0; s < STREAMS.length; s++) {
                long cpu0 = CPU.getCurrentThreadCpuTime();
                chain(STREAMS[s], records.get(s));
                long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
                if (r >= 0) {
                    nsPerLine[s][r] = (double) cpu / traceLines;
                }
            }
        }
        System.out.printf("%-16s %12s %14s%n", "stream", "bytes/line", "ns/line (CPU)");
        double total = 0;
        long bytes = 0;
        for (int s = 0; s < STREAMS.length; s++) {
            long b = records.get(s).stream().mapToLong(x -> x.length).sum();
            double ns = median(nsPerLine[s]);
            total += ns;
            bytes += b;
            System.out.printf("%-16s %12.0f %14.0f%n", STREAMS[s], (double) b / traceLines, ns);
        }
        System.out.printf("%-16s %12.0f %14.0f%n", "all four", (double) bytes / traceLines, total);
        System.out.printf(
                "hashing alone: %.0f MB/s on one core; at most %.0f trace lines/s on one core, %.0f on two%n",
                bytes / (total * traceLines / 1e9) / 1e6, 1e9 / total, 2e9 / total);
    }

    /**
     * The bytes a stream's writer hashes per record: the line up to its {@code "_h"} member; a raw line after the
     * sidecar record that covers it (P ‖ X, as RawChainWriter).
     */
    private static List<byte[]> records(Path dir, String stream) throws IOException {
        List<byte[]> out = new ArrayList<>();
        boolean raw = stream.equals(StreamFiles.RAW);
        List<byte[]> lines = lines(dir.resolve(raw ? stream + StreamFiles.CHAIN_SUFFIX : stream));
        List<byte[]> rawLines = raw ? lines(dir.resolve(stream)) : List.of();
        int r = 0;
        for (byte[] line : lines) {
            int p = lastIndexOf(line, H);
            boolean covers = raw && lastIndexOf(line, CTL) < 0 && r < rawLines.size(); // else a control record
            byte[] x = covers ? rawLines.get(r++) : new byte[0];
            byte[] record = Arrays.copyOf(line, (p < 0 ? line.length : p) + x.length);
            System.arraycopy(x, 0, record, record.length - x.length, x.length);
            out.add(record);
        }
        return out;
    }

    private static List<byte[]> lines(Path file) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (LineReader in = new LineReader(file)) {
            while (in.next()) {
                out.add(in.lineWithNewline());
            }
        }
        return out;
    }

    private static int lastIndexOf(byte[] b, byte[] what) {
        for (int i = b.length - what.length; i >= 0; i--) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The chain step of an unkeyed run (what the replay benchmarks write): one chain value per record. */
    private static void chain(String stream, List<byte[]> records) {
        ChainHasher h = new ChainHasher(stream);
        for (byte[] p : records) {
            h.begin();
            h.update(p, 0, p.length);
            h.finish();
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
