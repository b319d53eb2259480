package io.straceflow.summary;

import java.util.List;
import java.util.Locale;

/** Formats the reports share: shell quoting, cutting, durations, numbers. */
public final class Fmt {
    private Fmt() {}

    /**
     * One argument as a POSIX shell would need it typed: bare when it is only safe characters, else in single
     * quotes ({@code '} as {@code '\''}); with control characters, as {@code $'...'} with {@code \n}, {@code \t},
     * {@code \xNN}.
     */
    public static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().allMatch(Fmt::safe)) {
            return arg;
        }
        if (arg.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            StringBuilder b = new StringBuilder("$'");
            for (int i = 0; i < arg.length(); i++) {
                char c = arg.charAt(i);
                switch (c) {
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    case '\r' -> b.append("\\r");
                    case '\\' -> b.append("\\\\");
                    case '\'' -> b.append("\\'");
                    default -> {
                        if (c < 0x20 || c == 0x7f) {
                            b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('\'').toString();
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    private static boolean safe(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "_@%+=:,./-".indexOf(c) >= 0
                || c > 0x7f; // letters of other scripts: a shell takes them as they are
    }

    /** The arguments as one shell command line ({@link #quote} each, joined by spaces). */
    public static String commandLine(List<String> argv) {
        StringBuilder b = new StringBuilder();
        for (String a : argv) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(quote(a));
        }
        return b.toString();
    }

    /** {@code s} cut to {@code max} characters in the middle, so its end (a file name) stays: {@code /usr/…/x.so}. */
    public static String middle(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int tail = (max - 1) * 2 / 3;
        int head = max - 1 - tail;
        return s.substring(0, head) + "…" + s.substring(s.length() - tail);
    }

    /** {@code s} cut to {@code max} characters at the end. */
    public static String end(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A duration in µs for people: "850 µs", "12.3 ms", "4.56 s". */
    public static String duration(long us) {
        if (us < 1_000) {
            return us + " µs";
        }
        if (us < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", us / 1_000.0);
        }
        return String.format(Locale.ROOT, "%.2f s", us / 1_000_000.0);
    }

    /** 1234567 → "1,234,567". */
    public static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 byte", "14,980 bytes". */
    public static String bytes(long n) {
        return n == 1 ? "1 byte" : num(n) + " bytes";
    }
}
