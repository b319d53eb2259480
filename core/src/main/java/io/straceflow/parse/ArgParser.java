package io.straceflow.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for strace argument text. Never throws on bad input: a member it cannot read becomes
 * {@link ArgValue.Raw} up to the next top-level comma, and nesting deeper than {@code maxDepth} becomes one Raw
 * group, so a line of a million '{' costs linear time and a bounded stack.
 */
final class ArgParser {
    private final String s;
    private final int end;
    private final int maxDepth;
    private int pos;

    private ArgParser(String s, int from, int to, int maxDepth) {
        this.s = s;
        this.pos = from;
        this.end = to;
        this.maxDepth = maxDepth;
    }

    /** Parses a comma-separated argument list in {@code s[from, to)}. */
    static List<ArgValue> parseList(String s, int from, int to, int maxDepth) {
        ArgParser p = new ArgParser(s, from, to, maxDepth);
        List<ArgValue> out = new ArrayList<>();
        p.members((char) 0, 0, out, null);
        return out;
    }

    /** Parses one value (a signal's siginfo struct); the whole range becomes Raw if it is not one clean value. */
    static ArgValue parseValue(String s, int from, int to, int maxDepth) {
        List<ArgValue> list = parseList(s, from, to, maxDepth);
        if (list.size() == 1) {
            return list.get(0);
        }
        return new ArgValue.Raw(s.substring(from, to).trim());
    }

    /**
     * Reads members until {@code closer} (consumed) or the end. {@code keys} non-null means struct mode: names go
     * there instead of wrapping values in {@link ArgValue.Named}. Arrays ({@code ']'}) also accept spaces as
     * separators, as in signal sets {@code [INT TERM]}.
     */
    private boolean members(char closer, int depth, List<ArgValue> out, List<String> keys) {
        while (true) {
            skipSpaces();
            if (pos >= end) {
                return closer == 0;
            }
            char c = s.charAt(pos);
            if (c == closer && closer != 0) {
                pos++;
                return true;
            }
            String key = readKey();
            int start = pos; // after the key: an unreadable value keeps its name
            ArgValue v = member(depth);
            skipSpaces();
            boolean ok = v != null;
            if (ok && pos < end) {
                char d = s.charAt(pos);
                if (d == ',') {
                    pos++;
                } else if (d == closer && closer != 0) {
                    // loop consumes it
                } else if (closer != ']' || !startsValue(d)) {
                    ok = false;
                }
            }
            if (!ok) {
                pos = start;
                v = new ArgValue.Raw(rawMember(closer));
            }
            if (keys != null) {
                keys.add(key);
                out.add(v);
            } else {
                out.add(key == null ? v : new ArgValue.Named(key, v));
            }
        }
    }

    /** A value with its optional {@code => exit value} and trailing comment; null when it is not grammatical. */
    private ArgValue member(int depth) {
        ArgValue v = value(depth);
        if (v == null) {
            return null;
        }
        int save = pos;
        skipSpaces();
        if (startsWith("=>")) {
            pos += 2;
            skipSpaces();
            ArgValue exit = value(depth);
            if (exit == null) {
                return null;
            }
            v = new ArgValue.Changed(v, exit);
            save = pos;
            skipSpaces();
        }
        if (startsWith("/*")) {
            String comment = comment();
            return comment == null ? null : new ArgValue.Commented(v, comment);
        }
        pos = save;
        return v;
    }

    private ArgValue value(int depth) {
        if (pos >= end) {
            return null;
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"':
                return string();
            case '{':
                return depth >= maxDepth ? rawGroup() : struct(depth + 1);
            case '[':
                return depth >= maxDepth ? rawGroup() : array(depth + 1, false);
            case '~':
                if (pos + 1 < end && s.charAt(pos + 1) == '[') {
                    if (depth >= maxDepth) {
                        return rawGroup();
                    }
                    pos++;
                    return array(depth + 1, true);
                }
                return null;
            case '<':
                return angleRaw();
            case '/':
                if (startsWith("/*")) {
                    String comment = comment();
                    return comment == null ? null : new ArgValue.Commented(null, comment);
                }
                return null;
            case '.':
                if (startsWith("...")) {
                    pos += 3;
                    return ArgValue.Elided.INSTANCE;
                }
                return null;
            default:
                return flagsOrScalar(depth);
        }
    }

