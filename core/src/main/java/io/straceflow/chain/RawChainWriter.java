package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Writes {@code syscalls.log} byte for byte as strace printed it, and chains it in the sidecar
 * {@code syscalls.log.chain}: one record {@code {"_seq":N,"n":LEN,"c":"crc32c","_h":"tag"}} per raw line, whose chain
 * value hashes the raw bytes themselves. LEN (bytes including the newline) and the CRC only let the verifier tell a
 * deleted, swapped or duplicated raw line from an edited one; integrity comes from the chain. The raw file is always
 * drained before the sidecar, so after a crash the sidecar is never ahead of the log.
 */
public final class RawChainWriter implements Closeable {
    private final Path logFile;
    private final ChainOutput raw;
    private final ChainEngine engine;
    private final CRC32C crc = new CRC32C();
    private final byte[] payload = new byte[64];
    private boolean lastLineWritten;
    /** Lines handed to the log with their newline (buffered or written). */
    private long terminated;
    /** Bytes written to the log so far: where a line written in parts begins. */
    private long written;
    /** A line is being written in parts ({@link #appendPart}): its start in the log and its length so far. */
    private boolean partOpen;

    private long partStart;
    private long partLength;

    public RawChainWriter(Path logFile, ChainConfig cfg) throws IOException {
        if (java.nio.file.Files.exists(StreamFiles.rawChainOf(logFile))) {
            throw new java.nio.file.FileAlreadyExistsException(
                    StreamFiles.rawChainOf(logFile).toString());
        }
        this.logFile = logFile;
        OutputFile log = OutputFile.createNew(logFile, 1 << 18, null, new WriteFault());
        this.raw = log;
        ChainEngine e;
        try {
            e = ChainEngine.toFiles(
                    logFile.getFileName().toString(),
                    StreamFiles.rawChainOf(logFile),
                    StreamFiles.notesOf(logFile),
                    cfg,
                    log);
        } catch (IOException | RuntimeException ex) {
            log.close();
            throw ex;
        }
        this.engine = e;
    }

    /**
     * Writes the raw lines to {@code log}, the sidecar's records to {@code chain} and the checkpoint notes to {@code
     * notes} (e.g. {@link MemoryOutput}s, whose bytes a hashing stage hands on to a file sink). A line too long to hold
     * is chained from {@code logFile} once it ends, so its parts must have reached that file by then.
     */
    public RawChainWriter(Path logFile, ChainOutput log, ChainOutput chain, ChainOutput notes, ChainConfig cfg)
            throws IOException {
        this.logFile = logFile;
        this.raw = log;
        this.engine = new ChainEngine(logFile.getFileName().toString(), chain, notes, cfg, log);
    }

    /**
     * Appends one raw line (without its newline). {@code newline=false} only for a final line that had no terminator;
     * nothing may follow it.
     */
    public void append(byte[] line, int off, int len, boolean newline) throws IOException {
        checkAppend(line, off, len);
        if (partOpen) {
            throw new IllegalStateException("a line written in parts is not ended");
        }
        written += len + (newline ? 1 : 0);
        raw.write(line, off, len);
        if (newline) {
            raw.write((byte) '\n');
            terminated++;
        } else {
            lastLineWritten = true;
        }
        crc.reset();
        crc.update(line, off, len);
        if (newline) {
            crc.update('\n');
        }
        int n = rawPayload(len + (newline ? 1 : 0), (int) crc.getValue());
        engine.append(payload, 0, n, line, off, len, newline, false, true); // our own digits: no line break
    }

    private void checkAppend(byte[] line, int off, int len) {
        if (lastLineWritten) {
            throw new IllegalStateException("a line without newline must be the last one");
        }
        for (int i = off; i < off + len; i++) {
            if (line[i] == '\n') {
                throw new IllegalArgumentException("raw line holds a newline");
            }
        }
    }

