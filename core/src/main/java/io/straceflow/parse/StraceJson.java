package io.straceflow.parse;

import java.nio.charset.StandardCharsets;

/**
 * The JSON string a strace-escaped string's text makes, written straight from the printed form: the bytes Jackson's
 * {@code writeString} writes for the decoded text, without decoding it to a String first and escaping it again. On a
 * trace of file data (a tar) decoding and Jackson's escaping were a quarter of the reading thread's time. Only for
 * text that is ASCII once decoded; anything else is left to the decoder ({@link StraceString}), which also decides
 * between text and hex. The escapes are Jackson's defaults: short ones for {@code \b \t \n \f \r " \\}, {@code \}u00XX
 * for other control characters, everything else as it is (DEL too). StraceJsonTest holds both to the same output.
 */
final class StraceJson {
    /** What escape() returns when the text is not ASCII. */
    static final int NOT_ASCII = -1;
    /** Output bytes at most per input byte: a control byte becomes {@code \}u00XX. */
    static final int MAX_GROWTH = 6;

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Per ASCII character: 0 when written as it is, else the letter after the backslash ('u': {@code \}u00XX). */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    private StraceJson() {}

    /**
     * Writes the JSON string body (without quotes) of {@code raw}'s decoded text into {@code out}, which must hold
     * {@link #MAX_GROWTH} bytes per character of raw. Returns the length written, or {@link #NOT_ASCII}. Decodes with
     * {@link StraceString#escapeAt}, as the decoder does.
     */
    static int escape(String raw, byte[] out) {
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        int n = in.length;
        if (n != raw.length()) {
            return NOT_ASCII; // a character beyond ASCII takes more than one byte
        }
        int o = 0;
        int i = 0;
        while (i < n) {
            int c = in[i++];
            if (c != '\\' || i >= n) {
                if (c == '?' && raw.charAt(i - 1) != '?') {
                    return NOT_ASCII; // a lone surrogate half, which getBytes replaced
                }
                o = put(out, o, c);
                continue;
            }
            if (in[i] == '?' && raw.charAt(i) != '?') {
                return NOT_ASCII; // an escaped lone surrogate half: the decoder keeps its three bytes
            }
            long r = StraceString.escapeAt(in, i, n);
            int v = (int) r & 0xff;
            i = (int) (r >>> 32);
            if (v >= 0x80) {
                return NOT_ASCII;
            }
            o = put(out, o, v);
        }
        return o;
    }

    private static int put(byte[] out, int o, int c) {
        byte esc = ESCAPE[c];
        if (esc == 0) {
            out[o++] = (byte) c;
            return o;
        }
        out[o++] = '\\';
        out[o++] = esc;
        if (esc == 'u') {
            out[o++] = '0';
            out[o++] = '0';
            out[o++] = HEX[c >> 4];
            out[o++] = HEX[c & 0xf];
        }
        return o;
    }
}
