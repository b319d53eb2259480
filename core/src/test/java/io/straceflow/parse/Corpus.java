package io.straceflow.parse;

import io.straceflow.testing.TraceDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads src/test/resources/parse/corpus.txt: cases of input lines with their expected events. */
public final class Corpus {
    static final LocalDate DATE = TraceDate.DAY;

    record Case(String title, Integer defaultPid, List<String> lines, List<String> expected) {
        ParseOptions options() {
            return ParseOptions.builder()
                    .baseDate(DATE)
                    .zone(ZoneOffset.UTC)
                    .defaultPid(defaultPid)
                    .build();
        }

        /** Runs the lines through a fresh assembler; returns the events after finish(). */
        List<SyscallEvent> run() {
            EventAssembler assembler = new EventAssembler(options());
            List<SyscallEvent> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                assembler.accept(lines.get(i), i + 1, out::add);
            }
            assembler.finish(out::add);
            return out;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private Corpus() {}

    /** Every case's input lines, one after the other (stages after the parser take them as one trace). */
    public static List<String> inputLines() throws IOException {
        List<String> lines = new ArrayList<>();
        load().forEach(c -> lines.addAll(c.lines()));
        return lines;
    }

    static List<Case> load() throws IOException {
        String text;
        try (InputStream in = Corpus.class.getResourceAsStream("/parse/corpus.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String title = null;
        Integer pid = null;
        List<String> lines = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : (text + "\n== end").split("\n", -1)) {
            if (line.startsWith("== ")) {
                if (title != null) {
                    cases.add(new Case(title, pid, List.copyOf(lines), List.copyOf(expected)));
                }
                title = line.substring(3);
                pid = null;
                lines.clear();
                expected.clear();
            } else if (line.startsWith("! pid ")) {
                pid = Integer.valueOf(line.substring(6).trim());
            } else if (line.startsWith("< ")) {
                lines.add(line.substring(2));
            } else if (line.startsWith("> ")) {
                expected.add(line.substring(2));
            }
        }
        return cases;
    }

    /** All input lines of the corpus: seeds for the fuzz test. */
    static List<String> allLines() throws IOException {
        List<String> all = new ArrayList<>();
        for (Case c : load()) {
            all.addAll(c.lines());
        }
        return all;
    }
}
