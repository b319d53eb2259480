package io.straceflow.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds programs the way execvp does, so errors are reported before anything is started or written. */
final class Executables {
    private Executables() {}

    /** The path of {@code name} on PATH (or the name itself when it holds a '/'), if it exists. */
    static Optional<Path> find(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.exists(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The strace executable, or a UserError saying how to install it. */
    static String strace() {
        return find("strace")
                .map(Path::toString)
                .orElseThrow(() -> new UserError(
                        ExitCodes.STRACE_MISSING,
                        "strace is not installed (or not on PATH): install it with 'sudo apt-get install strace'"
                                + " (Debian/Ubuntu) or 'sudo dnf install strace' (Fedora/RHEL)"));
    }

    /** Checks that the program of a run can be started; a UserError with 127/126 otherwise. */
    static void checkProgram(String name) {
        Path p = find(name).orElseThrow(() -> new UserError(ExitCodes.NOT_FOUND, "program not found: " + name));
        if (Files.isDirectory(p) || !Files.isExecutable(p)) {
            throw new UserError(ExitCodes.NOT_EXECUTABLE, "program is not executable: " + name);
        }
    }
}
