package io.straceflow.enrich;

import io.straceflow.parse.ArgValue;
import io.straceflow.parse.FdInfo;
import io.straceflow.parse.SyscallEvent;
import java.util.ArrayList;
import java.util.List;

/** Reads the few arguments enrichment needs out of process-related syscalls. Only these events parse their args. */
final class SyscallFacts {
    private SyscallFacts() {}

    static boolean isClone(String name) {
        return switch (name) {
            case "clone", "clone3", "fork", "vfork" -> true;
            default -> false;
        };
    }

    /** Whether a clone's flags contain {@code flag} as a whole word (CLONE_PARENT is not CLONE_PARENT_SETTID). */
    static boolean hasFlag(SyscallEvent e, String flag) {
        String text = e.argsText();
        return text != null && hasFlag(text, flag);
    }

    static boolean hasFlag(String text, String flag) {
        for (int at = text.indexOf(flag); at >= 0; at = text.indexOf(flag, at + 1)) {
            if ((at == 0 || !isWordChar(text.charAt(at - 1)))
                    && (at + flag.length() == text.length() || !isWordChar(text.charAt(at + flag.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static String string(List<ArgValue> args, int i) {
        if (i >= args.size()) {
            return null;
        }
        return string(args.get(i));
    }

    static String string(ArgValue v) {
        if (v instanceof ArgValue.Str s) {
            return s.text() != null ? s.text() : s.raw();
        }
        return null;
    }

    static List<String> strings(List<ArgValue> args, int i) {
        if (i >= args.size() || !(args.get(i) instanceof ArgValue.Array a)) {
            return null;
        }
        List<String> out = new ArrayList<>(a.items().size());
        for (ArgValue item : a.items()) {
            String s = string(item);
            if (s != null) {
                out.add(s);
            } else if (item == ArgValue.Elided.INSTANCE) {
                out.add("..."); // strace cut the list: say so rather than pretend it is complete
            }
        }
        return List.copyOf(out);
    }

    static FdInfo fd(List<ArgValue> args, int i) {
        return i < args.size() && args.get(i) instanceof ArgValue.Fd f ? f.info() : null;
    }

    static Long number(List<ArgValue> args, int i) {
        return i < args.size() && args.get(i) instanceof ArgValue.Num n && n.value() instanceof Long l ? l : null;
    }

    /** The cwd that -yy printed for an AT_FDCWD argument ({@code AT_FDCWD</tmp>}), if any. */
    static String cwdFromAtFdcwd(SyscallEvent e) {
        String text = e.argsText();
        if (text == null || !text.contains("AT_FDCWD<")) {
            return null;
        }
        for (ArgValue a : e.args()) {
            if (a instanceof ArgValue.Fd f
                    && "AT_FDCWD".equals(f.info().sym())
                    && f.info().path() != null) {
                return f.info().path();
            }
        }
        return null;
    }

    /** {@code path} made absolute against {@code dir} when it is relative and the dir is known. */
    static String resolve(String dir, String path) {
        if (path == null || path.startsWith("/") || dir == null) {
            return path;
        }
        if (path.isEmpty()) {
            return dir;
        }
        return dir.endsWith("/") ? dir + path : dir + "/" + path;
    }

    /** The kernel names a process after the last path element of the file it executed, cut to 15 bytes. */
    static String commFromPath(String path) {
        if (path == null) {
            return null;
        }
        String base = path.substring(path.lastIndexOf('/') + 1);
        return base.length() > 15 ? base.substring(0, 15) : base;
    }
}
