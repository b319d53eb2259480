package io.straceflow.enrich;

import com.fasterxml.jackson.core.JsonGenerator;
import io.straceflow.parse.EventJson;
import io.straceflow.parse.SyscallEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON form of an enriched event: the event's fields, then {@code "process":{...}}. Shape in docs/enrich.md. */
public final class EnrichedJson {
    private EnrichedJson() {}

    /** Writes the fields without the surrounding braces; no {@code process} field when {@code p} is null. */
    public static void writeFields(SyscallEvent e, ProcessInfo p, JsonGenerator g) throws IOException {
        EventJson.writeFields(e, g);
        if (p != null) {
            writeProcess(p, g);
        }
    }

    /** The {@code "process":{...}} member. */
    public static void writeProcess(ProcessInfo p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("process");
        g.writeNumberField("pid", p.pid());
        g.writeNumberField("tgid", p.tgid());
        g.writeStringField("id", p.id());
        if (p.startMicros() != null) {
            g.writeNumberField("start_us", p.startMicros());
        }
        writeNullable(g, "ppid", p.ppid());
        g.writeStringField("comm", p.comm());
        g.writeStringField("exe", p.exe());
        g.writeFieldName("argv");
        if (p.argv() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (String a : p.argv()) {
                g.writeString(a);
            }
            g.writeEndArray();
        }
        g.writeStringField("cwd", p.cwd());
        writeNullable(g, "uid", p.uid());
        g.writeStringField("source", p.source());
        g.writeArrayFieldStart("ancestors");
        for (Ancestor a : p.ancestors()) {
            g.writeStartObject();
            g.writeNumberField("pid", a.pid());
            g.writeStringField("id", a.id());
            g.writeStringField("comm", a.comm());
            g.writeStringField("exe", a.exe());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p.ancestorsTruncated()) {
            g.writeBooleanField("ancestors_truncated", true);
        }
        g.writeEndObject();
    }

    private static void writeNullable(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    /** The whole enriched event as one JSON object (tests, tools; the pipeline streams with writeFields). */
    public static String toJson(SyscallEvent e, ProcessInfo p) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EventJson.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            writeFields(e, p, g);
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }
}
