package io.straceflow.strace;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Standard input, output and error as straceflow was given them, for the processes it starts (strace, and through it
 * the traced program). When straceflow was started with one of them closed, the JVM's start-up opened files of its
 * own in the free slots (measured: lib/modules, the jar, the launcher script), and inheriting them would hand such a
 * private file to the program as its fd 0, 1 or 2. Such a slot gets /dev/null instead, as a closed one does: an output
 * opened read-only cannot be an output the user gave, nor can an input that is one of the JVM's own files (its modules
 * image, a class path entry).
 */
final class InheritedStdio {
    private static final File NULL = new File("/dev/null");

    private InheritedStdio() {}

    /** Sets the three streams of {@code pb}: inherited, or /dev/null where straceflow was given none. */
    static ProcessBuilder applyTo(ProcessBuilder pb) {
        return pb.redirectInput(Holder.IN).redirectOutput(Holder.OUT).redirectError(Holder.ERR);
    }

    /** What to give a process as its stderr. */
    static Redirect error() {
        return Holder.ERR;
    }

    /** Decided once, from what the slots hold now: the JVM keeps its own files open for its lifetime. */
    private static final class Holder {
        static final Redirect IN = givenInput() ? Redirect.INHERIT : Redirect.from(NULL);
        static final Redirect OUT = givenOutput(1) ? Redirect.INHERIT : Redirect.DISCARD;
        static final Redirect ERR = givenOutput(2) ? Redirect.INHERIT : Redirect.DISCARD;
    }

    private static boolean givenOutput(int fd) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd))) {
                if (line.startsWith("flags:")) {
                    int flags =
                            Integer.parseInt(line.substring("flags:".length()).strip(), 8);
                    return (flags & 3) != 0; // O_ACCMODE: O_WRONLY or O_RDWR
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return !Files.notExists(Path.of("/proc/self/fd/" + fd)); // closed now: nothing to inherit
        }
    }

    private static boolean givenInput() {
        try {
            Path target = Path.of("/proc/self/fd/0").toRealPath();
            return !Files.isRegularFile(target) || !jvmFiles().contains(target);
        } catch (IOException | RuntimeException e) {
            return !Files.notExists(Path.of("/proc/self/fd/0")); // not a file (a pipe, a socket), or closed
        }
    }

    private static Set<Path> jvmFiles() {
        Set<Path> files = new HashSet<>();
        files.add(Path.of(System.getProperty("java.home"), "lib", "modules"));
        Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(e -> !e.isEmpty())
                .forEach(e -> files.add(Path.of(e).toAbsolutePath().normalize()));
        Set<Path> real = new HashSet<>();
        for (Path p : files) {
            try {
                real.add(p.toRealPath());
            } catch (IOException e) {
                real.add(p);
            }
        }
        return real;
    }
}
