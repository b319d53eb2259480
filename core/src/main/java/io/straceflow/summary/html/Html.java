package io.straceflow.summary.html;

import java.util.Locale;

/**
 * Escaping and number formats for the HTML report. Every string that comes from a trace (paths, argv, exe,
 * errno names, run.json values) is attacker-controlled and goes through {@link #esc}, in text and in
 * attributes alike.
 */
final class Html {
    private Html() {}

    /**
     * Text safe in element content and in quoted attribute values (HTML and inline SVG): {@code & < > " '} become
     * entities; control characters, which a browser would drop or choke on, are shown as {@code \xNN}.
     */
    static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default ->
                    (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f
                            ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                            : null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code s} cut to {@code max} characters with a note of how many were left out. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + (s.length() - max) + " more characters)";
    }

    /** 1234567 → "1,234,567". */
    static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A duration in µs for people: "850 µs", "12.3 ms", "4.56 s". */
    static String duration(long us) {
        if (us < 1_000) {
            return us + " µs";
        }
        if (us < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", us / 1_000.0);
        }
        return String.format(Locale.ROOT, "%.2f s", us / 1_000_000.0);
    }

    /** A note in place of an empty table or picture. */
    static void empty(StringBuilder out, String note) {
        out.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
}
