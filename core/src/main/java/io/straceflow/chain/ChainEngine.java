package io.straceflow.chain;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes one chained JSONL file and its checkpoint notes: assigns seq, computes chain value and tag, takes
 * checkpoints and evolves the key. Shared by the JSONL writer (records are the payload) and the raw writer (records
 * describe raw lines in a sidecar). Single-threaded: one engine, one digest, one thread.
 */
final class ChainEngine implements Closeable {
    /**
     * Format version in every open record. 2: the output directory's run.json is sealed by {@code run.json.chain}
     * ({@link ManifestSeal}); 1 (still verified): no seal. Records and notes are the same in both.
     */
    static final int VERSION = 2;

    private static final byte[] RESERVED = RecordFormat.ascii("\"_");

    private final String stream;
    private final String origin;
    private final ChainConfig cfg;
    private final ChainOutput before;
    private final ChainOutput out;
    private final ChainOutput notes;
    private final ChainHasher hasher;
    private final KeySchedule keys;
    private final byte[] tag = new byte[RecordFormat.TAG_BYTES];
    private byte[] line = new byte[1024];
    private long seq;
    private long epoch;
    private long sinceCheckpoint;
    private long lastCheckpointMillis;
    private boolean checkpointPending;
    private boolean closed;

    /** A chain written to {@code chainFile} and {@code notesFile}, both created new (fails if either exists). */
    static ChainEngine toFiles(String stream, Path chainFile, Path notesFile, ChainConfig cfg, OutputFile before)
            throws IOException {
        for (Path p : new Path[] {chainFile, notesFile}) {
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(p.toString());
            }
        }
        WriteFault fault = before != null ? before.fault() : new WriteFault();
        OutputFile out = OutputFile.createNew(chainFile, 1 << 16, before, fault);
        OutputFile notes = OutputFile.createNew(notesFile, 4096, null, fault);
        return new ChainEngine(stream, out, notes, cfg, before);
    }

    /**
     * A chain whose records go to {@code out} and checkpoint notes to {@code notes}; {@code before} (or null) is the
     * output whose bytes the records cover (a raw log), synced before them at a checkpoint. Writes the open record.
     */
    ChainEngine(String stream, ChainOutput out, ChainOutput notes, ChainConfig cfg, ChainOutput before)
            throws IOException {
        this.stream = stream;
        this.cfg = cfg;
        this.before = before;
        this.origin = CheckpointNote.origin(cfg.host(), cfg.runId(), stream);
        this.hasher = new ChainHasher(stream);
        this.keys = cfg.keyed() ? new KeySchedule(cfg.masterKey(), stream) : null;
        this.out = out;
        this.notes = notes;
        this.lastCheckpointMillis = cfg.clock().millis();
        byte[] open = openPayload();
        int n = writeRecord(open, 0, open.length, null, 0, 0, false);
        out.flush();
        cfg.controlLineListener().accept(stream, Arrays.copyOf(line, n));
    }

    private byte[] openPayload() {
        JsonStringEncoder enc = JsonStringEncoder.getInstance();
        String signer = cfg.signingKey() == null
                ? "null"
                : "\"" + Bytes.hex(CheckpointNote.keyId(cfg.signingKey().generatePublicKey())) + "\"";
        String json = "\"_ctl\":\"open\",\"v\":" + VERSION + ",\"stream\":\"" + new String(enc.quoteAsString(stream))
                + "\",\"run\":\"" + new String(enc.quoteAsString(cfg.runId())) + "\",\"host\":\""
                + new String(enc.quoteAsString(cfg.host())) + "\",\"mode\":\"" + (keys != null ? "keyed" : "unkeyed")
                + "\",\"signer\":" + signer + ",\"t\":" + lastCheckpointMillis;
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Accounts for a due checkpoint: its record is written first by the next append. */
    long nextSeq() {
        return seq + (checkpointPending ? 1 : 0);
    }

    /** Lines written to the chain so far (every line has its seq). */
    long lines() {
        return seq;
    }

    /**
     * Appends a data record: {@code payload} are JSON members without braces, {@code x} the raw bytes it covers (or
     * null) plus an optional newline. Returns a copy of the line when {@code copy}, else null. {@code generated}:
     * the payload comes from a JSON generator, which escapes line breaks in strings and writes no whitespace, so
     * the scan for them is skipped (it was 4 % of the downstream thread's time).
     */
    byte[] append(
            byte[] payload,
            int off,
            int len,
            byte[] x,
            int xOff,
            int xLen,
            boolean xNewline,
            boolean copy,
            boolean generated)
            throws IOException {
        beforeAppend(payload, off, len, generated);
        int n = writeRecord(payload, off, len, x, xOff, xLen, xNewline);
        byte[] result = copy ? Arrays.copyOf(line, n) : null;
        afterAppend();
        return result;
    }

    /** Bytes a record covers that are too many to hold in memory, fed to the chain piece by piece. */
    @FunctionalInterface
    interface Covered {
        void feed(ChainHasher hasher) throws IOException;
    }

    /**
     * Appends a data record like {@link #append} whose covered bytes X (a raw line too long
     * to hold) come from {@code covered}: the chain value is the same as if they had been given in memory.
     */
    void appendCovering(byte[] payload, int off, int len, Covered covered) throws IOException {
        beforeAppend(payload, off, len, true);
        int pos = beginRecord(payload, off, len);
        covered.feed(hasher);
        endRecord(pos);
        afterAppend();
    }

    private void beforeAppend(byte[] payload, int off, int len, boolean generated) throws IOException {
        ensureOpen();
        if (!generated && Bytes.hasLineBreak(payload, off, len)) {
            throw new IllegalArgumentException("payload holds a line break");
        }
        checkReserved(payload, off, len);
        if (checkpointPending) {
            checkpoint(false);
        }
    }

    private void afterAppend() {
        sinceCheckpoint++;
        // taken at the next call, so that the caller ships this record before the checkpoint line
        checkpointPending = sinceCheckpoint >= cfg.everyRecords() || checkpointDueByTime();
    }

    private static void checkReserved(byte[] p, int off, int len) {
        if (len > 0 && Bytes.startsWith(p, off, len, RESERVED)) {
            throw new IllegalArgumentException("payload members starting with \"_ are reserved for the chain");
        }
    }

    private boolean checkpointDueByTime() {
        return sinceCheckpoint > 0 && cfg.clock().millis() - lastCheckpointMillis >= cfg.everyMillis();
    }

    /** Builds, hashes, tags and buffers one record; returns its length in {@link #line}. */
    private int writeRecord(byte[] payload, int pOff, int pLen, byte[] x, int xOff, int xLen, boolean xNewline)
            throws IOException {
        int pos = beginRecord(payload, pOff, pLen);
        if (x != null) {
            hasher.update(x, xOff, xLen);
        }
        if (xNewline) {
            hasher.update((byte) '\n');
        }
        return endRecord(pos);
    }

    /** Puts P (seq and payload) into {@link #line} and into the hasher; returns where the tag goes. */
    private int beginRecord(byte[] payload, int pOff, int pLen) {
        int need = RecordFormat.SEQ_PREFIX.length + 20 + 1 + pLen + RecordFormat.SUFFIX + 1;
        if (line.length < need) {
            line = new byte[Math.max(need, line.length * 2)];
        }
        byte[] b = line;
        System.arraycopy(RecordFormat.SEQ_PREFIX, 0, b, 0, RecordFormat.SEQ_PREFIX.length);
        int pos = Bytes.putDecimal(b, RecordFormat.SEQ_PREFIX.length, seq);
        if (pLen > 0) {
            b[pos++] = ',';
            System.arraycopy(payload, pOff, b, pos, pLen);
            pos += pLen;
        }
        hasher.begin();
        hasher.update(b, 0, pos);
        return pos;
    }

    /** Ends the record begun at {@link #beginRecord}: chain value, tag, buffered line; returns its length. */
    private int endRecord(int pos) throws IOException {
        byte[] b = line;
        byte[] g = hasher.finish();
        if (keys != null) {
            keys.tag(g, tag);
        } else {
            System.arraycopy(g, 0, tag, 0, tag.length);
        }
        System.arraycopy(RecordFormat.TAG_PREFIX, 0, b, pos, RecordFormat.TAG_PREFIX.length);
        pos += RecordFormat.TAG_PREFIX.length;
        Bytes.hex(tag, tag.length, b, pos);
        pos += 2 * tag.length;
        b[pos++] = '"';
        b[pos++] = '}';
        b[pos++] = '\n';
        out.write(b, 0, pos);
        seq++;
        return pos;
    }

    /** Takes a checkpoint if one is due (by count or time), else hands buffered records to the OS. */
    void flush() throws IOException {
        ensureOpen();
        if (checkpointPending || checkpointDueByTime()) {
            checkpoint(false);
        } else {
            out.flush();
        }
    }

    /**
     * Seals the epoch: chained ckpt record, data on disk, signed note appended to the notes file, key evolved and the
     * old one erased, then the listener. A crash between record and note leaves a ckpt record without note at the very
     * end, which the verifier reports as an unsealed tail, not as tampering.
     */
    void checkpoint(boolean last) throws IOException {
        long t = cfg.clock().millis();
        String ctl = "\"_ctl\":\"" + (last ? "close" : "ckpt") + "\",\"epoch\":" + epoch + ",\"t\":" + t;
        byte[] ctlBytes = ctl.getBytes(StandardCharsets.US_ASCII);
        int n = writeRecord(ctlBytes, 0, ctlBytes.length, null, 0, 0, false);
        byte[] ctlLine = Arrays.copyOf(line, n);
        byte[] head = hasher.head().clone();
        if (cfg.fsync()) {
            if (before != null) {
                before.sync();
            }
            out.sync();
        } else {
            out.flush();
        }
        String body = CheckpointNote.body(origin, seq, head, epoch, t, last);
        CheckpointNote.Note note = CheckpointNote.sign(body, cfg.signingKey());
        byte[] noteBytes = note.text().getBytes(StandardCharsets.UTF_8);
        notes.write(noteBytes, 0, noteBytes.length);
        if (cfg.fsync()) {
            notes.sync();
        } else {
            notes.flush();
        }
        Checkpoint cp = new Checkpoint(stream, origin, seq, head, epoch, t, last, note.text(), ctlLine);
        if (keys != null) {
            if (last) {
                keys.erase();
            } else {
                keys.evolve();
            }
        }
        epoch++;
        sinceCheckpoint = 0;
        checkpointPending = false;
        lastCheckpointMillis = t;
        cfg.controlLineListener().accept(stream, ctlLine.clone());
        cfg.checkpointListener().accept(cp);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("chain writer for " + stream + " is closed");
        }
    }

    /** The first failed write of this stream's files (file and reason), or null: the writer is then unusable. */
    IOException failure() {
        return out.failure();
    }

    /** Seals and closes; after a failed write it only releases the files (that failure was thrown already). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out;
                notes) {
            if (failure() == null) {
                checkpoint(true);
            }
        }
    }
}
