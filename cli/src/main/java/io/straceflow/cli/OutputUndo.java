package io.straceflow.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The output directory as the run found it, taken before the run prepares it (locks it, clears a previous run with
 * --force), so that a run which traced nothing (every attach refused) can take back what it wrote: the files that
 * were not there, the lock file included, and the directory if the run made it. Files that were there (the user's)
 * stay.
 */
final class OutputUndo {
    private final Path dir;
    private final boolean existed;
    private final Set<Path> before;

    private OutputUndo(Path dir, boolean existed, Set<Path> before) {
        this.dir = dir;
        this.existed = existed;
        this.before = before;
    }

    /** Call before the run prepares {@code dir}. */
    static OutputUndo before(Path dir) throws IOException {
        boolean existed = Files.isDirectory(dir);
        return new OutputUndo(dir, existed, existed ? entries(dir) : Set.of());
    }

    void undo() throws IOException {
        for (Path p : entries(dir)) {
            if (!before.contains(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p);
            }
        }
        if (!existed && entries(dir).isEmpty()) {
            Files.delete(dir);
        }
    }

    private static Set<Path> entries(Path dir) throws IOException {
        Set<Path> s = new HashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(s::add);
        }
        return s;
    }
}
