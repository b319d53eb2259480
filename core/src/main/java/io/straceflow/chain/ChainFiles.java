package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Appends one stream's stamped bytes to its files in the output directory: the raw log (raw stream only), the chain
 * file (the JSONL stream itself, or the raw stream's sidecar) and the checkpoint notes. Each file is created new with
 * owner-only permissions (fails if it exists). Order makes a crash look like one: the log reaches the file before the
 * sidecar that covers it, and a note only after the lines it seals (made durable first when asked). After the first
 * failed write (a full disk) nothing more is written: the verifier then sees an unsealed tail, not tampering.
 *
 * <p>A checkpoint's fsyncs and its note are done by a thread of this writer's own ({@link #syncer}), not by the
 * thread that stamps the stream, which goes on: the batches that come meanwhile are held in memory and reach the
 * files only once the note is durable, so the files hold the same sequence as if one thread did it all (data, its
 * fsync, the note, its fsync, more data: a crash leaves a prefix of it, never data after a checkpoint whose note is
 * missing). At most one checkpoint is syncing; the next one, more than {@link #HOLD_BYTES} held, or closing waits for
 * it. A replay of 1.1 M lines (tar, 2.7 GB written) spent ~15 % of its wall time in those fsyncs on the two pipeline
 * threads (25.8 s; 22.0 s with no fsync at all).
 */
public final class ChainFiles implements Closeable {
    private final WriteFault fault;
    private final OutputFile log;
    private final OutputFile chain;
    private final OutputFile notes;
    private long lines;
    private boolean closed;

    /** Bytes held while a checkpoint syncs, at most; then the stream waits for it. */
    static final long HOLD_BYTES = 8L << 20;

    /** The checkpoints' fsyncs and notes, one thread, made at the first checkpoint. */
    private ExecutorService syncer;
    /** The checkpoint being made durable, or null. */
    private Future<?> syncing;
    /** Batches that came while it syncs, in order, copied (the caller's arrays are valid only during the call). */
    private final ArrayDeque<Held> held = new ArrayDeque<>();

    private long heldBytes;

    private record Held(byte[] log, long logLines, byte[] chain) {}

    private ChainFiles(WriteFault fault, OutputFile log, OutputFile chain, OutputFile notes) {
        this.fault = fault;
        this.log = log;
        this.chain = chain;
        this.notes = notes;
    }

    /**
     * Creates the files of {@code stream} in {@code dir}: {@code stream} and its {@code .ckpt}, and for a raw stream
     * ({@code raw}) its {@code .chain} sidecar too.
     */
    public static ChainFiles create(Path dir, String stream, boolean raw) throws IOException {
        Path file = dir.resolve(stream);
        Path chainFile = raw ? StreamFiles.rawChainOf(file) : file;
        Path notesFile = StreamFiles.notesOf(file);
        for (Path p : new Path[] {file, chainFile, notesFile}) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(p.toString());
            }
        }
        ChainFiles f = null;
        OutputFile log = null;
        OutputFile chain = null;
        try {
            WriteFault fault = new WriteFault();
            log = raw ? OutputFile.createNew(file, 1 << 18, null, fault) : null;
            chain = OutputFile.createNew(chainFile, 1 << 16, log, fault);
            f = new ChainFiles(fault, log, chain, OutputFile.createNew(notesFile, 4096, null, fault));
            return f;
        } finally {
            if (f == null) {
                for (OutputFile o : new OutputFile[] {log, chain}) {
                    if (o != null) {
                        o.close();
                    }
                }
            }
        }
    }

    /**
     * Appends one batch: {@code logBytes} (null unless raw, with {@code logLines} lines ending in it), then the chain
     * lines, then the notes; {@code sync}: make the data durable before the notes (on the syncer: the note follows
     * later). Hands the batch to the OS before it returns, so a reader (tail -f) sees it, unless a checkpoint is
     * syncing: then it is held until the checkpoint's note is durable (tens of milliseconds). A failed write of an
     * earlier batch or checkpoint is thrown here.
     */
    public void write(byte[] logBytes, long logLines, byte[] chainBytes, byte[] noteBytes, boolean sync)
            throws IOException {
        write(
                logBytes,
                logBytes == null ? 0 : logBytes.length,
                logLines,
                chainBytes,
                chainBytes.length,
                noteBytes,
                noteBytes.length,
                sync);
    }

    /** As {@link #write(byte[], long, byte[], byte[], boolean)}, each array with its length. */
    public void write(
            byte[] logBytes,
            int logLength,
            long logLines,
            byte[] chainBytes,
            int chainLength,
            byte[] noteBytes,
            int notesLength,
            boolean sync)
            throws IOException {
        fault.check();
        if (syncing != null && (sync || notesLength > 0 || heldBytes > HOLD_BYTES || syncing.isDone())) {
            release();
        }
        if (syncing != null) { // the last checkpoint's note is not durable yet: nothing after it reaches the files
            byte[] l = logBytes == null ? null : Arrays.copyOf(logBytes, logLength);
            held.add(new Held(l, logLines, Arrays.copyOf(chainBytes, chainLength)));
            heldBytes += logLength + chainLength;
            return;
        }
        append(logBytes, logLength, logLines, chainBytes, chainLength);
        if (sync) {
            byte[] note = Arrays.copyOf(noteBytes == null ? new byte[0] : noteBytes, notesLength);
            if (syncer == null) {
                syncer = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "straceflow-fsync");
                    t.setDaemon(true);
                    return t;
                });
            }
            syncing = syncer.submit(() -> {
                chain.force();
                if (log != null) {
                    log.force();
                }
                if (note.length > 0) {
                    notes.write(note, 0, note.length);
                    notes.sync();
                }
                return null;
            });
        } else if (notesLength > 0) {
            notes.write(noteBytes, 0, notesLength);
            notes.flush();
        }
    }

    /** Hands a batch's log and chain lines to the OS (the log first). */
    private void append(byte[] logBytes, int logLength, long logLines, byte[] chainBytes, int chainLength)
            throws IOException {
        try {
            if (log != null && logBytes != null) {
                log.write(logBytes, 0, logLength);
            }
            chain.write(chainBytes, 0, chainLength);
            chain.flush(); // drains the log first
            lines += logLines;
        } catch (IOException e) {
            lines += logLines - (log == null ? 0 : log.notWritten((byte) '\n')); // the lines that reached the log
            throw e;
        }
    }

    /** Waits for the checkpoint syncing, then writes what was held meanwhile; throws the first failure. */
    private void release() throws IOException {
        Future<?> s = syncing;
        syncing = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    s.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the note is being written: it is not left half-way
                }
            }
        } catch (ExecutionException e) {
            held.clear();
            heldBytes = 0;
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        while (!held.isEmpty()) {
            Held h = held.poll();
            heldBytes -= (h.log() == null ? 0 : h.log().length) + h.chain().length;
            append(h.log(), h.log() == null ? 0 : h.log().length, h.logLines(), h.chain(), h.chain().length);
        }
    }

    /** Lines of the raw log that reached the file (every one handed over, or after a failure those before it). */
    public long lines() {
        return lines;
    }

    /** The first failed write of these files (file and reason), or null. */
    public IOException failure() {
        return fault.get();
    }

    /** Closes the files; after a failed write only releases them. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (notes;
                chain) {
            try {
                if (syncing != null) {
                    release();
                }
            } finally {
                if (syncer != null) {
                    syncer.shutdown();
                }
                if (log != null) {
                    log.close();
                }
            }
        }
    }
}
