package io.straceflow.parse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes {@link ArgValue}s as JSON; the shapes are documented in docs/events.md. */
final class ArgJson {
    // member names encoded once: Jackson copies their bytes instead of encoding each name in every record
    private static final SerializedString SYM = new SerializedString("sym");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString DEV = new SerializedString("dev");
    private static final SerializedString PROTO = new SerializedString("proto");
    private static final SerializedString LOCAL = new SerializedString("local");
    private static final SerializedString PEER = new SerializedString("peer");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString ARGS = new SerializedString("args");
    private static final SerializedString CALL = new SerializedString("call");
    private static final SerializedString COMMENT = new SerializedString("comment");
    private static final SerializedString ELIDED = new SerializedString("elided");
    private static final SerializedString ENTRY = new SerializedString("entry");
    private static final SerializedString EXIT = new SerializedString("exit");
    private static final SerializedString FD = new SerializedString("fd");
    private static final SerializedString FLAGS = new SerializedString("flags");
    private static final SerializedString HEX = new SerializedString("hex");
    private static final SerializedString INODE = new SerializedString("inode");
    private static final SerializedString NOT = new SerializedString("not");
    private static final SerializedString RAW = new SerializedString("raw");
    private static final SerializedString STR = new SerializedString("str");
    private static final SerializedString TRUNCATED = new SerializedString("truncated");
    private static final SerializedString VALUE = new SerializedString("value");

    /** Each thread's buffer for {@link StraceJson}, grown to the longest string so far. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[4096]);

    private static final int KEPT_SCRATCH = 256 * 1024;

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
            g.writeFieldName(FLAGS);
            writeList(f.members(), g);
            g.writeEndObject();
        } else if (v instanceof ArgValue.Sym s) {
            g.writeString(s.name());
        } else if (v instanceof ArgValue.Struct s) {
            writeStruct(s, g);
        } else if (v instanceof ArgValue.Array a) {
            if (a.negated()) {
                g.writeStartObject();
                g.writeFieldName(NOT);
                writeList(a.items(), g);
                g.writeEndObject();
            } else {
                writeList(a.items(), g);
            }
        } else if (v instanceof ArgValue.Call c) {
            g.writeStartObject();
            Members.string(g, CALL, c.name());
            g.writeFieldName(ARGS);
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
                g.writeFieldName(VALUE);
                write(c.value(), g);
            }
            Members.string(g, COMMENT, c.comment());
            g.writeEndObject();
        } else if (v instanceof ArgValue.Changed c) {
            g.writeStartObject();
            g.writeFieldName(ENTRY);
            write(c.entry(), g);
            g.writeFieldName(EXIT);
            write(c.exit(), g);
            g.writeEndObject();
        } else if (v instanceof ArgValue.Fd f) {
            writeFd(f.info(), g);
        } else if (v instanceof ArgValue.Raw r) {
            g.writeStartObject();
            Members.string(g, RAW, r.text());
            g.writeEndObject();
        } else if (v == ArgValue.Elided.INSTANCE) {
            g.writeStartObject();
            Members.bool(g, ELIDED, true);
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
        if (!writeAsciiStr(s, g)) {
            if (s.text() != null) {
                Members.string(g, STR, s.text());
            } else {
                Members.string(g, HEX, s.hex());
            }
        }
        // not the printed form again: syscalls.log has it byte for byte at the event's line, chained (docs/events.md)
        if (s.truncated()) {
            Members.bool(g, TRUNCATED, true);
        }
        g.writeEndObject();
    }

    /**
     * The {@code str} member written from the printed form when its text is ASCII and g writes UTF-8 bytes (the
     * pipeline's generators do): the same bytes, without decoding the string (see {@link StraceJson}).
     */
    private static boolean writeAsciiStr(ArgValue.Str s, JsonGenerator g) throws IOException {
        if (!(g instanceof UTF8JsonGenerator)) {
            return false;
        }
        int need = s.raw().length() * StraceJson.MAX_GROWTH;
        byte[] out = SCRATCH.get();
        if (out.length < need) {
            out = new byte[Math.max(need, 2 * out.length)];
            if (out.length <= KEPT_SCRATCH) {
                SCRATCH.set(out); // a huge string's buffer (lines reach 1 MiB) is not kept for the thread's life
            }
        }
        int n = StraceJson.escape(s.raw(), out);
        if (n == StraceJson.NOT_ASCII) {
            return false;
        }
        g.writeFieldName(STR);
        g.writeRawUTF8String(out, 0, n);
        return true;
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
        Members.number(g, FD, f.fd());
        writeIfSet(SYM, f.sym(), g);
        writeIfSet(KIND, f.kind(), g);
        writeIfSet(PATH, f.path(), g);
        writeIfSet(DEV, f.dev(), g);
        writeIfSet(PROTO, f.proto(), g);
        writeIfSet(LOCAL, f.local(), g);
        writeIfSet(PEER, f.peer(), g);
        if (f.inode() != null) {
            Members.number(g, INODE, f.inode());
        }
        writeIfSet(NAME, f.name(), g);
        g.writeEndObject();
    }

    private static void writeIfSet(SerializedString field, String value, JsonGenerator g) throws IOException {
        if (value != null) {
            Members.string(g, field, value);
        }
    }
}
