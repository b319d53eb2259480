package io.straceflow.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes the C escapes strace prints inside quotes ({@code \x41}, {@code \n}, {@code \177}) back to bytes. */
final class StraceString {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StraceString() {}

    /** {@code raw} is the text between the quotes. */
    static ArgValue.Str of(String raw, boolean truncated) {
        if (raw.indexOf('\\') < 0 && isAscii(raw)) {
            return new ArgValue.Str(raw, raw, null, truncated, false);
        }
        byte[] bytes = decode(raw);
        String text = utf8OrNull(bytes);
        return new ArgValue.Str(raw, text, text == null ? hex(bytes) : null, truncated, true);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static byte[] decode(String raw) {
        ByteBuffer out = ByteBuffer.allocate(raw.length() * 3 + 4);
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i++);
            if (c != '\\' || i >= n) {
                putChar(out, c);
                continue;
            }
            char e = raw.charAt(i++);
            switch (e) {
                case 'n' -> out.put((byte) '\n');
                case 't' -> out.put((byte) '\t');
                case 'r' -> out.put((byte) '\r');
                case 'v' -> out.put((byte) 0x0b);
                case 'f' -> out.put((byte) '\f');
                case 'a' -> out.put((byte) 0x07);
                case 'b' -> out.put((byte) '\b');
                case 'e' -> out.put((byte) 0x1b);
                case 'x' -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && i < n && hexValue(raw.charAt(i)) >= 0) {
                        v = v * 16 + hexValue(raw.charAt(i++));
                        digits++;
                    }
                    if (digits == 0) {
                        out.put((byte) '\\').put((byte) 'x');
                    } else {
                        out.put((byte) v);
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int digits = 1;
                        while (digits < 3 && i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '7') {
                            v = v * 8 + (raw.charAt(i++) - '0');
                            digits++;
                        }
                        out.put((byte) v);
                    } else {
                        putChar(out, e); // \" \\ and anything unknown: the character itself
                    }
                }
            }
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    private static void putChar(ByteBuffer out, char c) {
        if (c < 0x80) {
            out.put((byte) c);
        } else if (c < 0x800) {
            out.put((byte) (0xc0 | (c >> 6))).put((byte) (0x80 | (c & 0x3f)));
        } else {
            // surrogate halves end up as replacement bytes after validation: the line itself was not UTF-8
            out.put((byte) (0xe0 | (c >> 12)))
                    .put((byte) (0x80 | ((c >> 6) & 0x3f)))
                    .put((byte) (0x80 | (c & 0x3f)));
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // binary data: the caller keeps it as hex
        }
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }
}
