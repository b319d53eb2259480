package io.straceflow.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON written straight from strace's printed form must be the bytes Jackson writes for the decoded text, and the
 * events' JSON must not depend on which generator writes it (the pipeline's UTF-8 one takes the direct path).
 */
class StraceJsonTest {
    /**
     * Pieces of printed strings: plain text, every escape strace prints, malformed ones and beyond-ASCII ones (also
     * StraceStringTest's).
     */
    static final String[] PIECES = {
        "a",
        "Z",
        " ",
        "/",
        "'",
        "?",
        "{",
        "~",
        "\\n",
        "\\t",
        "\\r",
        "\\v",
        "\\f",
        "\\a",
        "\\b",
        "\\e",
        "\\\"",
        "\\\\",
        "\\0",
        "\\1",
        "\\12",
        "\\177",
        "\\200",
        "\\377",
        "\\777",
        "\\8",
        "\\x",
        "\\x0",
        "\\x1f",
        "\\x7f",
        "\\x7F",
        "\\x80",
        "\\xc3\\xa9",
        "\\xff",
        "\\xg",
        "\\q",
        "\\?",
        "\u007f",
        "é",
        "\u20ac",
        "\ud83d\ude00",
        "\ud83d",
        "\u0001",
        "\u001f",
        "\"",
        "\\"
    };

    @Test
    void escapesAsJacksonEscapesTheDecodedText() throws IOException {
        Random random = new Random(42);
        int ascii = 0;
        int other = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder raw = new StringBuilder();
            int pieces = random.nextInt(8);
            for (int i = 0; i < pieces; i++) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String printed = raw.toString();
            byte[] out = new byte[printed.length() * StraceJson.MAX_GROWTH];
            int n = StraceJson.escape(printed, out);
            byte[] decoded = StraceString.decode(printed);
            if (isAscii(decoded)) {
                ascii++;
                String text = new String(decoded, StandardCharsets.US_ASCII);
                assertEquals(
                        jackson(text), new String(out, 0, n, StandardCharsets.UTF_8), () -> "printed " + show(printed));
            } else {
                other++;
                assertEquals(StraceJson.NOT_ASCII, n, () -> "printed " + show(printed));
            }
        }
        assertTrue(ascii > 1000 && other > 1000, "both kinds were drawn: " + ascii + " / " + other);
    }

    @Test
    void fixedCases() {
        assertEquals("a\\nb\\\"c\\\\d\\u001B\\u0000\u007f", escaped("a\\nb\\\"c\\\\d\\e\\0\\x7f"));
        assertEquals("\\\\x", escaped("\\x"));
        assertEquals("\\\\", escaped("\\"), "a trailing backslash is itself");
        assertEquals("\\b\\f\\t\\r\\u000B\\u0007", escaped("\\b\\f\\t\\r\\v\\a"));
        assertEquals("?", escaped("\\?"));
        assertEquals(StraceJson.NOT_ASCII, StraceJson.escape("\\xc3\\xa9", new byte[64]));
        assertEquals(StraceJson.NOT_ASCII, StraceJson.escape("é", new byte[64]));
        assertEquals(StraceJson.NOT_ASCII, StraceJson.escape("\ud83d", new byte[64]), "a lone surrogate half");
    }

    @Test
    void eventJsonIsTheSameThroughEitherGenerator() throws IOException {
        List<String> lines = List.of(
                "1234  write(1, \"#include <stdio.h>\\n\\tint x = \\\"q\\\";\\x01\\177\\n\"..., 4096) = 4096",
                "1234  read(3, \"\\xc3\\xa9t\\xc3\\xa9\\n\", 64) = 7",
                "1234  read(3, \"\\x00\\x01\\xfe\\xff\", 4) = 4",
                "1234  openat(AT_FDCWD, \"/tmp/a\\\\b\\\"c\", O_RDONLY) = 3",
                "1234  write(2, \"plain\", 5) = 5",
                "1234  write(2, \"plain\"..., 5) = 5",
                // longer than the buffer a thread keeps: a buffer of its own
                "1234  write(1, \"" + "ab\\n\\t".repeat(20_000) + "\", 80000) = 80000",
                "1234  write(1, \"" + "\\\"q".repeat(30_000) + "\", 60000) = 60000");
        LineParser parser = new LineParser(ParseOptions.defaults());
        for (String line : lines) {
            SyscallEvent e = parser.parse(line, 1);
            assertEquals(EventType.SYSCALL, e.type(), line);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = EventJson.FACTORY.createGenerator(bytes)) {
                g.writeStartObject();
                EventJson.writeFields(e, g);
                g.writeEndObject();
            }
            StringWriter chars = new StringWriter();
            try (JsonGenerator g = EventJson.FACTORY.createGenerator(chars)) {
                g.writeStartObject();
                EventJson.writeFields(parser.parse(line, 1), g); // a fresh event: its strings not yet decoded
                g.writeEndObject();
            }
            String json = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(chars.toString(), json, line);
            assertTrue(!line.contains("\\") || json.contains("\"str\":") || json.contains("\"hex\":"), json);
            if (line.contains("\\xfe")) {
                assertTrue(json.contains("{\"hex\":\"0001feff\"}"), json); // binary data as hex, written raw
            }
        }
    }

    private static String escaped(String printed) {
        byte[] out = new byte[printed.length() * StraceJson.MAX_GROWTH];
        int n = StraceJson.escape(printed, out);
        return n < 0 ? null : new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** The string with every character outside printable ASCII as a Java escape, for a readable failure. */
    private static String show(String s) {
        StringBuilder b = new StringBuilder();
        s.chars()
                .forEach(c -> b.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return b.toString();
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    /** What Jackson writes between the quotes for the text. */
    private static String jackson(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.FACTORY.createGenerator(bytes)) {
            g.writeString(text);
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.substring(1, s.length() - 1);
    }
}
