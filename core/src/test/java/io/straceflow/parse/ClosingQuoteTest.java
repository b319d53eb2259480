package io.straceflow.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quote search that ends a string finds what a scan that skips each backslash's next character finds. */
class ClosingQuoteTest {
    private static final char[] CHARS = {'\\', '\\', '"', '"', 'a', 'x', ' ', ','};

    @Test
    void agreesWithACharacterScan() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(16)];
            for (int i = 0; i < text.length; i++) {
                text[i] = CHARS[random.nextInt(CHARS.length)];
            }
            String s = new String(text);
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            int end = from + random.nextInt(s.length() - from + 1);
            assertEquals(
                    scan(s, from, end),
                    ArgParser.closingQuote(s, from, end),
                    () -> s + " from " + from + " end " + end);
        }
    }

    @Test
    void escapedQuotesAreSkipped() {
        assertEquals(8, ArgParser.closingQuote("a\\\"b\\\\\\\"\"", 0, 9), "three backslashes escape");
        assertEquals(4, ArgParser.closingQuote("ab\\\\\"c\"", 0, 7));
        assertEquals(5, ArgParser.closingQuote("ab\\\"c", 0, 5), "none before the end");
    }

    /** The loop the parser had: a backslash takes the next character with it. */
    private static int scan(String s, int from, int end) {
        int i = from;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i;
            } else {
                i++;
            }
        }
        return end;
    }
}
