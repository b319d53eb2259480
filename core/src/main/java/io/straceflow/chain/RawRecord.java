package io.straceflow.chain;

import java.util.zip.CRC32C;

/** The payload of a raw sidecar record, {@code "n":LEN,"c":"crc32c"}: length and CRC of the raw line it covers. */
record RawRecord(long length, int crc) {
    private static final byte[] N = RecordFormat.ascii(",\"n\":");
    private static final byte[] C = RecordFormat.ascii(",\"c\":\"");

    /** Parses b[from, to) which must be exactly {@code ,"n":LEN,"c":"xxxxxxxx"}; null otherwise. */
    static RawRecord parse(byte[] b, int from, int to) {
        if (!Bytes.startsWith(b, from, to - from, N)) {
            return null;
        }
        int i = from + N.length;
        long n = 0;
        int digits = 0;
        while (i < to && b[i] >= '0' && b[i] <= '9' && digits < 12) {
            n = n * 10 + (b[i++] - '0');
            digits++;
        }
        if (digits == 0 || !Bytes.startsWith(b, i, to - i, C) || to - (i + C.length) != 9 || b[to - 1] != '"') {
            return null;
        }
        int crc = 0;
        for (int k = i + C.length; k < to - 1; k++) {
            int v = Character.digit(b[k], 16);
            if (v < 0 || (b[k] >= 'A' && b[k] <= 'F')) {
                return null;
            }
            crc = (crc << 4) | v;
        }
        return new RawRecord(n, crc);
    }

    boolean matches(byte[] line) {
        if (line == null || line.length != length) {
            return false;
        }
        CRC32C c = new CRC32C();
        c.update(line, 0, line.length);
        return (int) c.getValue() == crc;
    }

    /** For a line not held in memory: its length and CRC-32C (both with its newline). */
    boolean matches(long lineLength, int lineCrc) {
        return lineLength == length && lineCrc == crc;
    }
}
