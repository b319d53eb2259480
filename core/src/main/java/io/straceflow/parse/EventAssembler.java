package io.straceflow.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a stream of strace lines into events: joins {@code <unfinished ...>} with its {@code <... resumed>} per pid,
 * attaches -k stack frames to the event before them, and stops at the -c/-C summary table. Stateful and
 * single-threaded: one per trace stream.
 *
 * <p>An event is handed out when the next line arrives (frames may still follow it), by {@link #flush} or by
 * {@link #finish}. Merged calls come out when they complete, so output order is completion order.
 */
public final class EventAssembler {
    private final ParseOptions options;
    private final LineParser parser;
    /** Null when the options say not to redact. */
    private final Redactor redactor;

    private final ParseStats stats = new ParseStats();
    /** One pending call per thread: strace cannot interleave two calls of the same thread. */
    private final Map<Integer, SyscallEvent> pending = new HashMap<>();

    private SyscallEvent held;
    /** Where the next -k frame goes: the last event, emitted or still pending. */
    private SyscallEvent frameTarget;

    private boolean inSummary;

    public EventAssembler(ParseOptions options) {
        this.options = options;
        this.parser = new LineParser(options);
        this.redactor = options.redact() ? new Redactor() : null;
    }

    public void accept(String line, long lineNo, Consumer<SyscallEvent> out) {
        stats.lines++;
        if (inSummary) {
            stats.summaryLines++;
            return;
        }
        SyscallEvent e;
        if (redactor == null) {
            e = parser.parse(line, lineNo);
        } else {
            e = redactor.parse(parser, line, lineNo);
            stats.redacted = redactor.secrets();
            stats.redactedEnv = redactor.environment();
        }
        switch (e.kind) {
            case STACK_FRAME -> frame(e, lineNo, out);
            case SUMMARY_HEADER -> {
                inSummary = true;
                stats.summaryLines++;
                flush(out);
            }
            case UNFINISHED -> unfinished(e, out);
            case RESUMED -> resumed(e, out);
            case DETACHED -> {
                e.unfinished = true;
                e.detached = true;
                stats.dangling++;
                hold(e, out);
            }
            case COMPLETE -> complete(e, out);
        }
    }

    /**
     * The first bytes of a line longer than the parse limit (syscalls.log has all of it): not parsed, since a cut
     * line would read as a wrong call; kept as an unparsed event marked {@code truncated} and counted.
     */
    public void acceptTooLong(String start, long lineNo, Consumer<SyscallEvent> out) {
        stats.lines++;
        stats.longLines++;
        if (inSummary) {
            stats.summaryLines++;
            return;
        }
        SyscallEvent e = LineParser.unparsed(redactor == null ? start : redactor.longLine(start), lineNo, null);
        e.pid = parser.pidOf(start);
        e.truncated = true;
        hold(e, out);
    }

    /** Hands out the event held back for possible stack frames; call when input goes idle. */
    public void flush(Consumer<SyscallEvent> out) {
        if (held != null) {
            SyscallEvent e = held;
            held = null;
            emit(e, out);
        }
    }

    /** End of stream: hands out everything, calls that never completed with {@code unfinished: true}. */
    public void finish(Consumer<SyscallEvent> out) {
        flush(out);
        List<SyscallEvent> rest = new ArrayList<>(pending.values());
        pending.clear();
        rest.sort(Comparator.comparingLong(SyscallEvent::line));
        for (SyscallEvent e : rest) {
            dangling(e, out);
        }
        frameTarget = null;
    }

    public ParseStats stats() {
        return stats;
    }

    public ParseOptions options() {
        return options;
    }

    private void complete(SyscallEvent e, Consumer<SyscallEvent> out) {
        if ((e.type == EventType.EXIT || e.type == EventType.KILLED) && e.pid != null) {
            // the process is gone: whatever it left unfinished will never resume
            SyscallEvent left = pending.remove(e.pid);
            if (left != null) {
                flush(out);
                dangling(left, out);
            }
        }
        hold(e, out);
    }

    private void unfinished(SyscallEvent e, Consumer<SyscallEvent> out) {
        SyscallEvent previous = pending.put(e.pid, e);
        if (previous != null) {
            flush(out);
            dangling(previous, out);
        }
        frameTarget = e;
    }

    private void resumed(SyscallEvent e, Consumer<SyscallEvent> out) {
        SyscallEvent start = pending.remove(e.pid);
        if (start == null && "execve".equals(e.syscall)) {
            start = takeExecveFromOtherThread();
        }
        if (start != null && !sameCall(start.syscall, e.syscall)) {
            flush(out);
            dangling(start, out);
            start = null;
        }
        if (start == null) {
            e.resumedOnly = true;
            e.kind = LineKind.COMPLETE;
            if (e.unfinished) {
                e.unfinished = false; // resumed and unfinished again: wait for the next resume
                pending.put(e.pid, e);
                frameTarget = e;
                return;
            }
            hold(e, out);
            return;
        }
        if (LineParser.UNKNOWN_CALL.equals(start.syscall)) {
            start.syscall = e.syscall; // the resumed half may name what the start could not
        }
        start.appendArgs(e);
        start.endLine = e.line;
        start.endTs = e.ts;
        start.endTimeMicros = e.timeMicros;
        if (e.frames != null) {
            e.frames.forEach(start::addFrame);
        }
        if (e.unfinished) {
            pending.put(start.pid, start); // interrupted again before returning
            frameTarget = start;
            return;
        }
        start.kind = LineKind.COMPLETE;
        start.retText = e.retText;
        start.ret = e.ret;
        start.retFd = e.retFd;
        start.retComm = e.retComm;
        start.errno = e.errno;
        start.error = e.error;
        start.retInfo = e.retInfo;
        start.durationMicros = e.durationMicros;
        stats.merged++;
        hold(start, out);
    }

    /**
     * Whether a resumed half belongs to the pending start of its thread. A thread has one call in flight, so a half
     * whose name strace could not decode ({@code ???}) belongs to whatever is pending, and the other way round.
     */
    private static boolean sameCall(String start, String resumed) {
        return start.equals(resumed)
                || LineParser.UNKNOWN_CALL.equals(start)
                || LineParser.UNKNOWN_CALL.equals(resumed);
    }

    /**
     * A non-leader thread's execve completes under the leader's pid (strace shows "superseded by execve");
     * find the pending execve it started.
     */
    private SyscallEvent takeExecveFromOtherThread() {
        for (Map.Entry<Integer, SyscallEvent> entry : pending.entrySet()) {
            if ("execve".equals(entry.getValue().syscall)) {
                return pending.remove(entry.getKey());
            }
        }
        return null;
    }

    private void frame(SyscallEvent e, long lineNo, Consumer<SyscallEvent> out) {
        if (frameTarget == null) {
            // a frame with nothing before it: keep the line (as redacted: the text after " > " is all of it)
            hold(LineParser.unparsed(" > " + e.text, lineNo, null), out);
            return;
        }
        frameTarget.addFrame(e.text);
        stats.frames++;
    }

    private void dangling(SyscallEvent e, Consumer<SyscallEvent> out) {
        e.unfinished = true;
        e.kind = LineKind.COMPLETE;
        stats.dangling++;
        emit(e, out);
    }

    private void hold(SyscallEvent e, Consumer<SyscallEvent> out) {
        flush(out);
        held = e;
        // strace prints the frames of exit_group after "+++ exited": they land on the exit event
        frameTarget = e.type == EventType.UNPARSED ? null : e;
    }

    private void emit(SyscallEvent e, Consumer<SyscallEvent> out) {
        stats.events++;
        if (e.type == EventType.UNPARSED) {
            stats.unparsed++;
        }
        out.accept(e);
    }
}