    /**
     * Appends part of a line too long to hold in memory (without newline); more parts may follow, then {@link
     * #endLine}. The parts go to the log as they come; the line's record is made when it ends.
     */
    public void appendPart(byte[] part, int off, int len) throws IOException {
        checkAppend(part, off, len);
        if (!partOpen) {
            partOpen = true;
            partStart = written;
            partLength = 0;
            crc.reset();
        }
        raw.write(part, off, len);
        crc.update(part, off, len);
        partLength += len;
        written += len;
    }

    /**
     * Ends the line written in parts, with a newline or (the end of the trace) without, and chains it: its record
     * covers exactly the bytes of the log, read back from the file so that the line is never whole in memory.
     */
    public void endLine(boolean newline) throws IOException {
        if (!partOpen) {
            throw new IllegalStateException("no line written in parts");
        }
        if (newline) {
            raw.write((byte) '\n');
            terminated++;
            crc.update('\n');
            partLength++;
            written++;
        } else {
            lastLineWritten = true;
        }
        partOpen = false;
        raw.flush();
        int n = rawPayload(partLength, (int) crc.getValue());
        long from = partStart;
        long length = partLength;
        engine.appendCovering(payload, 0, n, hasher -> cover(hasher, from, length));
    }

    /**
     * Feeds the log's bytes {@code [from, from + length)} to the chain: from the log file, except, when the log goes
     * to memory, the bytes not yet taken from there (those before them were handed on and are in the file).
     */
    private void cover(ChainHasher hasher, long from, long length) throws IOException {
        if (!(raw instanceof MemoryOutput m)) {
            hasher.update(logFile, from, length);
            return;
        }
        long inFile = written - m.size(); // bytes of the log handed on before this batch
        long fromFile = Math.max(0, Math.min(length, inFile - from));
        if (fromFile > 0) {
            hasher.update(logFile, from, fromFile);
        }
        int memStart = (int) Math.max(0, from + fromFile - inFile);
        hasher.update(m.bytes(), memStart, (int) (length - fromFile));
    }

    /** {@code "n":LEN,"c":"xxxxxxxx"} into {@link #payload}; returns its length. */
    private int rawPayload(long length, int crcValue) {
        byte[] p = payload;
        int pos = put(p, 0, "\"n\":");
        pos = Bytes.putDecimal(p, pos, length);
        pos = put(p, pos, ",\"c\":\"");
        byte[] c = {(byte) (crcValue >>> 24), (byte) (crcValue >>> 16), (byte) (crcValue >>> 8), (byte) crcValue};
        Bytes.hex(c, 4, p, pos);
        pos += 8;
        p[pos++] = '"';
        return pos;
    }

    private static int put(byte[] b, int pos, String s) {
        byte[] a = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(a, 0, b, pos, a.length);
        return pos + a.length;
    }

    public void flush() throws IOException {
        engine.flush();
    }

    /**
     * Lines in the log: every line appended once {@link #flush} returned, and after a failed write the lines that
     * reached the file before it (the verifier finds each one, chained or not yet chained).
     */
    public long linesWritten() {
        int notWritten = raw instanceof OutputFile f ? f.notWritten((byte) '\n') : 0;
        return terminated - notWritten + (lastLineWritten && failure() == null ? 1 : 0);
    }

    /** Lines ended with their newline so far (in the log's order: the index of the next one). */
    public long linesEnded() {
        return terminated;
    }

    /** True while a line too long to hold is being written in parts. */
    public boolean inLongLine() {
        return partOpen;
    }

    /** Lines of the sidecar so far (records and control lines alike: the index of the next one). */
    public long chainLines() {
        return engine.lines();
    }

    /** The first failed write of the log, its sidecar or its notes (file and reason), or null. */
    public IOException failure() {
        return engine.failure();
    }

    public void checkpoint() throws IOException {
        engine.checkpoint(false);
    }

    @Override
    public void close() throws IOException {
        try (raw) {
            if (partOpen && failure() == null) {
                endLine(false); // the trace stopped inside a long line: chain the part that was written
            }
            engine.close();
        }
    }
}
