package io.straceflow.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON form of {@link SyscallEvent}; field names and shapes are documented in docs/events.md. */
public final class EventJson {
    /** Thread-safe and costly to build: one for the process. */
    public static final JsonFactory FACTORY = new JsonFactory();

    private EventJson() {}

    /** Writes the event's fields without the surrounding braces, so a caller can add its own around them. */
    public static void writeFields(SyscallEvent e, JsonGenerator g) throws IOException {
        g.writeStringField("type", e.type().json());
        if (e.pid() != null) {
            g.writeNumberField("pid", e.pid());
        }
        if (e.comm() != null) {
            g.writeStringField("comm", e.comm());
        }
        g.writeNumberField("line", e.line());
        if (e.endLine() != e.line()) {
            g.writeNumberField("end_line", e.endLine());
        }
        if (e.ts() != null) {
            g.writeStringField("ts", e.ts());
        }
        if (e.timeMicros() != null) {
            g.writeNumberField("time_us", e.timeMicros());
        }
        if (e.endTs != null) {
            g.writeStringField("end_ts", e.endTs);
        }
        if (e.endTimeMicros != null) {
            g.writeNumberField("end_time_us", e.endTimeMicros);
        }
        switch (e.type()) {
            case SYSCALL -> writeCall(e, g);
            case SIGNAL -> writeSignal(e, g);
            case EXIT -> g.writeNumberField("exit_code", e.exitCode());
            case KILLED -> {
                g.writeStringField("signal", e.signal());
                if (e.coreDumped()) {
                    g.writeBooleanField("core_dumped", true);
                }
            }
            case NOTICE -> g.writeStringField("text", e.text());
            case UNPARSED -> g.writeStringField("raw", e.text());
        }
        if (!e.frames().isEmpty()) {
            g.writeArrayFieldStart("frames");
            for (String f : e.frames()) {
                g.writeString(f);
            }
            g.writeEndArray();
        }
    }

    private static void writeCall(SyscallEvent e, JsonGenerator g) throws IOException {
        g.writeStringField("syscall", e.syscall());
        g.writeFieldName("args");
        ArgJson.writeList(e.args(), g);
        if (e.ret() != null) {
            g.writeNumberField("ret", e.ret());
        } else {
            g.writeNullField("ret");
        }
        if (e.retFd() != null) {
            g.writeFieldName("ret_fd");
            ArgJson.writeFd(e.retFd(), g);
        }
        if (e.retComm() != null) {
            g.writeStringField("ret_comm", e.retComm());
        }
        if (e.errno() != null) {
            g.writeStringField("errno", e.errno());
        }
        if (e.error() != null) {
            g.writeStringField("error", e.error());
        }
        if (e.retInfo() != null) {
            g.writeStringField("ret_info", e.retInfo());
        }
        if (e.durationMicros() != null) {
            g.writeNumberField("duration_us", e.durationMicros());
        }
        Long fd = e.fdNumber();
        if (fd != null) {
            g.writeNumberField("fd", fd);
            if (e.fdPath() != null) {
                g.writeStringField("path", e.fdPath());
            }
        }
        if (e.unfinished()) {
            g.writeBooleanField("unfinished", true);
        }
        if (e.detached()) {
            g.writeBooleanField("detached", true);
        }
        if (e.resumedOnly()) {
            g.writeBooleanField("resumed_only", true);
        }
    }

    private static void writeSignal(SyscallEvent e, JsonGenerator g) throws IOException {
        g.writeStringField("signal", e.signal());
        if (e.stopped()) {
            g.writeBooleanField("stopped", true);
        }
        ArgValue info = e.signalInfo();
        if (info != null) {
            g.writeFieldName("info");
            ArgJson.write(info, g);
        }
    }

    /** The event as one JSON object. */
    public static String toJson(SyscallEvent e) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            writeFields(e, g);
            g.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return w.toString();
    }
}
