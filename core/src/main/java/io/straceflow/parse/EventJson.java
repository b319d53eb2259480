package io.straceflow.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON form of {@link SyscallEvent}; field names and shapes are documented in docs/events.md. */
public final class EventJson {
    // member names encoded once: Jackson copies their bytes instead of encoding each name in every record
    private static final SerializedString ARGS = new SerializedString("args");
    private static final SerializedString COMM = new SerializedString("comm");
    private static final SerializedString CORE_DUMPED = new SerializedString("core_dumped");
    private static final SerializedString DETACHED = new SerializedString("detached");
    private static final SerializedString DURATION_US = new SerializedString("duration_us");
    private static final SerializedString END_LINE = new SerializedString("end_line");
    private static final SerializedString END_TIME_US = new SerializedString("end_time_us");
    private static final SerializedString END_TS = new SerializedString("end_ts");
    private static final SerializedString ERRNO = new SerializedString("errno");
    private static final SerializedString ERROR = new SerializedString("error");
    private static final SerializedString EXIT_CODE = new SerializedString("exit_code");
    private static final SerializedString FD = new SerializedString("fd");
    private static final SerializedString FRAMES = new SerializedString("frames");
    private static final SerializedString INFO = new SerializedString("info");
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString PID = new SerializedString("pid");
    private static final SerializedString RAW = new SerializedString("raw");
    private static final SerializedString RESUMED_ONLY = new SerializedString("resumed_only");
    private static final SerializedString RET = new SerializedString("ret");
    private static final SerializedString RET_COMM = new SerializedString("ret_comm");
    private static final SerializedString RET_FD = new SerializedString("ret_fd");
    private static final SerializedString RET_INFO = new SerializedString("ret_info");
    private static final SerializedString SIGNAL = new SerializedString("signal");
    private static final SerializedString STOPPED = new SerializedString("stopped");
    private static final SerializedString SYSCALL = new SerializedString("syscall");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString TIME_US = new SerializedString("time_us");
    private static final SerializedString TRUNCATED = new SerializedString("truncated");
    private static final SerializedString TS = new SerializedString("ts");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString UNFINISHED = new SerializedString("unfinished");

    /** Thread-safe and costly to build: one for the process. */
    public static final JsonFactory FACTORY = new JsonFactory();

    private EventJson() {}

    /** Writes the event's fields without the surrounding braces, so a caller can add its own around them. */
    public static void writeFields(SyscallEvent e, JsonGenerator g) throws IOException {
        Members.string(g, TYPE, e.type().json());
        if (e.pid() != null) {
            Members.number(g, PID, e.pid());
        }
        if (e.comm() != null) {
            Members.string(g, COMM, e.comm());
        }
        Members.number(g, LINE, e.line());
        if (e.endLine() != e.line()) {
            Members.number(g, END_LINE, e.endLine());
        }
        if (e.ts() != null) {
            Members.string(g, TS, e.ts());
        }
        if (e.timeMicros() != null) {
            Members.number(g, TIME_US, e.timeMicros());
        }
        if (e.endTs != null) {
            Members.string(g, END_TS, e.endTs);
        }
        if (e.endTimeMicros != null) {
            Members.number(g, END_TIME_US, e.endTimeMicros);
        }
        switch (e.type()) {
            case SYSCALL -> writeCall(e, g);
            case SIGNAL -> writeSignal(e, g);
            case EXIT -> Members.number(g, EXIT_CODE, e.exitCode());
            case KILLED -> {
                Members.string(g, SIGNAL, e.signal());
                if (e.coreDumped()) {
                    Members.bool(g, CORE_DUMPED, true);
                }
            }
            case NOTICE -> Members.string(g, TEXT, e.text());
            case UNPARSED -> {
                Members.string(g, RAW, e.text());
                if (e.truncated()) {
                    Members.bool(g, TRUNCATED, true);
                }
            }
        }
        if (!e.frames().isEmpty()) {
            g.writeFieldName(FRAMES);
            g.writeStartArray();
            for (String f : e.frames()) {
                g.writeString(f);
            }
            g.writeEndArray();
        }
    }

    private static void writeCall(SyscallEvent e, JsonGenerator g) throws IOException {
        Members.string(g, SYSCALL, e.syscall());
        g.writeFieldName(ARGS);
        ArgJson.writeList(e.args(), g);
        if (e.ret() != null) {
            Members.number(g, RET, e.ret());
        } else {
            g.writeFieldName(RET);
            g.writeNull();
        }
        if (e.retFd() != null) {
            g.writeFieldName(RET_FD);
            ArgJson.writeFd(e.retFd(), g);
        }
        if (e.retComm() != null) {
            Members.string(g, RET_COMM, e.retComm());
        }
        if (e.errno() != null) {
            Members.string(g, ERRNO, e.errno());
        }
        if (e.error() != null) {
            Members.string(g, ERROR, e.error());
        }
        if (e.retInfo() != null) {
            Members.string(g, RET_INFO, e.retInfo());
        }
        if (e.durationMicros() != null) {
            Members.number(g, DURATION_US, e.durationMicros());
        }
        Long fd = e.fdNumber();
        if (fd != null) {
            Members.number(g, FD, fd);
            if (e.fdPath() != null) {
                Members.string(g, PATH, e.fdPath());
            }
        }
        if (e.unfinished()) {
            Members.bool(g, UNFINISHED, true);
        }
        if (e.detached()) {
            Members.bool(g, DETACHED, true);
        }
        if (e.resumedOnly()) {
            Members.bool(g, RESUMED_ONLY, true);
        }
    }

    private static void writeSignal(SyscallEvent e, JsonGenerator g) throws IOException {
        Members.string(g, SIGNAL, e.signal());
        if (e.stopped()) {
            Members.bool(g, STOPPED, true);
        }
        ArgValue info = e.signalInfo();
        if (info != null) {
            g.writeFieldName(INFO);
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
