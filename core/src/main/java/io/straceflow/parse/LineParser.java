package io.straceflow.parse;

/**
 * Frames one strace line: prefix ({@code PID }, {@code [pid N] }, {@code PID<comm> }), timestamp, then a syscall,
 * an unfinished/resumed half, a signal, an exit or a notice. Arguments stay text here (parsed lazily); the return
 * value is split off from the right because argument text may contain {@code ) =}. Single pass, no regex.
 */
final class LineParser {
    private static final String UNFINISHED = "<unfinished ...>";
    private static final String DETACHED = "<detached ...>";
    private static final String RESUMED = " resumed>";
    /**
     * The name strace prints for a call it could not decode, e.g. when a process exits in the middle of it:
     * {@code ???( <unfinished ...>} and {@code <... ??? resumed>) = ?}.
     */
    static final String UNKNOWN_CALL = "???";

    private final ParseOptions options;
    private final WallClock clock;

    LineParser(ParseOptions options) {
        this.options = options;
        this.clock = new WallClock(options.dates(), options.zone());
    }

    /** Never throws for any input: what it cannot read comes back as {@link EventType#UNPARSED}. */
    SyscallEvent parse(String s, long lineNo) {
        try {
            SyscallEvent e = frame(s, lineNo);
            return e != null ? e : unparsed(s, lineNo, null);
        } catch (RuntimeException bug) {
            // the grammar is meant to be total; keep the line rather than lose it if it is not
            return unparsed(s, lineNo, null);
        }
    }

    private SyscallEvent frame(String s, long lineNo) {
        if (s.startsWith(" > ")) {
            SyscallEvent e = new SyscallEvent(EventType.NOTICE, lineNo);
            e.kind = LineKind.STACK_FRAME;
            e.text = s.substring(3);
            return e;
        }
        if (s.startsWith("% time")) {
            SyscallEvent e = new SyscallEvent(EventType.NOTICE, lineNo);
            e.kind = LineKind.SUMMARY_HEADER;
            return e;
        }
        int n = s.length();
        int p = 0;
        Integer pid = options.defaultPid();
        String comm = null;
        if (s.startsWith("[pid")) {
            p = skipSpaces(s, 4);
            int start = p;
            p = skipDigits(s, p);
            if (p == start || p >= n || s.charAt(p) != ']') {
                return null;
            }
            pid = parsePid(s, start, p);
            p++;
        } else if (p < n && isDigit(s.charAt(p))) {
            int end = skipDigits(s, p);
            if (end < n && (s.charAt(end) == ' ' || s.charAt(end) == '<')) {
                pid = parsePid(s, p, end);
                p = end;
                if (s.charAt(p) == '<') {
                    int close = s.indexOf("> ", p);
                    if (close < 0) {
                        return null;
                    }
                    comm = s.substring(p + 1, close);
                    p = close + 1;
                }
            }
        }
        p = skipSpaces(s, p);
        SyscallEvent e = new SyscallEvent(EventType.SYSCALL, lineNo);
        e.pid = pid;
        e.comm = comm;
        e.maxDepth = options.maxDepth();
        p = timestamp(s, p, e);
        SyscallEvent parsed = p < 0 ? null : body(s, p, e);
        return parsed != null ? parsed : unparsed(s, lineNo, pid);
    }

