package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one chained JSONL stream ({@code events.jsonl}, ...): every line is {@code {"_seq":N,<payload>,"_h":"tag"}}
 * and checkpoint notes go to {@code <file>.ckpt}. One writer per stream, used by one thread.
 */
public final class JsonlChainWriter implements Closeable {
    private final ChainEngine engine;

    /** Creates {@code file} and {@code file.ckpt} with owner-only permissions; fails if either exists. */
    public JsonlChainWriter(Path file, ChainConfig cfg) throws IOException {
        String stream = file.getFileName().toString();
        this.engine = ChainEngine.toFiles(stream, file, StreamFiles.notesOf(file), cfg, null);
    }

    /**
     * Writes the chain of {@code stream} (a file name, e.g. {@code events.jsonl}) to {@code out} and its checkpoint
     * notes to {@code notes} (e.g. {@link MemoryOutput}s, whose bytes a hashing stage hands on to its sinks).
     */
    public JsonlChainWriter(String stream, ChainOutput out, ChainOutput notes, ChainConfig cfg) throws IOException {
        this.engine = new ChainEngine(stream, out, notes, cfg, null);
    }

    /** Seq of the next line of the chain (records and control lines alike): its line index in the file. */
    public long lines() {
        return engine.lines();
    }

    /**
     * The seq the next {@link #append} gets; stable until that call. A checkpoint that falls due after a record is
     * taken at the start of the next append or flush (so the caller ships a record before the checkpoint that
     * follows it), and this value already leaves room for it.
     */
    public long nextSeq() {
        return engine.nextSeq();
    }

    /**
     * Appends one record. {@code payloadFields} are JSON object members without braces (e.g.
     * {@code "type":"syscall","pid":1}), without line breaks, not starting with a reserved {@code "_} member.
     *
     * @return the exact line bytes written, including the final newline
     */
    public byte[] append(byte[] payloadFields) throws IOException {
        return engine.append(payloadFields, 0, payloadFields.length, null, 0, 0, false, true, false);
    }

    /**
     * Appends one record from {@code payload[off, off + len)} as written by a JSON generator (compact: it escapes
     * line breaks in strings, so they are not looked for; otherwise the rules of {@link #append(byte[])}) without
     * returning a copy of the line.
     *
     * @return the record's seq
     */
    public long append(byte[] payload, int off, int len) throws IOException {
        long seq = engine.nextSeq();
        engine.append(payload, off, len, null, 0, 0, false, false, true);
        return seq;
    }

    /**
     * Call at the end of each batch: takes a checkpoint if one is due (by count or by time), else hands the buffered
     * bytes to the OS. After an IOException from any method the writer is unusable: every later write throws the same
     * failure and writes nothing, {@link #close} only releases the files.
     */
    public void flush() throws IOException {
        engine.flush();
    }

    /** The first failed write of the stream or its notes (file and reason), or null: then the writer is unusable. */
    public IOException failure() {
        return engine.failure();
    }

    /** Takes a checkpoint now (e.g. from an idle timer on the writer's thread). */
    public void checkpoint() throws IOException {
        engine.checkpoint(false);
    }

    /** Final checkpoint, seal record and close. */
    @Override
    public void close() throws IOException {
        engine.close();
    }
}
