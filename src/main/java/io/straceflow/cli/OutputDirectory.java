package io.straceflow.cli;

import io.straceflow.sink.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares the output directory. A directory that already holds files is refused unless --force,
 * because silently mixing two runs (or overwriting one) would destroy evidence.
 */
final class OutputDirectory {
    private OutputDirectory() {}

    static void prepare(Path dir, boolean force) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UserError(ExitCodes.CANT_CREATE, "output path exists and is not a directory: " + dir);
            }
            if (Files.isDirectory(dir) && !isEmpty(dir)) {
                if (!force) {
                    throw new UserError(
                            ExitCodes.CANT_CREATE,
                            "output directory " + dir + " is not empty (it may hold a previous run);"
                                    + " use -o NEW_DIR, or --force to replace it");
                }
                clearRun(dir);
            }
            OwnerOnlyFiles.createDirectory(dir);
            if (!Files.isWritable(dir)) {
                throw new UserError(ExitCodes.CANT_CREATE, "output directory is not writable: " + dir);
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.CANT_CREATE, "cannot create output directory " + dir + ": " + e.getMessage());
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** --force: remove the files of a previous run (plain files only; subdirectories are left alone). */
    private static void clearRun(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }
}
