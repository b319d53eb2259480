package io.straceflow.aggregate;

import com.fasterxml.jackson.core.JsonGenerator;
import io.straceflow.parse.EventJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSON form of {@link Action}; field names and shapes are documented in docs/actions.md. */
public final class ActionJson {
    private ActionJson() {}

    /** Writes the action's fields without the surrounding braces (the chain writer adds {@code _seq} and {@code _h}). */
    public static void writeFields(Action a, JsonGenerator g) throws IOException {
        g.writeNumberField("pid", a.pid());
        if (a.fd() != null) {
            g.writeNumberField("fd", a.fd());
        } else {
            g.writeNullField("fd");
        }
        g.writeStringField("path", a.path());
        if (!a.paths().isEmpty()) {
            g.writeArrayFieldStart("paths");
            for (String p : a.paths()) {
                g.writeString(p);
            }
            g.writeEndArray();
        }
        if (a.target() != null) {
            g.writeStringField("target", a.target());
        }
        g.writeStringField("op", a.op().json());
        writeCounts("syscalls", a.syscalls(), g);
        g.writeNumberField("count", a.count());
        g.writeNumberField("bytes", a.bytes());
        writeCounts("errors", a.errors(), g);
        g.writeStringField("start", a.start());
        g.writeStringField("end", a.end());
        if (a.startMicros() != null) {
            g.writeNumberField("start_us", a.startMicros());
            g.writeNumberField("end_us", a.endMicros());
        }
        g.writeNumberField("first_seq", a.firstSeq());
        g.writeNumberField("last_seq", a.lastSeq());
    }

    /** The whole object, for tests and logs. */
    public static String toJson(Action a) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = EventJson.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            writeFields(a, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeCounts(String name, Map<String, Long> counts, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            g.writeNumberField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
    }
}
