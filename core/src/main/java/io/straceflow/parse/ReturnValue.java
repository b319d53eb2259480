package io.straceflow.parse;

/**
 * Splits {@code ) = RET [ERRNO] [(text)] [<duration>]} off the end of a syscall line, reading right to left so that
 * argument text (strings, wait4 status macros) containing {@code ) =} cannot fool it.
 */
final class ReturnValue {
    private ReturnValue() {}

    /** Fills the return fields of {@code e}; returns the index of the ')' closing the arguments, or -1. */
    static int split(String s, int argsStart, SyscallEvent e) {
        int end = trimEnd(s, argsStart, s.length());
        end = duration(s, argsStart, end, e);
        if (end < 0) {
            return -1;
        }
        String paren = null;
        if (end > argsStart && s.charAt(end - 1) == ')') {
            int open = matchParenBack(s, argsStart, end - 1);
            if (open > argsStart && s.charAt(open - 1) == ' ') {
                paren = s.substring(open + 1, end - 1);
                end = trimEnd(s, argsStart, open);
            }
        }
        int tokStart = tokenStart(s, argsStart, end);
        if (tokStart < 0) {
            return -1;
        }
        if (isErrno(s, tokStart, end)) {
            e.errno = s.substring(tokStart, end);
            e.error = paren;
            end = trimEnd(s, argsStart, tokStart);
            tokStart = tokenStart(s, argsStart, end);
            if (tokStart < 0) {
                return -1;
            }
        } else {
            e.retInfo = paren;
        }
        if (!retToken(s, tokStart, end, e)) {
            return -1;
        }
        int eq = trimEnd(s, argsStart, tokStart);
        if (eq <= argsStart || s.charAt(eq - 1) != '=') {
            return -1;
        }
        int close = trimEnd(s, argsStart, eq - 1);
        if (close <= argsStart || s.charAt(close - 1) != ')') {
            return -1;
        }
        return close - 1;
    }

    /** {@code <0.000123>} at the end (-T); returns the new end. */
    private static int duration(String s, int from, int end, SyscallEvent e) {
        if (end <= from || s.charAt(end - 1) != '>') {
            return end;
        }
        int lt = s.lastIndexOf('<', end - 1);
        if (lt < from) {
            return end;
        }
        int dot = -1;
        for (int i = lt + 1; i < end - 1; i++) {
            char c = s.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (!LineParser.isDigit(c)) {
                return end; // not a duration: a decorated return like "= 3</etc/passwd>"
            }
        }
        if (dot <= lt + 1 || dot - lt > 12) {
            return end;
        }
        e.durationMicros = Long.parseLong(s, lt + 1, dot, 10) * 1_000_000L + LineParser.fraction(s, dot + 1, end - 1);
        return trimEnd(s, from, lt);
    }

    /** Start of the last token before {@code end}; a decorated token ({@code 3</a b>}) may contain spaces. */
    private static int tokenStart(String s, int from, int end) {
        if (end <= from) {
            return -1;
        }
        int i = end;
        if (s.charAt(end - 1) == '>') {
            int depth = 0;
            for (i = end - 1; i >= from; i--) {
                char c = s.charAt(i);
                if (c == '>' && !FdDecoration.isArrow(s, i)) {
                    depth++;
                } else if (c == '<' && --depth == 0) {
                    break;
                }
            }
            if (i < from) {
                return -1;
            }
        }
        while (i > from && s.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    private static boolean isErrno(String s, int from, int end) {
        if (end - from < 2 || s.charAt(from) != 'E') {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** {@code ?}, decimal, hex, or a number with a decoration (fd path, or the child's comm under -Y). */
    private static boolean retToken(String s, int from, int end, SyscallEvent e) {
        e.retText = s.substring(from, end);
        if (end - from == 1 && s.charAt(from) == '?') {
            return true;
        }
        int numEnd = end;
        int lt = s.indexOf('<', from);
        if (lt >= 0 && lt < end) {
            if (s.charAt(end - 1) != '>') {
                return false;
            }
            numEnd = lt;
        }
        Long v = parseLong(s, from, numEnd);
        if (v == null) {
            return false;
        }
        e.ret = v;
        if (numEnd < end) {
            String deco = s.substring(numEnd + 1, end - 1);
            if (deco.startsWith("/") || deco.indexOf(':') > 0) {
                e.retFd = FdDecoration.parse(v, null, deco);
            } else {
                e.retComm = deco; // -Y on a pid: clone(...) = 2943<cat>
            }
        }
        return true;
    }

    private static Long parseLong(String s, int from, int to) {
        if (to <= from) {
            return null;
        }
        boolean neg = s.charAt(from) == '-';
        int p = neg ? from + 1 : from;
        int radix = 10;
        if (to - p > 2 && s.charAt(p) == '0' && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')) {
            radix = 16;
            p += 2;
        }
        if (p >= to || (radix == 10 && to - p > 19) || (radix == 16 && to - p > 16)) {
            return null;
        }
        for (int i = p; i < to; i++) {
            if (Character.digit(s.charAt(i), radix) < 0) {
                return null;
            }
        }
        try {
            long v = radix == 16 ? Long.parseUnsignedLong(s, p, to, 16) : Long.parseLong(s, p, to, 10);
            return neg ? -v : v;
        } catch (NumberFormatException tooBig) {
            return null;
        }
    }

    /** Index of the '(' matching the ')' at {@code close}, counting nesting; -1 if none. */
    private static int matchParenBack(String s, int from, int close) {
        int depth = 0;
        for (int i = close; i >= from; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int trimEnd(String s, int from, int end) {
        while (end > from && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }
}
