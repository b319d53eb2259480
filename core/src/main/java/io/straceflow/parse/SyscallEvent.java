package io.straceflow.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed event: a syscall (merged when strace split it), a signal, an exit, a notice or an unparsed line.
 * Built by {@link EventAssembler}; read-only for everyone else. Arguments are parsed lazily from their text on first
 * use, so framing and merging stay cheap for consumers that only count.
 */
public final class SyscallEvent {
    EventType type;
    LineKind kind = LineKind.COMPLETE;
    Integer pid;
    String comm;
    long line;
    long endLine;
    String ts;
    String endTs;
    Long timeMicros;
    Long endTimeMicros;
    String syscall;
    /** The arguments are {@code argsSource[argsFrom, argsTo)}: no copy of the (often long) text until asked for. */
    private String argsSource;

    private int argsFrom;
    private int argsTo;
    int maxDepth = ParseOptions.DEFAULT_MAX_DEPTH;
    private List<ArgValue> args;
    String retText;
    Long ret;
    FdInfo retFd;
    String retComm;
    String errno;
    String error;
    String retInfo;
    Long durationMicros;
    boolean unfinished;
    boolean detached;
    boolean resumedOnly;
    List<String> frames;
    String signal;
    String signalInfoText;
    boolean stopped;
    Integer exitCode;
    boolean coreDumped;
    String text;
    boolean truncated;

    SyscallEvent(EventType type, long line) {
        this.type = type;
        this.line = line;
    }

    public EventType type() {
        return type;
    }

    public Integer pid() {
        return pid;
    }

    /** Process name from {@code -Y} ({@code PID<comm>}), else null. */
    public String comm() {
        return comm;
    }

    /** 1-based line number of the (first) line in the trace. */
    public long line() {
        return line;
    }

    /** Line number of the {@code resumed} line for a merged call, else the same as {@link #line()}. */
    public long endLine() {
        return endLine == 0 ? line : endLine;
    }

    /** The timestamp as strace printed it, or null without -t/-tt/-ttt/-r. */
    public String ts() {
        return ts;
    }

    public String endTs() {
        return endTs;
    }

    /** Absolute start time in epoch microseconds (-t, -tt, -ttt), else null. */
    public Long timeMicros() {
        return timeMicros;
    }

    /** Absolute time of the resumed line of a merged call, else the start time. */
    public Long endTimeMicros() {
        return endTimeMicros == null ? timeMicros : endTimeMicros;
    }

    public String syscall() {
        return syscall;
    }

    /** Argument text as printed (joined across unfinished/resumed), without the parentheses. */
    public String argsText() {
        if (argsSource == null) {
            return null;
        }
        if (argsFrom != 0 || argsTo != argsSource.length()) {
            argsSource = argsSource.substring(argsFrom, argsTo);
            argsFrom = 0;
            argsTo = argsSource.length();
        }
        return argsSource;
    }

    void setArgs(String source, int from, int to) {
        argsSource = source;
        argsFrom = from;
        argsTo = to;
        args = null;
    }

    /** Joins the argument text of a resumed line to that of its unfinished start. */
    void appendArgs(SyscallEvent resumed) {
        String head = argsText();
        String tail = resumed.argsText();
        String joined = (head == null ? "" : head) + (tail == null ? "" : tail);
        setArgs(joined, 0, joined.length());
    }

    /** Typed arguments; empty when the event is not a syscall. */
    public List<ArgValue> args() {
        if (args == null) {
            args = argsSource == null ? List.of() : ArgParser.parseList(argsSource, argsFrom, argsTo, maxDepth);
        }
        return args;
    }

    /** The return value; null for {@code ?}, unfinished calls and non-syscall events. */
    public Long ret() {
        return ret;
    }

    /** The return value as printed ({@code 3</etc/passwd>}, {@code ?}, {@code 0x7f..}). */
    public String retText() {
        return retText;
    }

    /** Decoration of a returned fd ({@code openat(...) = 3</etc/passwd>}); null if none. */
    public FdInfo retFd() {
        return retFd;
    }

    /** Under -Y, the command name strace printed after a returned pid ({@code clone(...) = 2943<cat>}). */
    public String retComm() {
        return retComm;
    }

    /** e.g. {@code ENOENT}, {@code ERESTARTSYS}; null on success. */
    public String errno() {
        return errno;
    }

    /** The errno's text, e.g. {@code No such file or directory}. */
    public String error() {
        return error;
    }

    /** Parenthesized text after a successful return: {@code Timeout}, {@code flags O_RDWR}, {@code [{fd=3...}]}. */
    public String retInfo() {
        return retInfo;
    }

    /** Time spent in the call (-T), in microseconds. */
    public Long durationMicros() {
        return durationMicros;
    }

    /** The call never returned in this trace (end of stream, process gone, strace detached). */
    public boolean unfinished() {
        return unfinished;
    }

    public boolean detached() {
        return detached;
    }

    /** A {@code <... resumed>} line whose start was not in the trace (attached mid-call). */
    public boolean resumedOnly() {
        return resumedOnly;
    }

    /** -k stack frames that followed the line, outermost last; empty if none. */
    public List<String> frames() {
        return frames == null ? List.of() : frames;
    }

    public String signal() {
        return signal;
    }

    /** The siginfo struct of a signal line, typed; null when absent. */
    public ArgValue signalInfo() {
        return signalInfoText == null
                ? null
                : ArgParser.parseValue(signalInfoText, 0, signalInfoText.length(), maxDepth);
    }

    public boolean stopped() {
        return stopped;
    }

    public Integer exitCode() {
        return exitCode;
    }

    public boolean coreDumped() {
        return coreDumped;
    }

    /** For notices: the message; for unparsed events: the raw line. */
    public String text() {
        return text;
    }

    /** An unparsed event of a line longer than the parse limit: {@link #text()} is only its beginning. */
    public boolean truncated() {
        return truncated;
    }

    /** The first real fd argument (not AT_FDCWD), for aggregation by (pid, fd); null if none. */
    public Long fdNumber() {
        FdInfo fd = firstFd();
        return fd == null ? null : fd.fd();
    }

    /** Path (-y/-yy) of the first real fd argument; null if none or undecorated. */
    public String fdPath() {
        FdInfo fd = firstFd();
        return fd == null ? null : fd.path();
    }

    private FdInfo firstFd() {
        if (type != EventType.SYSCALL) {
            return null;
        }
        for (ArgValue a : args()) {
            if (a instanceof ArgValue.Fd f && f.info().sym() == null) {
                return f.info();
            }
        }
        return null;
    }

    void addFrame(String frame) {
        if (frames == null) {
            frames = new ArrayList<>(4);
        }
        frames.add(frame);
    }

    @Override
    public String toString() {
        return EventJson.toJson(this);
    }
}
