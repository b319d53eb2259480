package io.straceflow.strace;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The line splitting of a replay alone: {@code LineReaderBench TRACE [RUNS]} reads the trace into memory, then splits
 * it into batches with {@link LineReader} in 64 KiB reads, as a replay of a file does, handing each batch to a handler
 * that only counts. Lines/s from this thread's CPU time, median of RUNS passes after one warm-up pass.
 * {@code bench/reader.sh} runs it, also on an older jar's classes for a before/after.
 */
public final class LineReaderBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LineReaderBench() {}

    public static void main(String[] args) throws Exception {
        byte[] data = Files.readAllBytes(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        pass(data); // warm-up
        double[] rates = new double[runs];
        long lines = 0;
        for (int r = 0; r < runs; r++) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            lines = pass(data);
            rates[r] = lines * 1e9 / (CPU.getCurrentThreadCpuTime() - cpu0);
        }
        Arrays.sort(rates);
        System.out.printf(
                "line reader: %d lines, %d MB, median of %d: %.0f lines/s (cpu), min %.0f, max %.0f%n",
                lines, data.length >> 20, runs, rates[runs / 2], rates[0], rates[runs - 1]);
    }

    private static long pass(byte[] data) throws Exception {
        long[] lines = {0};
        new LineReader(new ByteArrayInputStream(data), 1).readAll(b -> lines[0] += b.size());
        return lines[0];
    }
}
