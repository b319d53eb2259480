package io.straceflow.strace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** gzip files cut short, for tests, and what of them can be decoded. */
public final class GzipCut {
    private GzipCut() {}

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    /** The first {@code fraction} of {@code data}'s gzip form. */
    public static byte[] cut(byte[] data, double fraction) throws IOException {
        byte[] gz = gzip(data);
        return Arrays.copyOf(gz, (int) (gz.length * fraction));
    }

    /** Every byte the JDK decodes from {@code gz} before it fails, read a byte at a time (no read-ahead to lose). */
    public static byte[] decodable(byte[] gz) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
            }
        } catch (IOException expected) {
            // the data ends early: what was read so far is the answer
        }
        return out.toByteArray();
    }
}
