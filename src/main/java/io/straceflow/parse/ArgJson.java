package io.straceflow.parse;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes {@link ArgValue}s as JSON; the shapes are documented in docs/events.md. */
final class ArgJson {
    private ArgJson() {}

    static void writeList(List<ArgValue> values, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (ArgValue v : values) {
            write(v, g);
        }
        g.writeEndArray();
    }

    static void write(ArgValue v, JsonGenerator g) throws IOException {
        if (v instanceof ArgValue.Num n) {
            writeNumber(n.value(), g);
        } else if (v instanceof ArgValue.Str s) {
            writeString(s, g);
        } else if (v instanceof ArgValue.Flags f) {
            g.writeStartObject();
            g.writeFieldName("flags");
            writeList(f.members(), g);
            g.writeEndObject();
        } else if (v instanceof ArgValue.Sym s) {
            g.writeString(s.name());
        } else if (v instanceof ArgValue.Struct s) {
            writeStruct(s, g);
        } else if (v instanceof ArgValue.Array a) {
            if (a.negated()) {
                g.writeStartObject();
                g.writeFieldName("not");
                writeList(a.items(), g);
                g.writeEndObject();
            } else {
                writeList(a.items(), g);
            }
        } else if (v instanceof ArgValue.Call c) {
            g.writeStartObject();
            g.writeStringField("call", c.name());
            g.writeFieldName("args");
            writeList(c.args(), g);
            g.writeEndObject();
        } else if (v instanceof ArgValue.Named n) {
            g.writeStartObject();
            g.writeFieldName(n.name());
            write(n.value(), g);
            g.writeEndObject();
        } else if (v instanceof ArgValue.Commented c) {
            g.writeStartObject();
            if (c.value() != null) {
                g.writeFieldName("value");
                write(c.value(), g);
            }
            g.writeStringField("comment", c.comment());
            g.writeEndObject();
        } else if (v instanceof ArgValue.Changed c) {
            g.writeStartObject();
            g.writeFieldName("entry");
            write(c.entry(), g);
            g.writeFieldName("exit");
            write(c.exit(), g);
            g.writeEndObject();
        } else if (v instanceof ArgValue.Fd f) {
            writeFd(f.info(), g);
        } else if (v instanceof ArgValue.Raw r) {
            g.writeStartObject();
            g.writeStringField("raw", r.text());
            g.writeEndObject();
        } else if (v == ArgValue.Elided.INSTANCE) {
            g.writeStartObject();
            g.writeBooleanField("elided", true);
            g.writeEndObject();
        } else {
            g.writeNull();
        }
    }

    private static void writeNumber(Number n, JsonGenerator g) throws IOException {
        if (n instanceof BigInteger b) {
            g.writeNumber(b);
        } else {
            g.writeNumber(n.longValue());
        }
    }

    private static void writeString(ArgValue.Str s, JsonGenerator g) throws IOException {
        if (s.plain()) {
            g.writeString(s.raw());
            return;
        }
        g.writeStartObject();
        if (s.text() != null) {
            g.writeStringField("str", s.text());
        } else {
            g.writeStringField("hex", s.hex());
        }
        g.writeStringField("raw", s.raw());
        if (s.truncated()) {
            g.writeBooleanField("truncated", true);
        }
        g.writeEndObject();
    }

    private static void writeStruct(ArgValue.Struct s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        List<String> keys = s.keys();
        Set<String> seen = keys.size() > 8 ? new HashSet<>() : null;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null) {
                key = s.values().get(i) == ArgValue.Elided.INSTANCE ? "..." : "_" + i;
            }
            // JSON objects need unique names; strace repeats none in practice, but mutated input may
            if (seen != null ? !seen.add(key) : keys.subList(0, i).contains(key)) {
                key = key + "#" + i;
            }
            g.writeFieldName(key);
            if (s.values().get(i) == ArgValue.Elided.INSTANCE) {
                g.writeBoolean(true);
            } else {
                write(s.values().get(i), g);
            }
        }
        g.writeEndObject();
    }

    static void writeFd(FdInfo f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("fd", f.fd());
        writeIfSet("sym", f.sym(), g);
        writeIfSet("kind", f.kind(), g);
        writeIfSet("path", f.path(), g);
        writeIfSet("dev", f.dev(), g);
        writeIfSet("proto", f.proto(), g);
        writeIfSet("local", f.local(), g);
        writeIfSet("peer", f.peer(), g);
        if (f.inode() != null) {
            g.writeNumberField("inode", f.inode());
        }
        writeIfSet("name", f.name(), g);
        g.writeEndObject();
    }

    private static void writeIfSet(String field, String value, JsonGenerator g) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
