package io.straceflow.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Verifies one chained file (a JSONL stream, or the sidecar of a raw stream together with the raw log) against its
 * checkpoint notes. The mode comes from the verifier's options; the key epoch from the position of the checkpoint
 * records; the stream name from the file name. Stops at the first failure.
 */
final class ChainFileVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path chainFile;
    private final String stream;
    private final VerifyOptions opts;
    private final Path rawFile;
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private final byte[] tag = new byte[RecordFormat.TAG_BYTES];
    private final byte[] tagHex = new byte[2 * RecordFormat.TAG_BYTES];

    private String mode = "?";
    private String runId;
    private String origin;
    private KeySchedule keys;
    private boolean checkTags;
    private long dataRecordCount;
    private int epoch;
    private long lastSealedSeq = -1;
    private boolean closed;
    private boolean signed;
    private int version;
    private byte[] noteTail;
    private Consumer<byte[]> dataRecords;

    /** @param rawFile the raw log the sidecar {@code chainFile} covers, or null for a JSONL stream */
    ChainFileVerifier(Path chainFile, String stream, VerifyOptions opts, Path rawFile) {
        this.chainFile = chainFile;
        this.stream = stream;
        this.opts = opts;
        this.rawFile = rawFile;
        this.file = chainFile.getFileName().toString();
    }

    /** Hands every data record (its line without the newline) to {@code sink} once its tag is checked. */
    ChainFileVerifier dataRecords(Consumer<byte[]> sink) {
        this.dataRecords = sink;
        return this;
    }

    /** After {@link #verify()}: whether the file ended with its close record. */
    boolean closed() {
        return closed;
    }

    StreamResult verify() {
        try {
            run();
        } catch (Stop s) {
            findings.add(s.finding());
        } catch (IOException e) {
            findings.add(Finding.fail(Reason.IO_ERROR, file, -1, -1, -1, IoErrors.describe(e)));
        } catch (RuntimeException e) {
            findings.add(Finding.fail(Reason.IO_ERROR, file, -1, -1, -1, String.valueOf(e.getMessage())));
        } finally {
            if (keys != null) {
                keys.erase();
            }
        }
        return new StreamResult(
                stream, dataRecordCount, epoch, mode, opts.publicKey() != null, runId, version, List.copyOf(findings));
    }

    private void run() throws IOException, Stop {
        Path notesFile = StreamFiles.notesOf(chainFile.resolveSibling(stream));
        CheckpointNote.NoteFile noteFile = CheckpointNote.readAll(notesFile);
        List<CheckpointNote.Note> notes = noteFile.notes();
        noteTail = noteFile.tail();
        ChainHasher hasher = new ChainHasher(stream);
        long expected = 0;
        try (LineReader r = new LineReader(chainFile);
                RawLines raw = rawFile == null ? null : new RawLines(rawFile, chainFile)) {
            while (r.next()) {
                byte[] b = r.data();
                int off = r.off();
                int len = r.len();
                if (closed) {
                    throw stop(Reason.EXTRA_DATA, r, -1, "data after the close record");
                }
                if (!r.newline()) {
                    if (notes.size() > epoch) {
                        throw truncated(notes, expected);
                    }
                    findings.add(Finding.warn(
                            Reason.TORN_LINE, file, r.lineNo(), expected, r.offset(), "last line cut short (crash?)"));
                    break;
                }
                RecordFormat.Frame f = RecordFormat.parse(b, off, len);
                if (f == null) {
                    boolean torn = RecordFormat.holdsAnotherRecord(b, off, len);
                    throw stop(
                            torn ? Reason.TORN_LINE : Reason.MALFORMED_LINE,
                            r,
                            expected,
                            torn ? "line cut short and joined to the next record" : "not a chained record");
                }
                long seq = f.seq();
                if (seq != expected) {
                    throw new Stop(SeqClassifier.classify(chainFile, r, seq, expected));
                }
                String ctl = null;
                if (f.control()) {
                    ctl = controlKind(b, off, len, r);
                }
                if (seq == 0) {
                    open(b, off, len, ctl, r);
                } else if ("open".equals(ctl)) {
                    throw stop(Reason.MALFORMED_LINE, r, seq, "a second open record");
                }
                RawRecord rec = null;
                if (raw != null && ctl == null) {
                    rec = RawRecord.parse(b, off + f.seqEnd(), off + f.pLen());
                    if (rec == null) {
                        throw stop(Reason.MALFORMED_LINE, r, seq, "not a raw line record");
                    }
                }
                hasher.begin();
                hasher.update(b, off, f.pLen());
                if (rec != null) {
                    raw.take(rec, seq, hasher); // the raw line it covers, after P
                }
                byte[] g = hasher.finish();
                if (checkTags && !tagMatches(g, b, off + f.pLen() + RecordFormat.TAG_PREFIX.length)) {
                    throw tagMismatch(b, off, len, r, seq);
                }
                if ("ckpt".equals(ctl) || "close".equals(ctl)) {
                    checkpoint(b, off, len, seq, g, "close".equals(ctl), notes, r);
                } else if (ctl == null) {
                    dataRecordCount++;
                    if (dataRecords != null) {
                        dataRecords.accept(Arrays.copyOfRange(b, off, off + len));
                    }
                }
                expected++;
            }
            if (notes.size() > epoch) {
                throw truncated(notes, expected);
            }
            if (noteTail != null) {
                throw new Stop(Finding.fail(
                        Reason.CHECKPOINT_MISMATCH,
                        notesFile.getFileName().toString(),
                        -1,
                        -1,
                        -1,
                        "the notes file holds " + noteTail.length
                                + " bytes after its last whole note that are no note of this chain"));
            }
            if (raw != null) {
                raw.finish(closed, findings);
            }
        }
        if (expected == 0) {
            findings.add(Finding.warn(Reason.UNSEALED_TAIL, file, 0, -1, 0, "empty stream (writer stopped at once)"));
        } else if (!closed) {
            String detail = lastSealedSeq + 1 == expected
                    ? "not closed: no close record after the last checkpoint (writer stopped?)"
                    : "not closed: records from seq " + (lastSealedSeq + 1) + " to " + (expected - 1)
                            + " are after the last checkpoint (writer stopped?)";
            findings.add(Finding.warn(Reason.UNSEALED_TAIL, file, -1, lastSealedSeq + 1, -1, detail));
        }
    }

    private Stop tagMismatch(byte[] b, int off, int len, LineReader r, long seq) {
        if (RecordFormat.holdsAnotherRecord(b, off, len)) {
            return stop(Reason.TORN_LINE, r, seq, "line cut short and joined to the next record");
        }
        String what = keys != null ? "MAC" : "hash";
        if (seq == 0 && keys != null) {
            return stop(Reason.MAC_MISMATCH, r, seq, "the open record's tag does not match: wrong key, or re-chained");
        }
        return stop(
                keys != null ? Reason.MAC_MISMATCH : Reason.HASH_MISMATCH,
                r,
                seq,
                what + " tag does not match: this record (or the chain before it) was changed");
    }

    private boolean tagMatches(byte[] g, byte[] b, int tagOff) {
        if (keys != null) {
            keys.tag(g, tag);
        } else {
            System.arraycopy(g, 0, tag, 0, tag.length);
        }
        Bytes.hex(tag, tag.length, tagHex, 0);
        return Arrays.equals(tagHex, 0, tagHex.length, b, tagOff, tagOff + tagHex.length);
    }

    /** Seq 0: the open record fixes run, host and mode; the mode must be what the verifier's options expect. */
    private void open(byte[] b, int off, int len, String ctl, LineReader r) throws Stop {
        JsonNode n = "open".equals(ctl) ? json(b, off, len, r) : null;
        if (n == null || !n.path("v").isInt() || !n.path("run").isTextual()) {
            throw stop(Reason.NO_OPEN_RECORD, r, 0, "first record is not an open record");
        }
        version = n.path("v").asInt();
        if (version < 1 || version > ChainEngine.VERSION) {
            throw stop(Reason.NO_OPEN_RECORD, r, 0, "format version " + version + " is unknown to this verifier");
        }
        if (!stream.equals(n.path("stream").asText())) {
            throw stop(
                    Reason.STREAM_MISMATCH,
                    r,
                    0,
                    "open record names stream '" + n.path("stream").asText() + "'");
        }
        String logMode = n.path("mode").asText();
        if (opts.key() != null) {
            if (!"keyed".equals(logMode)) {
                throw stop(Reason.MODE_MISMATCH, r, 0, "a key was given but the log says mode '" + logMode + "'");
            }
            keys = new KeySchedule(opts.key(), stream);
            mode = "keyed";
            checkTags = true;
        } else if ("unkeyed".equals(logMode)) {
            mode = "unkeyed";
            checkTags = true;
        } else if ("keyed".equals(logMode)) {
            mode = "public";
        } else {
            throw stop(Reason.NO_OPEN_RECORD, r, 0, "unknown mode '" + logMode + "'");
        }
        runId = n.path("run").asText();
        signed = n.path("signer").isTextual();
        origin = CheckpointNote.origin(n.path("host").asText(), runId, stream);
    }

    private void checkpoint(
            byte[] b, int off, int len, long seq, byte[] g, boolean last, List<CheckpointNote.Note> notes, LineReader r)
            throws Stop, IOException {
        JsonNode n = json(b, off, len, r);
        if (n.path("epoch").asLong(-1) != epoch || !n.path("t").canConvertToLong()) {
            throw stop(Reason.CHECKPOINT_MISMATCH, r, seq, "checkpoint record for epoch " + epoch + " is wrong");
        }
        boolean atEnd = !r.hasMore();
        String want = CheckpointNote.body(origin, seq + 1, g, epoch, n.path("t").asLong(), last);
        if (epoch < notes.size()) {
            CheckpointNote.Note note = notes.get(epoch);
            if (!note.body().equals(want)) {
                throw stop(
                        Reason.CHECKPOINT_MISMATCH, r, seq, "checkpoint note " + epoch + " disagrees with the chain");
            }
            boolean lastNote = atEnd && epoch == notes.size() - 1;
            if (lastNote
                    && signed
                    && note.signatureLines().isEmpty()
                    && (noteTail != null || opts.publicKey() != null)) {
                // a signed stream's last note read as unsigned: its signature line is missing or only begun
                byte[] whole = note.text().getBytes(StandardCharsets.UTF_8);
                cutNote(r, seq, epoch, noteTail == null ? whole : CheckpointNote.concat(whole, noteTail), want);
            } else if (opts.publicKey() != null
                    && (note.signatureLines().size() != 1 || !CheckpointNote.verify(note, opts.publicKey()))) {
                throw stop(Reason.BAD_SIGNATURE, r, seq, "checkpoint note " + epoch + " has no valid signature");
            }
        } else if (noteTail != null && atEnd) {
            cutNote(r, seq, epoch, noteTail, want);
        } else if (noteTail != null) {
            throw stop(Reason.CHECKPOINT_MISMATCH, r, seq, "checkpoint note " + epoch + " is not a well-formed note");
        } else if (!atEnd) {
            throw stop(Reason.CHECKPOINT_MISSING, r, seq, "checkpoint " + epoch + " has no note (notes stripped?)");
        } else {
            unsealedNote(r, seq, "last checkpoint record has no note (writer stopped while sealing)");
        }
        if (keys != null) {
            keys.evolve();
        }
        epoch++;
        lastSealedSeq = seq;
        closed = last;
    }

    /**
     * The last checkpoint record's note is not whole: a writer that dies while appending it leaves a prefix of the
     * note (a warning); anything else is a change.
     */
    private void cutNote(LineReader r, long seq, int epoch, byte[] cut, String want) throws Stop {
        if (!CheckpointNote.isCutOf(cut, want, signed)) {
            throw stop(
                    Reason.CHECKPOINT_MISMATCH,
                    r,
                    seq,
                    "checkpoint note " + epoch + " is neither the note the chain expects nor a start of it");
        }
        noteTail = null;
        unsealedNote(r, seq, "last checkpoint note is cut short (writer stopped while sealing)");
    }

    private void unsealedNote(LineReader r, long seq, String detail) {
        findings.add(Finding.warn(Reason.UNSEALED_TAIL, file, r.lineNo(), seq, r.offset(), detail));
    }

    private Stop truncated(List<CheckpointNote.Note> notes, long expected) {
        String[] last = notes.get(notes.size() - 1).body().split("\n", 3);
        String size = last.length > 1 ? last[1] : "?";
        return new Stop(Finding.fail(
                Reason.TRUNCATED_TAIL,
                file,
                -1,
                expected,
                -1,
                "checkpoint notes vouch for " + size + " records; the file holds " + expected));
    }

    private String controlKind(byte[] b, int off, int len, LineReader r) throws Stop {
        JsonNode n = json(b, off, len, r);
        return n.path("_ctl").asText();
    }

    private JsonNode json(byte[] b, int off, int len, LineReader r) throws Stop {
        try {
            return JSON.readTree(b, off, len);
        } catch (IOException e) {
            throw stop(Reason.MALFORMED_LINE, r, -1, "control record is not JSON");
        }
    }

    private Stop stop(Reason reason, LineReader r, long seq, String detail) {
        return new Stop(Finding.fail(reason, file, r.lineNo(), seq, r.offset(), detail));
    }
}
