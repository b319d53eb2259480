package io.straceflow.summary;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dynamic loader's and the C library's locale probes: paths every dynamically linked program opens, reads or
 * looks for before its own code runs (ld.so.cache, shared libraries and the hwcaps directories searched for them,
 * locale archives, locale.alias, gconv modules). Reports fold them into one line so the program's own paths stand
 * out. A path counts as a probe only when it was merely opened, read, stat'd or listed: a library the program
 * writes, renames or deletes is the program's business and stays in the table. The misses of a command search on
 * $PATH fold the same way ({@link #isCommandSearch}).
 */
public final class Probes {
    private static final Set<String> FILES =
            Set.of("/etc/ld.so.cache", "/etc/ld.so.preload", "/etc/ld.so.nohwcap", "/etc/locale.alias");
    private static final String[] PREFIXES = {
        "/usr/lib/locale/", "/usr/share/locale/", "/usr/share/locale-langpack/", "/usr/share/i18n/"
    };
    /** libc.so.6, libpcre2-8.so.0.11.2, ld-linux-x86-64.so.2, libfoo.so. */
    private static final Pattern SHARED_OBJECT = Pattern.compile("[^/]*\\.so(\\.[0-9][0-9.]*)?");

    private static final Set<String> READ_ONLY = Set.of(PathOps.OPENED, PathOps.READ, PathOps.STAT, PathOps.LISTED);
    private static final Set<String> READ_ONLY_FAILURES = Set.of("open", "read", "stat", "list");

    private static final Set<String> SEARCH_FAILURES = Set.of("stat", "exec", "open");
    private static final Set<String> SEARCH_ERRNOS = Set.of("ENOENT", "ENOTDIR", "EACCES");

    private Probes() {}

    /**
     * Whether the row is a miss of a command search: a shell or execvp looking for a program in each $PATH
     * directory ({@code /usr/local/bin/cat} not found, then {@code /usr/bin/cat} run). Such a path was never
     * found (only failed stat, access, open or exec with ENOENT, ENOTDIR or EACCES) and its file name is that of a
     * program the run executed.
     */
    public static boolean isCommandSearch(RunSummary.PathRow row, Set<String> executedNames) {
        if (!row.operations.isEmpty() || row.failures.isEmpty() || !executedNames.contains(name(row.path))) {
            return false;
        }
        for (String failure : row.failures.keySet()) {
            int space = failure.indexOf(' ');
            if (!SEARCH_FAILURES.contains(failure.substring(0, space))
                    || !SEARCH_ERRNOS.contains(failure.substring(space + 1))) {
                return false;
            }
        }
        return true;
    }

    /** The last segment of a path. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether the row is a loader or locale probe: such a path, only looked at. */
    public static boolean isProbe(RunSummary.PathRow row) {
        if (!READ_ONLY.containsAll(row.operations.keySet()) || row.bytesWritten > 0) {
            return false;
        }
        for (String failure : row.failures.keySet()) {
            if (!READ_ONLY_FAILURES.contains(failure.substring(0, failure.indexOf(' ')))) {
                return false;
            }
        }
        return isLoaderOrLocalePath(row.path);
    }

    static boolean isLoaderOrLocalePath(String path) {
        if (FILES.contains(path) || path.equals("/usr/lib/locale")) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        if (path.contains("/gconv/") || path.endsWith("/gconv") || path.contains("/glibc-hwcaps")) {
            return true;
        }
        int slash = path.lastIndexOf('/');
        return SHARED_OBJECT.matcher(path.substring(slash + 1)).matches();
    }
}
