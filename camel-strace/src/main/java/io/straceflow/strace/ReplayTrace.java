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
    /** Exit code of a replay whose input broke off (EX_NOINPUT, as the command line documents it). */
    public static final int INPUT_DAMAGED = 66;

    private final TraceRequest request;
    private final InputStream stdin;
    private final ReadProgress progress;
    /** Inputs that could not be read to their end, each said in one phrase. */
    private final List<String> damaged = new ArrayList<>();

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
            lines = FfMerger.merge(
                    ffFiles,
                    ffPids,
                    progress,
                    request.getMaxLineBytes(),
                    stoppable,
                    () -> interruptedBy != 0,
                    this::damaged);
        } else {
            lines = readInOrder(files, stoppable);
        }
        int sig = interruptedBy;
        if (sig == 0 && !damaged.isEmpty()) {
            return new TraceEnd(INPUT_DAMAGED, lines, 0, String.join("; ", damaged));
        }
        return new TraceEnd(sig == 0 ? 0 : 128 + sig, lines, sig, null);
    }

    /** Notes that {@code input} broke off (a cut or corrupt gzip file, an I/O error): where, and that lines are kept. */
    private void damaged(String input, InputReadException e) {
        damaged.add(String.format(
                "%s is damaged after %d bytes, in its line %d (%s); every line read before is kept",
                label(input), e.bytesRead(), e.lineNo(), e.getMessage()));
    }

    /** An input as messages name it. */
    static String label(String file) {
        return "-".equals(file) ? "standard input" : file;
    }

    private long readInOrder(List<String> files, LineReader.BatchHandler handler) throws Exception {
        long next = 1;
        for (int i = 0; i < files.size(); i++) {
            String f = files.get(i);
            if (interruptedBy != 0) {
                break;
            }
            LineReader reader = null;
            try (InputStream in = "-".equals(f)
                    ? TraceInput.gunzipIfNeeded(new CountingInputStream(stdin, progress))
                    : TraceInput.open(Path.of(f), progress)) {
                readingStdin = "-".equals(f);
                reader = new LineReader(in, next)
                        .source(label(f))
                        .maxLine(request.getMaxLineBytes())
                        .endEndsLine(i < files.size() - 1); // a file's last line never runs into the next file's first
                reader.readAll(handler);
                next = reader.nextLineNo();
            } catch (InputReadException e) {
                if (interruptedBy == 0) {
                    damaged(f, e);
                    return reader.nextLineNo() - 1; // the lines after a damaged input would not follow on from it
                }
            } catch (IOException e) {
                if (interruptedBy == 0 && reader == null) { // standard input with a damaged gzip header
                    damaged(f, new InputReadException(e, 0, 1));
                    return next - 1;
                }
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
