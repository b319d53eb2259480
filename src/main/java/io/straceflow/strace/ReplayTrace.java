package io.straceflow.strace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays saved strace output: -o files, stderr captures, -ff per-process files (merged in time
 * order), gzip files, or standard input ("-"). Several plain files are read one after another.
 */
public final class ReplayTrace implements TraceSource {
    private final TraceRequest request;
    private final InputStream stdin;
    private final ReadProgress progress;
    private volatile int interruptedBy;
    private volatile boolean readingStdin;

    public ReplayTrace(TraceRequest request, InputStream stdin, ReadProgress progress) {
        this.request = request;
        this.stdin = stdin;
        this.progress = progress;
    }

    @Override
    public TraceEnd run(LineReader.BatchHandler handler) throws Exception {
        List<Path> ffFiles = new ArrayList<>();
        List<Integer> ffPids = new ArrayList<>();
        List<String> files = request.getFiles();
        progress.setTotal(totalSize(files));
        for (String f : files) {
            Integer pid = "-".equals(f) ? null : TraceInput.ffPid(Path.of(f));
            if (pid != null) {
                ffFiles.add(Path.of(f));
                ffPids.add(pid);
            }
        }
        LineReader.BatchHandler stoppable = batch -> {
            if (interruptedBy == 0) {
                handler.handle(batch);
            }
        };
        long lines;
        if (!ffFiles.isEmpty() && ffFiles.size() == files.size()) {
            lines = FfMerger.merge(ffFiles, ffPids, progress, stoppable, () -> interruptedBy != 0);
        } else {
            lines = readInOrder(files, stoppable);
        }
        int sig = interruptedBy;
        return new TraceEnd(sig == 0 ? 0 : 128 + sig, lines, sig, null);
    }

    private long readInOrder(List<String> files, LineReader.BatchHandler handler) throws Exception {
        long next = 1;
        for (String f : files) {
            if (interruptedBy != 0) {
                break;
            }
            try (InputStream in = "-".equals(f)
                    ? TraceInput.gunzipIfNeeded(new CountingInputStream(stdin, progress))
                    : TraceInput.open(Path.of(f), progress)) {
                readingStdin = "-".equals(f);
                LineReader reader = new LineReader(in, next);
                reader.readAll(handler);
                next = reader.nextLineNo();
            } catch (IOException e) {
                if (interruptedBy == 0) {
                    throw e;
                }
            }
        }
        return next - 1;
    }

    /** The bytes to read, for the progress bar's ETA; -1 for standard input (a pipe has no size). */
    private static long totalSize(List<String> files) throws IOException {
        long total = 0;
        for (String f : files) {
            if ("-".equals(f)) {
                return -1;
            }
            total += java.nio.file.Files.size(Path.of(f));
        }
        return total;
    }

    @Override
    public void interrupt(int signal) {
        if (interruptedBy == 0) {
            interruptedBy = signal;
        }
        if (readingStdin) {
            try {
                stdin.close(); // unblocks a read from a terminal or a pipe
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void destroy() {
        interrupt(15);
    }
}
