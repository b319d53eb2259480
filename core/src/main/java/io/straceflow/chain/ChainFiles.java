package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Appends one stream's stamped bytes to its files in the output directory: the raw log (raw stream only), the chain
 * file (the JSONL stream itself, or the raw stream's sidecar) and the checkpoint notes. Each file is created new with
 * owner-only permissions (fails if it exists). Order makes a crash look like one: the log reaches the file before the
 * sidecar that covers it, and a note only after the lines it seals (made durable first when asked). After the first
 * failed write (a full disk) nothing more is written: the verifier then sees an unsealed tail, not tampering.
 */
public final class ChainFiles implements Closeable {
    private final WriteFault fault;
    private final OutputFile log;
    private final OutputFile chain;
    private final OutputFile notes;
    private long lines;
    private boolean closed;

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
     * lines, then the notes; {@code sync}: make the data durable before the notes. Hands everything to the OS before
     * it returns, so a reader (tail -f) sees each batch.
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
        try {
            if (log != null && logBytes != null) {
                log.write(logBytes, 0, logLength);
            }
            chain.write(chainBytes, 0, chainLength);
            if (sync) {
                chain.sync(); // drains the log first
                if (log != null) {
                    log.sync();
                }
            } else {
                chain.flush();
            }
            lines += logLines;
        } catch (IOException e) {
            lines += logLines - (log == null ? 0 : log.notWritten((byte) '\n')); // the lines that reached the log
            throw e;
        }
        if (notesLength > 0) {
            notes.write(noteBytes, 0, notesLength);
            if (sync) {
                notes.sync();
            } else {
                notes.flush();
            }
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
            if (log != null) {
                log.close();
            }
        }
    }
}
