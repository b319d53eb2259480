package io.straceflow.parse;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parser speed on one core: {@code ParserBench FILE [RUNS]}. The file is read into memory first (reading is timed
 * and printed apart), then two figures, each the median of RUNS passes: "assemble" (framing, return split, merge;
 * arguments stay text until asked for) and "assemble+json" (every event written as JSON, which parses its
 * arguments into typed values); each again with redaction on ("+redact", as the pipeline runs by default). The
 * passes with and without redaction alternate, so that a machine shared with others slows both alike, and each
 * figure is given in wall-clock time and in this thread's CPU time (which waiting for a shared CPU does not inflate).
 */
public final class ParserBench {
    private ParserBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ParserBench FILE [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long start = System.nanoTime();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        long bytes = Files.size(file);
        System.out.printf(
                "read %d lines, %d MB in %.2f s (not counted below)%n",
                lines.size(), bytes >> 20, (System.nanoTime() - start) / 1e9);
        pass(lines, true, false);
        pass(lines, false, false); // warmup
        for (boolean json : new boolean[] {false, true}) {
            Pass[] off = new Pass[runs];
            Pass[] on = new Pass[runs];
            for (int r = 0; r < runs; r++) {
                off[r] = pass(lines, false, json);
                on[r] = pass(lines, true, json);
            }
            String label = json ? "assemble+json" : "assemble";
            print(label, off, lines, bytes);
            print(label + "+redact", on, lines, bytes);
            ParseStats last = on[runs - 1].stats();
            System.out.printf("%-21s redacted=%d redacted_env=%d%n", "", last.redacted(), last.redactedEnv());
        }
    }

    /** Lines per second of one pass (wall clock, thread CPU time), and its counters. */
    private record Pass(double rate, double cpuRate, ParseStats stats) {}

    private static Pass pass(List<String> lines, boolean redact, boolean json) throws IOException {
        EventAssembler assembler =
                new EventAssembler(ParseOptions.builder().redact(redact).build());
        Consumer<SyscallEvent> sink = json ? jsonSink() : e -> {};
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = cpu.getCurrentThreadCpuTime();
        long lineNo = 0;
        for (String line : lines) {
            assembler.accept(line, ++lineNo, sink);
        }
        assembler.finish(sink);
        long cpuNanos = cpu.getCurrentThreadCpuTime() - startCpu;
        return new Pass(
                lines.size() * 1e9 / (System.nanoTime() - start), lines.size() * 1e9 / cpuNanos, assembler.stats());
    }

    private static void print(String label, Pass[] passes, List<String> lines, long bytes) {
        double[] rates = Arrays.stream(passes).mapToDouble(Pass::rate).sorted().toArray();
        double[] cpuRates =
                Arrays.stream(passes).mapToDouble(Pass::cpuRate).sorted().toArray();
        double median = rates[rates.length / 2];
        System.out.printf(
                "%-21s runs=%d median=%.0f lines/s (%.0f MB/s) min=%.0f max=%.0f cpu-median=%.0f lines/s  [%s]%n",
                label,
                rates.length,
                median,
                median * bytes / lines.size() / (1 << 20),
                rates[0],
                rates[rates.length - 1],
                cpuRates[cpuRates.length / 2],
                passes[passes.length - 1].stats());
    }

    /** Writes each event to a generator over a discarding stream: the cost of JSON without the cost of a disk. */
    private static Consumer<SyscallEvent> jsonSink() throws IOException {
        JsonGenerator g = EventJson.FACTORY.createGenerator(OutputStream.nullOutputStream());
        return e -> {
            try {
                g.writeStartObject();
                EventJson.writeFields(e, g);
                g.writeEndObject();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        };
    }
}
