package io.straceflow.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Serialises one record's JSON members without the surrounding braces, the form the chain writers
 * take. One instance per stage thread: it reuses its buffer and one generator for all records (a
 * generator per record costs more than a short record's members).
 */
public final class JsonFields {
    /** Writes members into an open object. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /** Where the members start in {@link #buffer()}: after the opening brace. */
    public static final int OFFSET = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Buffer buf = new Buffer();
    private JsonGenerator generator;

    /** The members as a new array. */
    public byte[] of(Writer writer) throws IOException {
        int n = write(writer);
        return Arrays.copyOfRange(buf.array(), OFFSET, OFFSET + n);
    }

    /**
     * Writes the members into {@link #buffer()} at {@link #OFFSET}, without copying; valid until the next
     * call. Returns their length.
     */
    public int write(Writer writer) throws IOException {
        buf.reset();
        JsonGenerator g = generator();
        try {
            g.writeStartObject();
            writer.write(g);
            g.writeEndObject();
            g.flush();
        } catch (IOException | RuntimeException e) {
            generator = null; // left inside an object: the next record starts a fresh one
            throw e;
        }
        return buf.size() - 2;
    }

    public byte[] buffer() {
        return buf.array();
    }

    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = FACTORY.createGenerator(buf);
            // records are separate root objects: no space between them
            generator.setRootValueSeparator(null);
        }
        return generator;
    }

    /** The {@code _seq} the chain writer put at the head of a line it returned: {"_seq":N,... */
    public static long seqOf(byte[] line) {
        long v = 0;
        for (int i = "{\"_seq\":".length(); i < line.length && line[i] >= '0' && line[i] <= '9'; i++) {
            v = v * 10 + (line[i] - '0');
        }
        return v;
    }

    /** A byte stream whose array can be read in place. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        byte[] array() {
            return buf;
        }
    }
}
