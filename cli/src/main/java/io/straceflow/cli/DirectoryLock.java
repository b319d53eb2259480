package io.straceflow.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An exclusive lock on an output directory for as long as a run writes into it: two runs started together into one
 * directory would both find it empty, then write over each other. A POSIX lock on {@value #FILE_NAME} in the
 * directory (FileChannel.tryLock), released by the kernel when straceflow dies, however it dies: a stale lock file
 * never blocks a later run. The file stays (removing it would let a third run lock a fresh file while a second still
 * waits on the old one) and holds the pid of the last run that locked it, for people.
 */
final class DirectoryLock implements AutoCloseable {
    static final String FILE_NAME = ".straceflow.lock";

    private final FileChannel channel;

    private DirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Locks {@code dir} (which exists), or returns null when another process holds it.
     *
     * @throws IOException when the lock file cannot be created (a read-only file system, no permission): the
     *     directory cannot be used
     */
    static DirectoryLock tryLock(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        FileChannel ch = FileChannel.open(
                file,
                Set.of(
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS), // never write through a link someone put there
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                return null;
            }
            return new DirectoryLock(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * The pid that holds the lock on {@code dir}, from the kernel's table of locks (/proc/locks: "1: POSIX ADVISORY
     * WRITE PID MAJ:MIN:INODE 0 EOF"), or -1. Not from the file: its holder writes it only after taking the lock.
     */
    static long holder(Path dir) {
        try {
            Object inode = Files.getAttribute(dir.resolve(FILE_NAME), "unix:ino", LinkOption.NOFOLLOW_LINKS);
            String suffix = ":" + inode;
            try (Stream<String> lines = Files.lines(Path.of("/proc/locks"))) {
                return lines.map(l -> l.trim().split("\\s+"))
                        .filter(f -> f.length > 5 && f[5].endsWith(suffix) && f[4].matches("\\d+"))
                        .mapToLong(f -> Long.parseLong(f[4]))
                        .findFirst()
                        .orElse(-1);
            }
        } catch (IOException | RuntimeException e) {
            return -1; // no /proc, or the file went away: the message then names no pid
        }
    }

    /** Writes this process's pid into the lock file, once the run is sure to use the directory. */
    void claim() throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public void close() throws IOException {
        channel.close(); // releases the lock
    }
}
