package io.straceflow.cli;

import io.straceflow.chain.IoErrors;
import io.straceflow.sink.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares the output directory: creates it, locks it for the run, and refuses one that holds anything. A directory
 * that already holds files is refused unless --force, because silently mixing two runs (or overwriting one) would
 * destroy evidence; --force replaces the files of a previous run and nothing else (RunFiles).
 */
final class OutputDirectory {
    private static final int NAMES_SHOWN = 5;

    private OutputDirectory() {}

    /** The directory, ready and locked: close the lock when the run has ended (its run.json written). */
    static DirectoryLock prepare(Path dir, boolean force) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(ExitCodes.CANT_CREATE, "output path exists and is not a directory: " + dir);
        }
        try {
            OwnerOnlyFiles.createDirectory(dir);
        } catch (IOException e) {
            throw new UserError(ExitCodes.CANT_CREATE, "cannot create output directory " + dir + ": " + why(dir, e));
        }
        try {
            if (!Files.exists(dir.resolve(DirectoryLock.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
                // no run ever locked it: refuse a directory of the user's before putting a lock file into it
                runFiles(dir, force);
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.CANT_CREATE, "cannot use output directory " + dir + ": " + why(dir, e));
        }
        DirectoryLock lock = lock(dir);
        try {
            for (Path p : runFiles(dir, force)) { // decided again under the lock
                Files.deleteIfExists(p);
            }
            lock.claim();
            return lock;
        } catch (IOException e) {
            closeQuietly(lock);
            throw new UserError(ExitCodes.CANT_CREATE, "cannot use output directory " + dir + ": " + why(dir, e));
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    /** Before anything else is written in the directory. */
    private static DirectoryLock lock(Path dir) {
        try {
            DirectoryLock lock = DirectoryLock.tryLock(dir);
            if (lock == null) {
                long pid = DirectoryLock.holder(dir);
                throw new UserError(
                        ExitCodes.CANT_CREATE,
                        "output directory " + dir + " is in use by " + (pid > 0 ? "pid " + pid : "another process")
                                + " (another straceflow run); use -o NEW_DIR");
            }
            return lock;
        } catch (IOException e) {
            throw new UserError(ExitCodes.CANT_CREATE, "cannot use output directory " + dir + ": " + why(dir, e));
        }
    }

    /**
     * The files of a previous run that --force removes (run.json first: a directory left half cleared must not look
     * like a complete run); refuses a directory that holds anything but the lock without --force, and anything a run
     * did not write with it.
     */
    private static List<Path> runFiles(Path dir, boolean force) throws IOException {
        List<Path> runs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals(DirectoryLock.FILE_NAME)) {
                    continue;
                }
                if (RunFiles.written(dir, name)) {
                    runs.add(p);
                } else {
                    others.add(name);
                }
            }
        }
        if (!force && !(runs.isEmpty() && others.isEmpty())) {
            throw new UserError(
                    ExitCodes.CANT_CREATE,
                    "output directory " + dir + " is not empty (it may hold a previous run);"
                            + " use -o NEW_DIR, or --force to replace it");
        }
        if (!others.isEmpty()) {
            throw new UserError(
                    ExitCodes.CANT_CREATE,
                    "--force: output directory " + dir + " holds what straceflow did not write: " + names(others)
                            + "; use -o NEW_DIR, or move them away");
        }
        runs.sort(Comparator.comparing(p -> !p.getFileName().toString().equals(RunManifest.FILE_NAME)));
        return runs;
    }

    private static String names(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() > NAMES_SHOWN ? shown + " and " + (names.size() - NAMES_SHOWN) + " more" : shown;
    }

    /** The system's reason, and the file when it is not the directory itself (a parent, a file in it). */
    private static String why(Path dir, IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null && !sameFile(Path.of(f.getFile()), dir)) {
            return IoErrors.describe(e);
        }
        return IoErrors.reason(e);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static void closeQuietly(DirectoryLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // the process ends soon: the kernel releases the lock then
        }
    }
}
