package io.straceflow.sink;

import io.straceflow.aggregate.Action;
import io.straceflow.aggregate.ActionJson;
import io.straceflow.hash.Stamped;
import io.straceflow.parse.EventBatch;
import io.straceflow.parse.EventJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Converter;

/**
 * Type converters, so that a Camel component that asks for a String, bytes or an InputStream gets JSON (or the
 * stream's lines) from the pipeline's own bodies: an {@link Action} as one JSON object, an {@link EventBatch} as JSON
 * lines of its events, a {@link Stamped} batch as the lines it adds to its stream's file (the raw lines for
 * syscalls.log). Loaded by Camel from the loader camel-component-maven-plugin generates.
 */
@Converter(generateLoader = true)
public final class StraceflowConverters {
    private StraceflowConverters() {}

    @Converter
    public static byte[] toBytes(Action a) {
        return json(g -> ActionJson.writeFields(a, g));
    }

    @Converter
    public static String toString(Action a) {
        return new String(toBytes(a), StandardCharsets.UTF_8);
    }

    @Converter
    public static InputStream toInputStream(Action a) {
        return new ByteArrayInputStream(toBytes(a));
    }

    @Converter
    public static byte[] toBytes(EventBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.hasFields()) {
                out.write('{');
                out.write(batch.fields(), batch.fieldsStart(i), batch.fieldsLength(i));
                out.write('}');
            } else {
                int n = i;
                out.writeBytes(json(g -> EventJson.writeFields(batch.event(n), g)));
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    @Converter
    public static String toString(EventBatch batch) {
        return new String(toBytes(batch), StandardCharsets.UTF_8);
    }

    @Converter
    public static InputStream toInputStream(EventBatch batch) {
        return new ByteArrayInputStream(toBytes(batch));
    }

    @Converter
    public static byte[] toBytes(Stamped s) {
        return s.raw() ? s.log() : s.chain();
    }

    @Converter
    public static String toString(Stamped s) {
        return new String(toBytes(s), StandardCharsets.UTF_8);
    }

    @Converter
    public static InputStream toInputStream(Stamped s) {
        return new ByteArrayInputStream(toBytes(s));
    }

    /** One JSON object of the members {@code writer} writes (the members as the streams' records hold them). */
    private static byte[] json(JsonFields.Writer writer) {
        try {
            byte[] members = new JsonFields().of(writer);
            byte[] object = new byte[members.length + 2];
            object[0] = '{';
            System.arraycopy(members, 0, object, 1, members.length);
            object[object.length - 1] = '}';
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