    /** A number, identifier, fd, call, or several of them joined by '|'. */
    private ArgValue flagsOrScalar(int depth) {
        ArgValue first = scalar(depth);
        if (first == null || pos >= end || s.charAt(pos) != '|') {
            if (first instanceof ArgValue.Sym) {
                return new ArgValue.Flags(List.of(first));
            }
            return first;
        }
        List<ArgValue> members = new ArrayList<>();
        members.add(first);
        while (pos < end && s.charAt(pos) == '|') {
            pos++;
            ArgValue next = scalar(depth);
            if (next == null) {
                return null;
            }
            members.add(next);
        }
        return new ArgValue.Flags(members);
    }

    private ArgValue scalar(int depth) {
        if (pos >= end) {
            return null;
        }
        char c = s.charAt(pos);
        if (c == '-' || isDigit(c)) {
            return numberOrFd();
        }
        if (!isIdentStart(c)) {
            return null;
        }
        int start = pos;
        while (pos < end && isIdentPart(s.charAt(pos))) {
            pos++;
        }
        String name = s.substring(start, pos);
        if (pos < end && s.charAt(pos) == '(') {
            if (depth >= maxDepth) {
                pos = start;
                return rawGroupFrom(start);
            }
            pos++;
            List<ArgValue> args = new ArrayList<>();
            if (!members(')', depth + 1, args, null)) {
                return null;
            }
            return new ArgValue.Call(name, args);
        }
        if (pos < end && s.charAt(pos) == '<') {
            String deco = decoration();
            if (deco == null) {
                return null;
            }
            long fd = name.equals("AT_FDCWD") ? FdInfo.AT_FDCWD : 0;
            return new ArgValue.Fd(FdDecoration.parse(fd, name, deco));
        }
        if (name.equals("NULL")) {
            return ArgValue.Null.INSTANCE;
        }
        return new ArgValue.Sym(name);
    }

    private ArgValue numberOrFd() {
        int start = pos;
        boolean negative = false;
        if (s.charAt(pos) == '-') {
            negative = true;
            pos++;
        }
        int digitsStart = pos;
        int radix = 10;
        if (startsWith("0x") || startsWith("0X")) {
            radix = 16;
            pos += 2;
            digitsStart = pos;
        } else if (pos + 1 < end && s.charAt(pos) == '0' && isDigit(s.charAt(pos + 1))) {
            radix = 8;
            pos++;
            digitsStart = pos;
        }
        while (pos < end && Character.digit(s.charAt(pos), radix) >= 0) {
            pos++;
        }
        if (pos == digitsStart) {
            pos = start;
            return null;
        }
        ArgValue.Num num = number(digitsStart, pos, radix, negative);
        if (pos < end && s.charAt(pos) == '<') {
            String deco = decoration();
            if (deco == null) {
                return null;
            }
            return new ArgValue.Fd(FdDecoration.parse(num.value().longValue(), null, deco));
        }
        return num;
    }

    private ArgValue.Num number(int from, int to, int radix, boolean negative) {
        int len = to - from;
        if ((radix == 10 && len <= 18) || (radix == 16 && len <= 15) || (radix == 8 && len <= 20)) {
            long v = 0;
            for (int i = from; i < to; i++) {
                v = v * radix + Character.digit(s.charAt(i), radix);
            }
            return ArgValue.number(negative ? -v : v);
        }
        BigInteger v = new BigInteger(s.substring(from, to), radix);
        return ArgValue.number(negative ? v.negate() : v);
    }

    /** Reads {@code <...>} with nesting after an fd; returns the inner text, or null if unbalanced. */
    private String decoration() {
        int close = matchAngle(pos);
        if (close < 0) {
            return null;
        }
        String inner = s.substring(pos + 1, close);
        pos = close + 1;
        return inner;
    }

