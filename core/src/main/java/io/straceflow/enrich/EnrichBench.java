package io.straceflow.enrich;

import io.straceflow.parse.EventAssembler;
import io.straceflow.parse.ParseOptions;
import io.straceflow.parse.SyscallEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cost of enrichment: {@code EnrichBench FILE [RUNS]}. The trace is read into memory first, then three figures,
 * each the median of RUNS passes in events/s: "parse" (assembler only), "parse+enrich" (replay: trace table, no
 * /proc) and "parse+enrich live" (the /proc path with a reader that finds every process gone, so the figure shows
 * the hand-off cost without depending on what runs on the machine).
 */
public final class EnrichBench {
    private EnrichBench() {}

    private enum Mode {
        PARSE,
        ENRICH,
        ENRICH_LIVE
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EnrichBench FILE [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        System.out.printf("trace %s: %d lines%n", file, lines.size());
        run(lines, 1, Mode.ENRICH, "warmup");
        run(lines, runs, Mode.PARSE, "parse");
        run(lines, runs, Mode.ENRICH, "parse+enrich");
        run(lines, runs, Mode.ENRICH_LIVE, "parse+enrich live");
    }

    private static void run(List<String> lines, int runs, Mode mode, String label) {
        double[] rates = new double[runs];
        long events = 0;
        EnrichStats stats = null;
        for (int r = 0; r < runs; r++) {
            EventAssembler assembler = new EventAssembler(ParseOptions.defaults());
            EnrichOptions options = mode == Mode.ENRICH_LIVE
                    ? EnrichOptions.builder().live(true).procReader(pid -> null).build()
                    : EnrichOptions.replay();
            long[] count = new long[1];
            try (Enricher enricher = new Enricher(options)) {
                Consumer<SyscallEvent> sink = mode == Mode.PARSE
                        ? e -> count[0]++
                        : e -> {
                            count[0]++;
                            enricher.enrich(e);
                        };
                long start = System.nanoTime();
                long lineNo = 0;
                for (String line : lines) {
                    lineNo++;
                    if (mode != Mode.PARSE) {
                        enricher.observeLine(line, lineNo);
                    }
                    assembler.accept(line, lineNo, sink);
                }
                assembler.finish(sink);
                rates[r] = count[0] * 1e9 / (System.nanoTime() - start);
                events = count[0];
                stats = enricher.stats();
            }
        }
        Arrays.sort(rates);
        System.out.printf(
                "%-18s runs=%d median=%.0f events/s min=%.0f max=%.0f events=%d%s%n",
                label,
                runs,
                rates[runs / 2],
                rates[0],
                rates[runs - 1],
                events,
                mode == Mode.PARSE ? "" : " [" + stats + "]");
    }
}
