package io.straceflow.parse;

/** Splits a -y/-yy decoration ({@code /dev/null<char 1:3>}, {@code TCP:[a->b]}, {@code pipe:[6187]}) into fields. */
final class FdDecoration {
    private FdDecoration() {}

    static FdInfo parse(long fd, String sym, String deco) {
        if (deco == null) {
            return new FdInfo(fd, sym, null, null, null, null, null, null, null, null, null);
        }
        if (deco.startsWith("/")) {
            return file(fd, sym, deco);
        }
        int colon = deco.indexOf(':');
        if (colon <= 0) {
            return new FdInfo(fd, sym, deco, "other", null, null, null, null, null, null, deco);
        }
        String prefix = deco.substring(0, colon);
        String rest = deco.substring(colon + 1);
        boolean bracketed = rest.length() >= 2 && rest.charAt(0) == '[' && rest.charAt(rest.length() - 1) == ']';
        String content = bracketed ? rest.substring(1, rest.length() - 1) : rest;
        Long inode = allDigits(content) ? parseInode(content) : null;
        switch (prefix) {
            case "pipe":
            case "socket":
                return new FdInfo(
                        fd, sym, deco, prefix, null, null, null, null, null, inode, inode == null ? content : null);
            case "anon_inode":
                return new FdInfo(fd, sym, deco, prefix, null, null, null, null, null, null, content);
            default:
                return socket(fd, sym, deco, prefix, content, inode, bracketed);
        }
    }

    private static FdInfo file(long fd, String sym, String deco) {
        // -yy appends the device of character/block files: /dev/null<char 1:3>
        if (deco.endsWith(">")) {
            int open = matchingOpen(deco);
            if (open > 0) {
                return new FdInfo(
                        fd,
                        sym,
                        deco,
                        "file",
                        deco.substring(0, open),
                        deco.substring(open + 1, deco.length() - 1),
                        null,
                        null,
                        null,
                        null,
                        null);
            }
        }
        return new FdInfo(fd, sym, deco, "file", deco, null, null, null, null, null, null);
    }

    private static FdInfo socket(
            long fd, String sym, String deco, String proto, String content, Long inode, boolean bracketed) {
        if (!bracketed) {
            return new FdInfo(fd, sym, deco, "other", null, null, proto, null, null, null, content);
        }
        if (inode != null) {
            return new FdInfo(fd, sym, deco, "socket", null, null, proto, null, null, inode, null);
        }
        int arrow = content.indexOf("->");
        if (arrow >= 0) {
            return new FdInfo(
                    fd,
                    sym,
                    deco,
                    "socket",
                    null,
                    null,
                    proto,
                    content.substring(0, arrow),
                    content.substring(arrow + 2),
                    null,
                    null);
        }
        return new FdInfo(fd, sym, deco, "socket", null, null, proto, content, null, null, null);
    }

    /** Index of the '<' that opens the trailing '>' group, counting nesting; -1 if unbalanced. */
    static int matchingOpen(String s) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '>' && !isArrow(s, i)) {
                depth++;
            } else if (c == '<' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The '>' of a socket's {@code local->peer} arrow, which is no bracket. */
    static boolean isArrow(String s, int i) {
        return i > 0 && s.charAt(i - 1) == '-';
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Long parseInode(String s) {
        return Long.parseLong(s);
    }
}
