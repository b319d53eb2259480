package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The raw log read alongside its sidecar: hands out raw line i for data record i and, when a line does not match its
 * record, tells a deleted, swapped or duplicated line from an edited one by looking at the neighbouring records.
 * A line longer than {@link #IN_MEMORY} is not held: it is matched by its length and CRC and read again from the file
 * for its hash.
 */
final class RawLines implements Closeable {
    /** Raw lines up to this long are held for matching and hashing; longer ones are read twice, never held. */
    static final int IN_MEMORY = 4 << 20;

    private final Path rawFile;
    private final Path chainFile;
    private final LineReader reader;
    private final String name;
    private long index; // data records matched so far

    /** One raw line: its bytes with newline when held, else its length, CRC and offset in the file. */
    private record Line(byte[] bytes, long length, int crc, long offset) {
        boolean matches(RawRecord rec) {
            return bytes != null ? rec.matches(bytes) : rec.matches(length, crc);
        }

        long size() {
            return bytes != null ? bytes.length : length;
        }
    }

    RawLines(Path rawFile, Path chainFile) throws IOException {
        this.rawFile = rawFile;
        this.chainFile = chainFile;
        this.reader = new LineReader(rawFile, IN_MEMORY);
        this.name = rawFile.getFileName().toString();
    }

    private Line current() {
        return reader.held()
                ? new Line(reader.lineWithNewline(), 0, 0, reader.offset())
                : new Line(null, reader.skippedLength(), reader.skippedCrc(), reader.offset());
    }

    /** Feeds the raw bytes (with newline) chained by data record {@code rec} at {@code seq} to {@code hasher}. */
    void take(RawRecord rec, long seq, ChainHasher hasher) throws IOException, Stop {
        if (!reader.next()) {
            throw stop(Reason.TRUNCATED_TAIL, index + 1, seq, -1, name + " ends before the line chained at seq " + seq);
        }
        Line x = current();
        if (x.matches(rec)) {
            index++;
            feed(x, hasher);
            return;
        }
        long line = reader.lineNo();
        long offset = reader.offset();
        if (!reader.newline() && x.size() < rec.length()) {
            throw stop(Reason.TORN_LINE, line, seq, offset, "last raw line cut short although its chain record exists");
        }
        RawRecord[] around = neighbours();
        Line nextLine = reader.next() ? current() : null;
        if (around[1] != null && x.matches(around[1])) {
            if (nextLine != null && nextLine.matches(rec)) {
                throw stop(Reason.REORDERED, line, seq, offset, "raw line " + line + " belongs one place later");
            }
            throw stop(Reason.SEQ_GAP, line, seq, offset, "the raw line chained at seq " + seq + " is missing");
        }
        if (around[0] != null && x.matches(around[0])) {
            throw stop(Reason.DUPLICATE, line, seq, offset, "raw line repeats the line before it");
        }
        throw stop(Reason.MAC_MISMATCH, line, seq, offset, "raw line differs from the bytes chained at seq " + seq);
    }

    /** The bytes of {@code x}, from memory or read again from the log. */
    private void feed(Line x, ChainHasher hasher) throws IOException {
        if (x.bytes() != null) {
            hasher.update(x.bytes(), 0, x.bytes().length);
        } else {
            hasher.update(rawFile, x.offset(), x.length());
        }
    }

    /** Data records index-1 and index+1 of the sidecar (null where absent); failure path only. */
    private RawRecord[] neighbours() throws IOException {
        RawRecord[] out = new RawRecord[2];
        long i = 0;
        try (LineReader r = new LineReader(chainFile)) {
            while (r.next() && i <= index + 1) {
                RecordFormat.Frame f = RecordFormat.parse(r.data(), r.off(), r.len());
                if (f == null || f.control()) {
                    continue;
                }
                RawRecord rec = RawRecord.parse(r.data(), r.off() + f.seqEnd(), r.off() + f.pLen());
                if (i == index - 1) {
                    out[0] = rec;
                } else if (i == index + 1) {
                    out[1] = rec;
                }
                i++;
            }
        }
        return out;
    }

    /** After the sidecar ends: raw lines it does not cover fail a sealed stream and only warn an unsealed one. */
    void finish(boolean sealed, List<Finding> findings) throws IOException, Stop {
        long extra = 0;
        long firstLine = -1;
        long firstOffset = -1;
        boolean torn = false;
        while (reader.next()) {
            if (extra++ == 0) {
                firstLine = reader.lineNo();
                firstOffset = reader.offset();
            }
            torn = !reader.newline();
        }
        if (extra == 0) {
            return;
        }
        if (sealed) {
            throw stop(Reason.EXTRA_DATA, firstLine, -1, firstOffset, extra + " raw lines after the sealed end");
        }
        findings.add(Finding.warn(
                Reason.UNSEALED_TAIL,
                name,
                firstLine,
                -1,
                firstOffset,
                extra + " raw lines not yet chained (writer stopped)"));
        if (torn) {
            findings.add(Finding.warn(
                    Reason.TORN_LINE, name, reader.lineNo(), -1, reader.offset(), "last raw line has no newline"));
        }
    }

    private Stop stop(Reason r, long line, long seq, long offset, String detail) {
        return new Stop(Finding.fail(r, name, line, seq, offset, detail));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
