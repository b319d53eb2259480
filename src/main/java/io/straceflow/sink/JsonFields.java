package io.straceflow.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Serialises one record's JSON members without the surrounding braces, the form the chain writers
 * take. One instance per stage thread: it reuses its buffer and generator.
 */
public final class JsonFields {
    /** Writes members into an open object. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);

    public byte[] of(Writer writer) throws IOException {
        buf.reset();
        try (JsonGenerator g = FACTORY.createGenerator(buf)) {
            g.writeStartObject();
            writer.write(g);
            g.writeEndObject();
        }
        byte[] all = buf.toByteArray();
        return Arrays.copyOfRange(all, 1, all.length - 1);
    }

    /** The {@code _seq} the chain writer put at the head of a line it returned: {"_seq":N,... */
    public static long seqOf(byte[] line) {
        long v = 0;
        for (int i = "{\"_seq\":".length(); i < line.length && line[i] >= '0' && line[i] <= '9'; i++) {
            v = v * 10 + (line[i] - '0');
        }
        return v;
    }
}
