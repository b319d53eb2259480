package io.straceflow.parse;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * arguments into typed values).
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
        run(lines, bytes, 1, false, "warmup");
        run(lines, bytes, runs, false, "assemble");
        run(lines, bytes, runs, true, "assemble+json");
    }

    private static void run(List<String> lines, long bytes, int runs, boolean json, String label) throws IOException {
        double[] rates = new double[runs];
        ParseStats last = null;
        for (int r = 0; r < runs; r++) {
            EventAssembler assembler = new EventAssembler(ParseOptions.defaults());
            Consumer<SyscallEvent> sink = json ? jsonSink() : e -> {};
            long start = System.nanoTime();
            long lineNo = 0;
            for (String line : lines) {
                assembler.accept(line, ++lineNo, sink);
            }
            assembler.finish(sink);
            long nanos = System.nanoTime() - start;
            rates[r] = lines.size() * 1e9 / nanos;
            last = assembler.stats();
        }
        Arrays.sort(rates);
        double median = rates[runs / 2];
        System.out.printf(
                "%-14s runs=%d median=%.0f lines/s (%.0f MB/s) min=%.0f max=%.0f  [%s]%n",
                label, runs, median, median * bytes / lines.size() / (1 << 20), rates[0], rates[runs - 1], last);
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
