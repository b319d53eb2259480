package io.straceflow.strace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private 0700 temporary directory that holds a live trace's FIFO. Its name says whose it is,
 * {@code straceflow-PID-START-RANDOM} (the JVM's pid and start time), so a later run can tell the directory of a dead
 * run (kill -9 of straceflow and of its guard, a power cut) from a running one, and remove it. A pid alone would not
 * do: pids are reused, a (pid, start time) pair is not.
 */
final class FifoDir {
    private static final Logger LOG = LoggerFactory.getLogger(FifoDir.class);
    static final String FIFO = "trace.fifo";
    private static final Pattern NAME = Pattern.compile("straceflow-(\\d+)-(\\d+)-\\d+");

    private FifoDir() {}

    /** Makes a new directory in {@code tmp}, named after this JVM. */
    static Path create(Path tmp) throws IOException {
        long pid = ProcessHandle.current().pid();
        return Files.createTempDirectory(
                tmp,
                "straceflow-" + pid + "-" + ProcStat.startTime(pid) + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /**
     * Removes the directories in {@code tmp} that runs which are no longer alive left behind. Only ours: a directory of
     * this user whose name is ours, whose owner is gone, and that holds nothing but a trace FIFO.
     */
    static void removeStale(Path tmp) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, "straceflow-*")) {
            UserPrincipal me = Files.getOwner(Path.of("/proc/self"));
            for (Path dir : dirs) {
                Matcher m = NAME.matcher(dir.getFileName().toString());
                if (m.matches()
                        && !alive(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))
                        && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                        && me.equals(Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS))) {
                    removeIfOnlyFifo(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("looking for stale trace directories in {}: {}", tmp, e.getMessage());
        }
    }

    private static boolean alive(long pid, long start) {
        return Objects.equals(ProcStat.startTime(pid), start);
    }

    private static void removeIfOnlyFifo(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(entries::add);
        }
        for (Path p : entries) {
            if (!p.getFileName().toString().equals(FIFO) || !isFifo(p)) {
                return; // not what a run leaves: not ours to remove
            }
        }
        for (Path p : entries) {
            Files.delete(p);
        }
        Files.delete(dir);
        LOG.debug("removed {}, left by a run that is gone", dir);
    }

    private static boolean isFifo(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther();
    }
}
