package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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

    /** The decoder's fast paths (hex escapes from a table, no surrogate check without a '?') against C's rules. */
    @Test
    void decodesAsTheEscapeRulesSay() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder raw = new StringBuilder();
            int pieces = random.nextInt(10);
            for (int i = 0; i < pieces; i++) {
                raw.append(StraceJsonTest.PIECES[random.nextInt(StraceJsonTest.PIECES.length)]);
            }
            String printed = raw.toString();
            assertThat(StraceString.decode(printed)).as(printed).isEqualTo(byTheRules(printed));
        }
    }

    /** strace's escapes as C reads them, a character at a time: the reference for decode. */
    private static byte[] byTheRules(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c != '\\' || i == s.length()) {
                utf8(out, c);
                continue;
            }
            char e = s.charAt(i++);
            int digits = 0;
            int v = 0;
            if (e == 'x') {
                while (digits < 2 && i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                    v = v * 16 + Character.digit(s.charAt(i++), 16);
                    digits++;
                }
                if (digits == 0) {
                    out.write('\\');
                    i--; // the 'x' is read again as itself
                    continue;
                }
                out.write(v);
            } else if (e >= '0' && e <= '7') {
                v = e - '0';
                while (++digits < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                    v = v * 8 + s.charAt(i++) - '0';
                }
                out.write(v & 0xff);
            } else {
                int simple = "ntrvfabe".indexOf(e);
                if (simple >= 0) {
                    out.write("\n\t\r\u000b\f\u0007\b\u001b".charAt(simple));
                } else {
                    utf8(out, e);
                }
            }
        }
        return out.toByteArray();
    }

    /** A character's UTF-8 bytes, a surrogate half on its own (as the decoder encodes it). */
    private static void utf8(ByteArrayOutputStream out, char c) {
        if (Character.isSurrogate(c)) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Text or binary as a strict UTF-8 decoder that throws on malformed input says, on random UTF-8-like bytes. */
    @Test
    void textIsWhatStrictUtf8Accepts() throws Exception {
        Random random = new Random(11);
        int text = 0;
        int binary = 0;
        byte[] leads = {
            0x41,
            0x7f,
            (byte) 0x80,
            (byte) 0xbf,
            (byte) 0xc0,
            (byte) 0xc2,
            (byte) 0xdf,
            (byte) 0xe0,
            (byte) 0xed,
            (byte) 0xef,
            (byte) 0xf0,
            (byte) 0xf4,
            (byte) 0xf5,
            (byte) 0xff
        };
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(7)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(3) == 0
                        ? leads[random.nextInt(leads.length)]
                        : (byte) (0x80 + random.nextInt(0x40)); // continuation bytes, often right
            }
            String expected;
            try {
                expected = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(b))
                        .toString();
                text++;
            } catch (java.nio.charset.CharacterCodingException e) {
                expected = null;
                binary++;
            }
            assertThat(StraceString.utf8OrNull(b))
                    .as(java.util.HexFormat.of().formatHex(b))
                    .isEqualTo(expected);
        }
        assertThat(text).as("valid ones drawn").isGreaterThan(500);
        assertThat(binary).as("invalid ones drawn").isGreaterThan(500);
    }
}
