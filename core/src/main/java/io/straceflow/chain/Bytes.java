package io.straceflow.chain;

/** Small byte helpers for the hot path (no allocation). */
final class Bytes {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {}

    /**
     * Whether {@code b[off, off + len)} holds a '\n' or '\r'. Eight bytes per step (a zero-byte test on the word
     * xor'ed with the byte repeated): every payload byte goes through this check, and a byte loop with an early
     * exit is not vectorised by the JIT.
     */
    static boolean hasLineBreak(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (hasZeroByte(w ^ (ONES * '\n')) || hasZeroByte(w ^ (ONES * '\r'))) {
                return true;
            }
        }
        for (; i < end; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Exact as a yes/no answer (the classic test only misplaces which byte). */
    private static boolean hasZeroByte(long w) {
        return ((w - ONES) & ~w & HIGHS) != 0;
    }

    static void putLong(byte[] b, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    static void hex(byte[] src, int n, byte[] dst, int off) {
        for (int i = 0; i < n; i++) {
            dst[off + 2 * i] = HEX[(src[i] >> 4) & 0xf];
            dst[off + 2 * i + 1] = HEX[src[i] & 0xf];
        }
    }

    static String hex(byte[] src) {
        byte[] out = new byte[src.length * 2];
        hex(src, src.length, out, 0);
        return new String(out, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Writes the decimal digits of v >= 0 at off; returns the new offset. */
    static int putDecimal(byte[] b, int off, long v) {
        int len = decimalLength(v);
        int end = off + len;
        for (int i = end - 1; i >= off; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return end;
    }

    static int decimalLength(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    static int indexOf(byte[] hay, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean startsWith(byte[] b, int off, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
