package io.straceflow.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Traces hold secrets: every output file is created new and readable by its owner only. */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {}

    /** Creates {@code file} with mode 0600; fails if it already exists (never overwrite a run). */
    public static OutputStream createNew(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.newOutputStream(file, StandardOpenOption.WRITE);
    }

    /** Creates {@code dir} (and parents) with mode 0700 when missing. */
    public static void createDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }
}