    private int matchAngle(int open) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            char c = s.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && !FdDecoration.isArrow(s, i) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private ArgValue angleRaw() {
        int close = matchAngle(pos);
        if (close < 0) {
            return null;
        }
        String text = s.substring(pos, close + 1);
        pos = close + 1;
        return new ArgValue.Raw(text);
    }

    private ArgValue string() {
        int i = closingQuote(s, pos + 1, end);
        if (i >= end) {
            return null;
        }
        String raw = s.substring(pos + 1, i);
        pos = i + 1;
        boolean truncated = startsWith("...");
        if (truncated) {
            pos += 3;
        }
        return StraceString.of(raw, truncated);
    }

    /**
     * The index of the quote that ends a string whose text starts at {@code from}, or {@code end} when none does before
     * it: the first quote after an even run of backslashes. Found with {@link String#indexOf(int, int)}, which the JVM
     * vectorises; a character-by-character scan was ~7 % of the reading thread on a trace of file data (its strings
     * run to -s).
     */
    static int closingQuote(String s, int from, int end) {
        int q = s.indexOf('"', from);
        while (q >= 0 && q < end) {
            int b = q;
            while (b > from && s.charAt(b - 1) == '\\') {
                b--;
            }
            if (((q - b) & 1) == 0) {
                return q;
            }
            q = s.indexOf('"', q + 1);
        }
        return end;
    }

    private ArgValue struct(int depth) {
        pos++;
        List<String> keys = new ArrayList<>();
        List<ArgValue> values = new ArrayList<>();
        if (!members('}', depth, values, keys)) {
            return null;
        }
        return new ArgValue.Struct(keys, values);
    }

    private ArgValue array(int depth, boolean negated) {
        pos++;
        List<ArgValue> items = new ArrayList<>();
        if (!members(']', depth, items, null)) {
            return null;
        }
        return new ArgValue.Array(items, negated);
    }

    private String comment() {
        int close = s.indexOf("*/", pos + 2);
        if (close < 0 || close + 2 > end) {
            return null;
        }
        String text = s.substring(pos + 2, close).trim();
        pos = close + 2;
        return text;
    }

    /** {@code name=} at the current position (not {@code ==} or {@code =>}); consumes it and returns the name. */
    private String readKey() {
        if (pos >= end || !isIdentStart(s.charAt(pos))) {
            return null;
        }
        int i = pos;
        while (i < end && (isIdentPart(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i < end && s.charAt(i) == '=' && (i + 1 >= end || (s.charAt(i + 1) != '=' && s.charAt(i + 1) != '>'))) {
            String key = s.substring(pos, i);
            pos = i + 1;
            return key;
        }
        return null;
    }

    /** Group beyond the depth limit: everything up to the matching bracket, as text. */
    private ArgValue rawGroup() {
        return rawGroupFrom(pos);
    }

    private ArgValue rawGroupFrom(int start) {
        int depth = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '"') {
                i = skipString(i);
                continue;
            }
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && --depth == 0) {
                i++;
                break;
            }
            i++;
        }
        pos = i;
        return new ArgValue.Raw(s.substring(start, i));
    }

    /** Text of an unreadable member: up to a top-level ',' or the expected closer; always consumes something. */
    private String rawMember(char closer) {
        int start = pos;
        int depth = 0;
        int i = pos;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '"') {
                i = skipString(i);
                continue;
            }
            if (depth == 0 && (c == ',' || (c == closer && closer != 0))) {
                break;
            }
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
                depth--;
            }
            i++;
        }
        // stops only at ',' (consumed below), the closer (consumed by the caller) or the end: always progress
        pos = i;
        if (pos < end && s.charAt(pos) == ',') {
            pos++;
        }
        return s.substring(start, Math.min(i, end)).trim();
    }

    private int skipString(int i) {
        int q = closingQuote(s, i + 1, end);
        return q >= end ? end : q + 1;
    }

    private void skipSpaces() {
        while (pos < end && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean startsWith(String prefix) {
        return pos + prefix.length() <= end && s.startsWith(prefix, pos);
    }

    private static boolean startsValue(char c) {
        return c == '"' || c == '{' || c == '[' || c == '~' || c == '-' || isDigit(c) || isIdentStart(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
