package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Acceptance (3): random mutations and truncations of real lines never throw, every event renders as valid JSON,
 * and a line the parser cannot read comes back verbatim as {@code type: unparsed}.
 */
class RobustnessPropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Characters that matter to the grammar: mutations with them hit the interesting paths. */
    private static final String SPECIAL = "(){}[]<>\"\\,=|.~/* -x0123456789?E:";

    record Mutation(int kind, int at, int length, char c) {}

    @Provide
    Arbitrary<String> mutatedLines() throws IOException {
        List<String> seeds = Corpus.allLines();
        Arbitrary<String> seed = Arbitraries.of(seeds);
        Arbitrary<Mutation> mutation = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.of(SPECIAL.toCharArray()))
                .as(Mutation::new);
        return Combinators.combine(seed, mutation.list().ofMinSize(1).ofMaxSize(6))
                .as(RobustnessPropertiesTest::apply);
    }

    static String apply(String line, List<Mutation> mutations) {
        StringBuilder b = new StringBuilder(line);
        for (Mutation m : mutations) {
            int at = b.length() == 0 ? 0 : m.at() % (b.length() + 1);
            switch (m.kind()) {
                case 0 -> b.setLength(at); // truncation
                case 1 -> b.delete(at, Math.min(b.length(), at + m.length()));
                case 2 -> b.insert(at, String.valueOf(m.c()).repeat(1 + m.length() % 3));
                case 3 -> b.insert(at, b.substring(at, Math.min(b.length(), at + m.length()))); // duplicate a run
                default -> {
                    if (at < b.length()) {
                        b.setCharAt(at, m.c());
                    }
                }
            }
        }
        return b.toString();
    }

    @Property(tries = 4000, seed = "20261126") // fixed seed: the suite must be deterministic
    void mutatedLinesNeverBreakTheAssembler(@ForAll("mutatedLines") String line) throws IOException {
        EventAssembler assembler =
                new EventAssembler(ParseOptions.builder().baseDate(Corpus.DATE).build());
        List<SyscallEvent> events = new ArrayList<>();
        // a couple of normal lines around the mutant exercise the merge state too
        assembler.accept("7 11:00:00.000001 read(3,  <unfinished ...>", 1, events::add);
        assembler.accept(line, 2, events::add);
        assembler.accept("7 11:00:00.000003 <... read resumed>\"x\", 1) = 1", 3, events::add);
        assembler.finish(events::add);

        assertThat(assembler.stats().lines()).isEqualTo(3);
        for (SyscallEvent e : events) {
            String json = EventJson.toJson(e);
            assertThat(MAPPER.readTree(json).get("type").asText())
                    .isEqualTo(e.type().json());
            if (e.type() == EventType.UNPARSED && e.line() == 2) {
                assertThat(e.text()).isEqualTo(line);
            }
        }
        boolean lineTwoAccountedFor = events.stream().anyMatch(e -> e.line() == 2 || e.endLine() == 2)
                || assembler.stats().summaryLines() > 0
                || assembler.stats().frames() > 0
                || events.stream().anyMatch(e -> e.line() == 1 && e.endLine() == 3);
        assertThat(lineTwoAccountedFor).as("line 2 is in some event: %s", line).isTrue();
    }
}
