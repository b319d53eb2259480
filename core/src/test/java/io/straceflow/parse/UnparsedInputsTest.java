package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnparsedInputsTest {
    @Test
    void namesOnlyTheInputsOfWhichMostLinesWereUnparsed() {
        UnparsedInputs inputs = new UnparsedInputs();
        inputs.lines("t.txt", 1, 64);
        inputs.lines("t.txt", 65, 36); // lines 1..100
        inputs.unparsed(7);
        inputs.lines("notes", 101, 3); // lines 101..103
        inputs.unparsed(101);
        inputs.unparsed(103);
        inputs.lines("half", 104, 2); // lines 104..105: one of two is not "most"
        inputs.unparsed(105);
        assertThat(inputs.warnings())
                .containsExactly("notes: 2 of 3 lines are not strace output (kept as unparsed events)");
    }

    @Test
    void aLiveTraceIsTheTrace() {
        UnparsedInputs inputs = new UnparsedInputs();
        inputs.lines(null, 1, 1);
        inputs.unparsed(1);
        assertThat(inputs.warnings())
                .containsExactly("the trace: 1 of 1 lines are not strace output (kept as unparsed events)");
    }
}
