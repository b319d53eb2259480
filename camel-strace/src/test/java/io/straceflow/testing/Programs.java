package io.straceflow.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Programs the tests run by name, found as the traced processes find them. strace, a shell and execvp look a name
 * up on the PATH they inherit from the test (the first regular, executable file wins), and execve shows that path
 * in the trace: {@code /usr/bin/sort} on one machine, {@code /bin/sort} or {@code /usr/local/bin/sort} on another.
 */
public final class Programs {
    /** What execvp searches when PATH is unset. */
    private static final String DEFAULT_PATH = "/bin:/usr/bin";

    /** The Debian packages of the programs the tests run. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("sh", "dash"),
            Map.entry("cat", "coreutils"),
            Map.entry("head", "coreutils"),
            Map.entry("ls", "coreutils"),
            Map.entry("seq", "coreutils"),
            Map.entry("sleep", "coreutils"),
            Map.entry("sort", "coreutils"),
            Map.entry("true", "coreutils"));

    private Programs() {}

    /**
     * The path that execve shows when {@code name} is run through a PATH search in a child of this JVM (which
     * passes its own PATH on): the first regular, executable {@code DIR/name} for DIR on the PATH. Fails, naming
     * the program and how to install it, when there is none.
     */
    public static String which(String name) {
        if (name.contains("/")) {
            throw new IllegalArgumentException("a program name, not a path: " + name);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            path = DEFAULT_PATH;
        }
        for (String dir : path.split(":", -1)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                if (!candidate.isAbsolute()) {
                    // a child searches it from its own working directory, which the tests set: no fixed answer
                    throw new AssertionError("the PATH entry \"" + dir + "\" that holds " + name
                            + " is relative; run the tests with absolute PATH entries only (PATH=" + path + ")");
                }
                return candidate.toString();
            }
        }
        String pkg = PACKAGES.get(name);
        throw new AssertionError(name + " is not on the PATH (PATH=" + path + "); the tests run it: "
                + (pkg == null
                        ? "install the package that provides it"
                        : "install it with 'apt-get install -y " + pkg + "' (Debian/Ubuntu)"));
    }
}
