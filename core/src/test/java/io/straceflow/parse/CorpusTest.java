package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Acceptance (2): every tricky construct in the corpus gives exactly the expected JSON events. */
class CorpusTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Corpus.Case> cases() throws IOException {
        return Corpus.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void linesGiveExpectedEvents(Corpus.Case c) throws IOException {
        List<JsonNode> actual = new ArrayList<>();
        for (SyscallEvent e : c.run()) {
            actual.add(MAPPER.readTree(EventJson.toJson(e)));
        }
        List<JsonNode> expected = new ArrayList<>();
        for (String json : c.expected()) {
            expected.add(MAPPER.readTree(json));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void corpusIsNotEmptyAndEveryCaseExpectsSomething() throws IOException {
        List<Corpus.Case> cases = Corpus.load();
        assertThat(cases).hasSizeGreaterThan(40);
        assertThat(cases).allSatisfy(c -> assertThat(c.lines()).isNotEmpty());
    }

    @Test
    void summaryCaseStopsAtTheHeaderAndCountsTheTableLines() throws IOException {
        Corpus.Case c = Corpus.load().stream()
                .filter(k -> k.title().startsWith("the summary table"))
                .findFirst()
                .orElseThrow();
        EventAssembler assembler = new EventAssembler(c.options());
        for (int i = 0; i < c.lines().size(); i++) {
            assembler.accept(c.lines().get(i), i + 1, e -> {});
        }
        assembler.finish(e -> {});
        assertThat(assembler.stats().summaryLines()).isEqualTo(3);
        assertThat(assembler.stats().events()).isEqualTo(1);
    }
}
