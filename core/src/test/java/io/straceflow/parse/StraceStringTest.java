package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decoding the text between a string's quotes: escapes to bytes, then UTF-8 text or, failing that, hex. */
class StraceStringTest {
    private static ArgValue.Str decoded(String raw) {
        return StraceString.of(raw, false);
    }

    @Test
    void escapesBecomeTheirBytes() {
        assertThat(decoded("\\x41\\n\\101\\\\\\\"\\t\\0").text()).isEqualTo("A\nA\\\"\t\0");
        assertThat(decoded("\\x").text()).isEqualTo("\\x"); // no digits: kept
        assertThat(decoded("end\\").text()).isEqualTo("end\\"); // a last lone backslash: kept
        assertThat(decoded("\\x7f\\x45\\xff").hex()).isEqualTo("7f45ff");
        assertThat(decoded("what?\\n").text()).isEqualTo("what?\n");
    }

    @Test
    void charactersThatAreNotAsciiPassThroughAsUtf8() {
        assertThat(decoded("caf\u00e9\\n").text()).isEqualTo("caf\u00e9\n");
        assertThat(decoded("\\\u00e9").text()).isEqualTo("\u00e9"); // an escaped one is itself
    }

    /** Surrogates are encoded one half at a time, so the bytes are no UTF-8 and stay hex: the line was not clean. */
    @Test
    void surrogatesAreKeptAsBytes() {
        assertThat(decoded("\\n\uDE00").hex()).isEqualTo("0aedb880"); // a lone half, not a '?'
        assertThat(decoded("\\n\uD83D\uDE00").hex()).isEqualTo("0aeda0bdedb880");
    }
}
