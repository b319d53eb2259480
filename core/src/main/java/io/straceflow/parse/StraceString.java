package io.straceflow.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Decodes the C escapes strace prints inside quotes ({@code \x41}, {@code \n}, {@code \177}) back to bytes. */
final class StraceString {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private StraceString() {}

    /** A decoded string: its text when its bytes are UTF-8, else null and the bytes as hex. */
    record Decoded(String text, String hex) {}

    /** {@code raw} is the text between the quotes; it is decoded when first asked for ({@link ArgValue.Str}). */
    static ArgValue.Str of(String raw, boolean truncated) {
        return new ArgValue.Str(raw, truncated, raw.indexOf('\\') >= 0 || !isAscii(raw));
    }

    static Decoded decoded(String raw, boolean escaped) {
        if (!escaped) {
            return new Decoded(raw, null);
        }
        byte[] bytes = decode(raw);
        String text = utf8OrNull(bytes);
        return new Decoded(text, text == null ? hex(bytes) : null);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
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
        // as bytes first: the loop below then reads an array, not String.charAt (a tenth of a data-heavy replay's
        // parsing time, with C1). Strace -x leaves no byte above 0x7f unescaped, so the text is nearly always ASCII
        // and its UTF-8 bytes are a plain copy; an escape is ASCII, so any other character passes through as bytes.
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        if (in.length != raw.length() || replacedSurrogate(in, raw)) {
            in = encode(raw);
        }
        byte[] out = new byte[in.length];
        int o = 0;
        int n = in.length;
        int i = 0;
        while (i < n) {
            byte c = in[i++];
            if (c != '\\' || i >= n) {
                out[o++] = c;
                continue;
            }
            // binary data is all \xHH (strace -x): those first, from a table; the same as digitsAt's two digits
            if (in[i] == 'x' && i + 2 < n) {
                int hi = HEX_VALUE[in[i + 1] & 0xff];
                int lo = HEX_VALUE[in[i + 2] & 0xff];
                if ((hi | lo) >= 0) {
                    out[o++] = (byte) (hi << 4 | lo);
                    i += 3;
                    continue;
                }
            }
            long r = escapeAt(in, i, n);
            out[o++] = (byte) r;
            i = (int) (r >>> 32);
        }
        return Arrays.copyOf(out, o);
    }

    /**
     * Per ASCII letter after a backslash, the byte that escape stands for; -1 for the ones with digits ({@code \x41},
     * {@code \101}). Any other character stands for itself ({@code \"}, {@code \\}, and unknown ones).
     */
    private static final int[] SIMPLE = new int[128];

    /** Per byte, its value as a hex digit, or -1: for decode's fast path and digitsAt alike. */
    private static final int[] HEX_VALUE = new int[256];

    static {
        Arrays.fill(HEX_VALUE, -1);
        for (int d = 0; d < 16; d++) {
            HEX_VALUE["0123456789abcdef".charAt(d)] = d;
            HEX_VALUE["0123456789ABCDEF".charAt(d)] = d;
        }
        for (int c = 0; c < 128; c++) {
            SIMPLE[c] = c >= '0' && c <= '7' || c == 'x' ? -1 : c;
        }
        SIMPLE['n'] = '\n';
        SIMPLE['t'] = '\t';
        SIMPLE['r'] = '\r';
        SIMPLE['v'] = 0x0b;
        SIMPLE['f'] = '\f';
        SIMPLE['a'] = 0x07;
        SIMPLE['b'] = '\b';
        SIMPLE['e'] = 0x1b;
    }

    /**
     * Decodes the escape whose letter is {@code in[at]}, just after a backslash: returns the byte it stands for in the
     * low 8 bits and the index after it in the high 32. Shared by {@link #decode} and {@link StraceJson}, which must
     * agree; small, so the JIT inlines it into both loops (the digits are rarer and done apart).
     */
    static long escapeAt(byte[] in, int at, int n) {
        int e = in[at];
        int v = e >= 0 ? SIMPLE[e] : e & 0xff;
        return v >= 0 ? ((long) (at + 1) << 32) | v : digitsAt(in, at, n);
    }

    /** {@code \xHH} (one or two digits) or octal {@code \ooo} (one to three); a {@code \x} without digits stands for
     * the backslash alone, and its 'x' is read next as itself. */
    private static long digitsAt(byte[] in, int at, int n) {
        int v = 0;
        int digits = 0;
        if (in[at++] == 'x') {
            int d;
            while (digits < 2 && at < n && (d = HEX_VALUE[in[at] & 0xff]) >= 0) {
                v = v * 16 + d;
                at++;
                digits++;
            }
            if (digits == 0) {
                return ((long) (at - 1) << 32) | '\\';
            }
        } else {
            v = in[at - 1] - '0';
            digits = 1;
            while (digits < 3 && at < n && in[at] >= '0' && in[at] <= '7') {
                v = v * 8 + (in[at++] - '0');
                digits++;
            }
        }
        return ((long) at << 32) | (v & 0xff);
    }

    /** Whether a '?' in bytes of the same length as the text stands for a lone surrogate half, not a '?'. */
    private static boolean replacedSurrogate(byte[] in, String raw) {
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '?' && raw.charAt(i) != '?') {
                return true;
            }
        }
        return false;
    }

    /** The characters as bytes, each surrogate half on its own (then the result fails UTF-8 validation, as it must). */
    private static byte[] encode(String raw) {
        byte[] out = new byte[raw.length() * 3];
        int o = 0;
        for (int i = 0; i < raw.length(); i++) {
            o = putChar(out, o, raw.charAt(i));
        }
        return Arrays.copyOf(out, o);
    }

    private static int putChar(byte[] out, int o, char c) {
        if (c < 0x80) {
            out[o++] = (byte) c;
        } else if (c < 0x800) {
            out[o++] = (byte) (0xc0 | (c >> 6));
            out[o++] = (byte) (0x80 | (c & 0x3f));
        } else {
            // surrogate halves fail validation later: the line itself was not UTF-8
            out[o++] = (byte) (0xe0 | (c >> 12));
            out[o++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            out[o++] = (byte) (0x80 | (c & 0x3f));
        }
        return o;
    }

    /** Per thread (a decoder keeps state): strict UTF-8, malformed input reported, not replaced. */
    private static final ThreadLocal<CharsetDecoder> UTF8 = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));

    static String utf8OrNull(byte[] bytes) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // the common case, and the cheapest
        }
        // the decoder's result, not CharsetDecoder.decode(ByteBuffer), which throws on binary data: a stack trace
        // filled in for every buffer of binary data a trace shows (a tar of gzipped files: ~90 k per million lines)
        CharsetDecoder decoder = UTF8.get().reset();
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never makes more chars than bytes
        if (decoder.decode(ByteBuffer.wrap(bytes), out, true).isError()
                || decoder.flush(out).isError()) {
            return null; // binary data: the caller keeps it as hex
        }
        return out.flip().toString();
    }

    static String hex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out, StandardCharsets.ISO_8859_1); // a copy of the bytes, where chars would be compressed
    }
}
