package io.straceflow.strace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Opens saved strace output: plain or gzip (by magic bytes, not by name), and tells -ff files apart. */
public final class TraceInput {
    private static final Pattern FF_NAME = Pattern.compile(".*\\.(\\d+)(\\.gz)?$");

    private TraceInput() {}

    /**
     * Checks that {@code file} can be replayed, before anything is created: it exists, is not a directory, can be
     * opened, and a gzip file's header is whole. A pipe or a device (e.g. {@code <(zcat t.gz)}) is only checked for
     * being readable: reading it here would take away what the replay needs. The exception's message is the reason.
     */
    public static void check(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("no such file or not readable");
        }
        if (Files.isRegularFile(file)) {
            // opening reads a gzip header; damage past it is found while replaying, which keeps what decoded before
            try {
                open(file).close();
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                throw new IOException("damaged gzip header (" + e.getMessage() + ")", e);
            }
        }
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        return gunzipIfNeeded(in);
    }

    /** Opens {@code file} for replay, counting the bytes read as stored (compressed for gzip) into progress. */
    static InputStream open(Path file, ReadProgress progress) throws IOException {
        InputStream in =
                new BufferedInputStream(new CountingInputStream(Files.newInputStream(file), progress), 64 * 1024);
        return gunzipIfNeeded(in);
    }

    /**
     * The stream itself, or its gunzipped content. No buffer on top of the gzip stream: a read from
     * {@link GZIPInputStream} returns what it decoded before the data ends early, and only the next read fails, whereas
     * a {@link BufferedInputStream} fills its buffer in several reads and drops the bytes of the earlier ones when a
     * later one fails (up to 64 KiB of whole lines were lost from a gzip file cut short). The callers read 64 KiB at a
     * time anyway.
     */
    static InputStream gunzipIfNeeded(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 64 * 1024);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(in, 64 * 1024);
        }
        return in;
    }

    /**
     * The pid of a {@code strace -ff -o NAME} file (NAME.PID), or null. A file is taken as -ff output
     * only when its name ends in .PID and its first line does not start with a pid, because a plain
     * -o file may be named "trace.1" too.
     */
    static Integer ffPid(Path file) throws IOException {
        Matcher m = FF_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return null;
        }
        try (InputStream in = open(file)) {
            byte[] head = in.readNBytes(64);
            int i = 0;
            while (i < head.length && head[i] >= '0' && head[i] <= '9') {
                i++;
            }
            boolean pidPrefixed = i > 0 && i < head.length && head[i] == ' ' && !(i == 2 && head[i] == ':');
            if (pidPrefixed) {
                return null;
            }
        }
        try {
            return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