    private SyscallEvent body(String s, int p, SyscallEvent e) {
        if (s.startsWith("--- ", p)) {
            return signal(s, p + 4, e);
        }
        if (s.startsWith("+++ ", p)) {
            return exit(s, p + 4, e);
        }
        if (s.startsWith("<... ", p)) {
            return resumed(s, p + 5, e);
        }
        if (s.startsWith("strace: ", p) || s.startsWith("[ ", p)) {
            return notice(s, p, e);
        }
        int nameEnd = p;
        while (nameEnd < s.length() && isNameChar(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == p && s.startsWith(UNKNOWN_CALL, p)) {
            nameEnd = p + UNKNOWN_CALL.length();
        }
        if (nameEnd == p || nameEnd >= s.length() || s.charAt(nameEnd) != '(') {
            return null;
        }
        e.syscall = s.substring(p, nameEnd);
        return callRest(s, nameEnd + 1, e);
    }

    /** Everything after the opening parenthesis (or after {@code resumed>}). */
    private SyscallEvent callRest(String s, int argsStart, SyscallEvent e) {
        if (s.endsWith(UNFINISHED)) {
            return half(s, argsStart, s.length() - UNFINISHED.length(), e, LineKind.UNFINISHED);
        }
        if (s.endsWith(DETACHED)) {
            return half(s, argsStart, s.length() - DETACHED.length(), e, LineKind.DETACHED);
        }
        int close = ReturnValue.split(s, argsStart, e);
        if (close < 0) {
            return null;
        }
        e.setArgs(s, argsStart, close);
        return e;
    }

    private static SyscallEvent half(String s, int argsStart, int markerStart, SyscallEvent e, LineKind kind) {
        // strace writes "read(3, " then " <unfinished ...>": drop the one space that belongs to the marker
        int end = markerStart > argsStart && s.charAt(markerStart - 1) == ' ' ? markerStart - 1 : markerStart;
        if (end < argsStart) {
            return null;
        }
        e.setArgs(s, argsStart, end);
        e.kind = kind;
        return e;
    }

    private SyscallEvent resumed(String s, int p, SyscallEvent e) {
        int r = s.indexOf(RESUMED, p);
        if (r <= p) {
            return null;
        }
        e.syscall = s.substring(p, r);
        if (!UNKNOWN_CALL.equals(e.syscall) && !isName(e.syscall)) {
            return null;
        }
        e.kind = LineKind.RESUMED;
        SyscallEvent out = callRest(s, r + RESUMED.length(), e);
        if (out != null && out.kind == LineKind.UNFINISHED) {
            out.kind = LineKind.RESUMED; // resumed and unfinished again: keep waiting, see EventAssembler
            out.unfinished = true;
        }
        return out;
    }

    private static SyscallEvent signal(String s, int p, SyscallEvent e) {
        if (!s.endsWith(" ---") || s.length() - 4 < p) {
            return null;
        }
        int end = s.length() - 4;
        e.type = EventType.SIGNAL;
        if (s.startsWith("stopped by ", p)) {
            e.stopped = true;
            e.signal = s.substring(p + "stopped by ".length(), end);
            return e;
        }
        int sp = s.indexOf(' ', p);
        if (sp < 0 || sp > end) {
            sp = end;
        }
        e.signal = s.substring(p, sp);
        if (e.signal.isEmpty()) {
            return null;
        }
        if (sp < end) {
            e.signalInfoText = s.substring(sp + 1, end);
        }
        return e;
    }

    private static SyscallEvent exit(String s, int p, SyscallEvent e) {
        if (!s.endsWith(" +++") || s.length() - 4 < p) {
            return null;
        }
        String what = s.substring(p, s.length() - 4);
        if (what.startsWith("exited with ")) {
            String code = what.substring("exited with ".length());
            if (code.isEmpty() || code.length() > 9 || !allDigits(code)) {
                return null;
            }
            e.type = EventType.EXIT;
            e.exitCode = Integer.parseInt(code);
            return e;
        }
        if (what.startsWith("killed by ")) {
            String sig = what.substring("killed by ".length());
            e.type = EventType.KILLED;
            if (sig.endsWith(" (core dumped)")) {
                e.coreDumped = true;
                sig = sig.substring(0, sig.length() - " (core dumped)".length());
            }
            e.signal = sig;
            return sig.isEmpty() ? null : e;
        }
        // "superseded by execve in pid N" and anything newer: keep as a notice
        e.type = EventType.NOTICE;
        e.text = what;
        return e;
    }

    private static SyscallEvent notice(String s, int p, SyscallEvent e) {
        e.type = EventType.NOTICE;
        String text = s.startsWith("strace: ", p) ? s.substring(p + 8) : s.substring(p);
        e.text = text;
        // "Process N attached" names the pid it is about
        if (text.startsWith("Process ")) {
            int start = 8;
            int end = skipDigits(text, start);
            if (end > start && end - start < 10) {
                e.pid = parsePid(text, start, end);
            }
        }
        return e;
    }

    /** Reads -t/-tt ({@code HH:MM:SS[.frac]}) or -ttt/-r ({@code secs.frac}); returns the body start, -1 if broken. */
    private int timestamp(String s, int p, SyscallEvent e) {
        int n = s.length();
        if (p >= n || !isDigit(s.charAt(p))) {
            return p;
        }
        int d1 = skipDigits(s, p);
        if (d1 >= n) {
            return -1;
        }
        char c = s.charAt(d1);
        if (c == ':') {
            return clockTime(s, p, d1, e);
        }
        if (c == '.') {
            int f = skipDigits(s, d1 + 1);
            if (f == d1 + 1 || f >= n || s.charAt(f) != ' ' || d1 - p > 12) {
                return -1;
            }
            e.ts = s.substring(p, f);
            long secs = Long.parseLong(s, p, d1, 10);
            // -ttt prints epoch seconds; -r prints small deltas that have no absolute time
            if (secs >= 100_000_000L) {
                e.timeMicros = secs * 1_000_000L + fraction(s, d1 + 1, f);
            }
            return skipSpaces(s, f);
        }
        return p; // digits not followed by ':' or '.': not a timestamp (the body will decide)
    }

    private int clockTime(String s, int p, int d1, SyscallEvent e) {
        int n = s.length();
        if (d1 - p != 2 || d1 + 6 > n || s.charAt(d1 + 3) != ':') {
            return -1;
        }
        int h = twoDigits(s, p);
        int m = twoDigits(s, d1 + 1);
        int sec = twoDigits(s, d1 + 4);
        if (h < 0 || m < 0 || sec < 0 || h > 23 || m > 59 || sec > 60) {
            return -1;
        }
        int q = d1 + 6;
        int micros = 0;
        if (q < n && s.charAt(q) == '.') {
            int f = skipDigits(s, q + 1);
            if (f == q + 1) {
                return -1;
            }
            micros = fraction(s, q + 1, f);
            q = f;
        }
        if (q >= n || s.charAt(q) != ' ') {
            return -1;
        }
        e.ts = s.substring(p, q);
        e.timeMicros = clock.toEpochMicros(h * 3600 + m * 60 + Math.min(sec, 59), micros);
        return skipSpaces(s, q);
    }

    /** Fraction digits to microseconds: "5" is 500000, "000123" is 123, extra digits (ns) are cut. */
    static int fraction(String s, int from, int to) {
        int v = 0;
        for (int i = 0; i < 6; i++) {
            int idx = from + i;
            v = v * 10 + (idx < to ? s.charAt(idx) - '0' : 0);
        }
        return v;
    }

    private static int twoDigits(String s, int p) {
        char a = s.charAt(p);
        char b = s.charAt(p + 1);
        if (!isDigit(a) || !isDigit(b)) {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }

    /** The pid a line starts with ({@code PID }, {@code PID<comm> }, {@code [pid N] }), else the default: no parse. */
    Integer pidOf(String s) {
        int from = s.startsWith("[pid") ? skipSpaces(s, 4) : 0;
        int end = skipDigits(s, from);
        boolean prefix = end > from
                && end < s.length()
                && (from > 0 ? s.charAt(end) == ']' : s.charAt(end) == ' ' || s.charAt(end) == '<');
        return prefix ? parsePid(s, from, end) : options.defaultPid();
    }

    static SyscallEvent unparsed(String s, long lineNo, Integer pid) {
        SyscallEvent e = new SyscallEvent(EventType.UNPARSED, lineNo);
        e.pid = pid;
        e.text = s;
        return e;
    }

    private static Integer parsePid(String s, int from, int to) {
        if (to - from > 9) {
            return null;
        }
        return Integer.parseInt(s, from, to, 10);
    }

    static int skipDigits(String s, int p) {
        while (p < s.length() && isDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    static int skipSpaces(String s, int p) {
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s) {
        return skipDigits(s, 0) == s.length();
    }

    private static boolean isName(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isNameChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
