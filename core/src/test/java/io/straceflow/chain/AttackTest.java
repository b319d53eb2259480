package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack catalogue of issue #6: each tampering is detected with the right reason at the right place. The run has
 * 45 data records per stream, a checkpoint every 10: events.jsonl is open(seq 0), data 1-10, ckpt 11, data 12-21,
 * ckpt 22, data 23-32, ckpt 33, data 34-43, ckpt 44, data 45-49, close 50.
 */
class AttackTest {
    static final int RECORDS = 45;

    @TempDir
    Path dir;

    Path events;
    Path raw;

    @BeforeEach
    void writeRun() throws IOException {
        TestRun.write(dir, TestRun.config(true, true, 10).build(), RECORDS);
        events = dir.resolve("events.jsonl");
        raw = dir.resolve(StreamFiles.RAW);
    }

    private VerifyReport verify() {
        return verify(TestRun.fullOptions());
    }

    private VerifyReport verify(VerifyOptions opts) {
        return new Verifier().verify(dir, opts);
    }

    private static Finding failure(VerifyReport r, String stream) {
        StreamResult s = r.stream(stream);
        assertThat(s.status()).as(s.toString()).isEqualTo(StreamResult.Status.FAIL);
        assertThat(r.exitCode()).isEqualTo(VerifyReport.EXIT_FAIL);
        return s.failure().orElseThrow();
    }

    /** The failure of {@code stream}, its only finding; every other stream, and run.json, verifies clean. */
    private static Finding onlyFailure(VerifyReport r, String stream) {
        Finding f = failure(r, stream);
        assertThat(r.stream(stream).findings()).as(r.toString()).containsExactly(f);
        assertThat(r.all())
                .as(r.toString())
                .hasSize(5)
                .filteredOn(s -> !s.stream().equals(stream))
                .hasSize(4)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(StreamResult.Status.OK));
        return f;
    }

    @Test
    void intactRunVerifiesInEveryMode() throws IOException {
        VerifyReport r = verify();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.streams()).hasSize(4).allSatisfy(s -> {
            assertThat(s.records()).isEqualTo(RECORDS);
            assertThat(s.checkpoints()).isEqualTo(5);
            assertThat(s.mode()).isEqualTo("keyed");
        });
        assertThat(r.manifest().status()).isEqualTo(StreamResult.Status.OK);
        assertThat(r.manifest().records()).isEqualTo(2); // run.json's versions: running, complete
        assertThat(r.manifest().checkpoints()).isEqualTo(3);
        assertThat(r.manifest().mode()).isEqualTo("keyed");
        VerifyReport pub = verify(VerifyOptions.of(null, TestRun.PUBLIC));
        assertThat(pub.exitCode()).isZero();
        assertThat(pub.stream("events.jsonl").mode()).isEqualTo("public");
        assertThat(Mutate.lines(events).get(0)).asString().startsWith("{\"_seq\":0,\"_ctl\":\"open\"");
    }

    @Test
    void oneByteEditedIsMacMismatchAtThatLine() throws IOException {
        Mutate.editByte(events, 5, 20);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(f.line()).isEqualTo(6);
        assertThat(f.seq()).isEqualTo(5);
        // without the key the edit still shows, at the next checkpoint
        assertThat(failure(verify(VerifyOptions.of(null, TestRun.PUBLIC)), "events.jsonl")
                        .reason())
                .isEqualTo(Reason.CHECKPOINT_MISMATCH);
    }

    @Test
    void oneByteEditedInRawLogIsMacMismatchAtThatRawLine() throws IOException {
        Mutate.editByte(raw, 3, 10);
        Finding f = failure(verify(), StreamFiles.RAW);
        assertThat(f.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(f.file()).isEqualTo(StreamFiles.RAW);
        assertThat(f.line()).isEqualTo(4);
    }

    @Test
    void lineDeletedIsSeqGap() throws IOException {
        Mutate.deleteLine(events, 5);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.SEQ_GAP);
        assertThat(f.seq()).isEqualTo(5);
        Mutate.deleteLine(raw, 3);
        assertThat(failure(verify(), StreamFiles.RAW).reason()).isEqualTo(Reason.SEQ_GAP);
    }

    @Test
    void twoLinesSwappedAreReordered() throws IOException {
        Mutate.swapLines(events, 5, 6);
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.REORDERED);
        Mutate.swapLines(raw, 3, 4);
        assertThat(failure(verify(), StreamFiles.RAW).reason()).isEqualTo(Reason.REORDERED);
    }

    @Test
    void lineMovedFarForwardIsReordered() throws IOException {
        List<byte[]> ls = Mutate.lines(events);
        ls.add(30, ls.remove(5));
        Mutate.write(events, ls);
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.REORDERED);
    }

    @Test
    void lineDuplicatedIsDuplicate() throws IOException {
        Mutate.duplicateLine(events, 5);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(f.line()).isEqualTo(7);
        Mutate.duplicateLine(raw, 3);
        assertThat(failure(verify(), StreamFiles.RAW).reason()).isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void tailTruncatedAfterTheLastCheckpointIsTruncatedTail() throws IOException {
        Mutate.keepLines(events, 47); // drops data 47-49 and the close record
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.TRUNCATED_TAIL);
    }

    @Test
    void tailTruncatedBeforeTheLastCheckpointIsTruncatedTail() throws IOException {
        Mutate.keepLines(events, 26);
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.TRUNCATED_TAIL);
        Mutate.keepLines(raw, 30);
        assertThat(failure(verify(), StreamFiles.RAW).reason()).isEqualTo(Reason.TRUNCATED_TAIL);
    }

    @Test
    void truncationWithTheNotesStrippedOnlyWarns() throws IOException {
        // documented limit: without the notes (ship them off-host) a cut after the last checkpoint looks like a crash
        Mutate.keepLines(events, 47);
        List<CheckpointNote.Note> notes =
                CheckpointNote.readAll(StreamFiles.notesOf(events)).notes();
        StringBuilder kept = new StringBuilder();
        notes.subList(0, notes.size() - 1).forEach(n -> kept.append(n.text())); // strip the close note
        Files.writeString(StreamFiles.notesOf(events), kept);
        VerifyReport r = verify();
        assertThat(r.stream("events.jsonl").status()).isEqualTo(StreamResult.Status.WARN);
        assertThat(r.stream("events.jsonl").warnings())
                .extracting(Finding::reason)
                .contains(Reason.UNSEALED_TAIL);
        assertThat(r.exitCode()).isEqualTo(VerifyReport.EXIT_WARN);
    }

    @Test
    void recordWithAnEarlierSeqAndOtherBytesIsSeqRewind() throws IOException {
        List<byte[]> ls = Mutate.lines(events);
        ls.add(21, Mutate.lines(dir.resolve("enriched.jsonl")).get(5)); // after seq 20: enriched's seq 5
        Mutate.write(events, ls);
        Finding f = onlyFailure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.SEQ_REWIND);
        assertThat(f.line()).isEqualTo(22);
        assertThat(f.seq()).isEqualTo(5);
    }

    @Test
    void lineThatIsNoChainedRecordIsMalformedLine() throws IOException {
        List<byte[]> ls = Mutate.lines(events);
        ls.add(8, "{\"type\":\"syscall\",\"pid\":1000}\n".getBytes(StandardCharsets.US_ASCII)); // JSON, no _seq/_h
        Mutate.write(events, ls);
        Finding f = onlyFailure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.MALFORMED_LINE);
        assertThat(f.line()).isEqualTo(9);
        assertThat(f.seq()).isEqualTo(8);
    }

    @Test
    void secondOpenRecordIsMalformedLine() throws IOException {
        List<byte[]> ls = Mutate.lines(events);
        ls.set(5, Mutate.replace(ls.get(0), "{\"_seq\":0,", "{\"_seq\":5,")); // the open record again, at seq 5
        Mutate.write(events, ls);
        Finding f = onlyFailure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.MALFORMED_LINE);
        assertThat(f.line()).isEqualTo(6);
        assertThat(f.seq()).isEqualTo(5);
    }

    @Test
    void controlRecordThatIsNoJsonIsMalformedLine() throws IOException {
        Mutate.replaceInLine(events, 11, "\"epoch\":0,", "\"epoch\":0,,"); // the first checkpoint record
        Finding f = onlyFailure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.MALFORMED_LINE);
        assertThat(f.line()).isEqualTo(12);
    }

    @Test
    void sidecarRecordThatIsNoRawLineRecordIsMalformedLine() throws IOException {
        Path sidecar = StreamFiles.rawChainOf(raw);
        Mutate.replaceInLine(sidecar, 3, ",\"n\":", ",\"m\":"); // framing intact, payload not {"n":LEN,"c":CRC}
        Finding f = onlyFailure(verify(), StreamFiles.RAW);
        assertThat(f.reason()).isEqualTo(Reason.MALFORMED_LINE);
        assertThat(f.file()).isEqualTo(sidecar.getFileName().toString());
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.seq()).isEqualTo(3);
    }

    @Test
    void dataRecordInPlaceOfTheOpenRecordIsNoOpenRecord() throws IOException {
        List<byte[]> ls = Mutate.lines(events);
        ls.set(0, Mutate.replace(ls.get(1), "{\"_seq\":1,", "{\"_seq\":0,"));
        Mutate.write(events, ls);
        Finding f = onlyFailure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.NO_OPEN_RECORD);
        assertThat(f.line()).isEqualTo(1);
        assertThat(f.seq()).isZero();
    }

    @Test
    void openRecordOfAnotherFormatVersionIsNoOpenRecord() throws IOException {
        Mutate.replaceInLine(events, 0, "\"v\":2,", "\"v\":3,");
        Finding f = onlyFailure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.NO_OPEN_RECORD);
        assertThat(f.line()).isEqualTo(1);
        assertThat(f.seq()).isZero();
    }

    @Test
    void openRecordOfAnUnknownModeIsNoOpenRecordWithoutAKey() throws IOException {
        Mutate.replaceInLine(events, 0, "\"mode\":\"keyed\"", "\"mode\":\"other\"");
        Finding f = onlyFailure(verify(VerifyOptions.of(null, TestRun.PUBLIC)), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.NO_OPEN_RECORD);
        assertThat(f.line()).isEqualTo(1);
        // with a key every stream must be keyed: that is checked first
        assertThat(onlyFailure(verify(), "events.jsonl").reason()).isEqualTo(Reason.MODE_MISMATCH);
    }

    @Test
    void recordAfterTheCloseRecordIsExtraData() throws IOException {
        List<byte[]> ls = Mutate.lines(events);
        assertThat(ls).hasSize(51);
        ls.add(ls.get(10).clone()); // a record of the run, after seq 50, the close record
        Mutate.write(events, ls);
        Finding f = onlyFailure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.EXTRA_DATA);
        assertThat(f.line()).isEqualTo(52);
    }

    @Test
    void rawLineAfterTheSealedEndIsExtraData() throws IOException {
        Files.write(raw, TestRun.rawLine(RECORDS), StandardOpenOption.APPEND); // the line the writer would write next
        Files.write(raw, new byte[] {'\n'}, StandardOpenOption.APPEND);
        Finding f = onlyFailure(verify(), StreamFiles.RAW);
        assertThat(f.reason()).isEqualTo(Reason.EXTRA_DATA);
        assertThat(f.file()).isEqualTo(StreamFiles.RAW);
        assertThat(f.line()).isEqualTo(RECORDS + 1);
    }

    @Test
    void lineCutInHalfIsTornLine() throws IOException {
        Mutate.cutLine(events, 5);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.TORN_LINE);
        assertThat(f.line()).isEqualTo(6);
    }

    @Test
    void twoRunsSplicedFailAtTheJoin(@TempDir Path other) throws IOException {
        TestRun.write(other, TestRun.config(true, true, 10).runId("run-2").build(), RECORDS);
        List<byte[]> a = Mutate.lines(events);
        List<byte[]> b = Mutate.lines(other.resolve("events.jsonl"));
        List<byte[]> spliced = new java.util.ArrayList<>(a.subList(0, 20));
        spliced.addAll(b.subList(20, b.size()));
        Mutate.write(events, spliced);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(f.seq()).isEqualTo(20);
    }

    @Test
    void wholeStreamFromAnotherRunIsRunMismatch(@TempDir Path other) throws IOException {
        TestRun.write(other, TestRun.config(true, true, 10).runId("run-2").build(), RECORDS);
        for (Path p : List.of(events, StreamFiles.notesOf(events))) {
            Files.copy(other.resolve(p.getFileName()), p, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.RUN_MISMATCH);
    }

    @Test
    void runIdChangedInOneOpenRecordFailsThatStreamAlone() throws IOException {
        // the directory's run is the one the files that verified agree on, not the first stream's
        Mutate.replaceInLine(StreamFiles.rawChainOf(raw), 0, "\"run\":\"run-1\"", "\"run\":\"run-X\"");
        Finding f = onlyFailure(verify(), StreamFiles.RAW);
        assertThat(f.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(f.seq()).isZero();
        assertThat(f.file()).isEqualTo("syscalls.log.chain");
    }

    @Test
    void recordMovedToAnotherStreamIsMacMismatch() throws IOException {
        List<byte[]> ev = Mutate.lines(events);
        ev.set(5, Mutate.lines(dir.resolve("enriched.jsonl")).get(5));
        Mutate.write(events, ev);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(f.seq()).isEqualTo(5);
        // unkeyed too: the stream name is part of every chain value
        assertThat(failure(verify(VerifyOptions.of(null, null)), "events.jsonl").reason())
                .isEqualTo(Reason.CHECKPOINT_MISMATCH);
    }

    @Test
    void wholeStreamRenamedIsStreamMismatch() throws IOException {
        Path enriched = dir.resolve("enriched.jsonl");
        Files.copy(enriched, events, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(StreamFiles.notesOf(enriched), StreamFiles.notesOf(events), StandardCopyOption.REPLACE_EXISTING);
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.STREAM_MISMATCH);
    }

    @Test
    void streamRehashedWithoutTheKeyIsMacMismatch(@TempDir Path forger) throws IOException {
        // the forger edits freely and re-chains everything, with a key of their own and no signing key
        TestRun.write(
                forger,
                TestRun.config(false, false, 10).masterKey(TestRun.seq(32, 7)).build(),
                RECORDS);
        replaceEvents(forger);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(f.seq()).isZero();
        assertThat(failure(verify(VerifyOptions.of(null, TestRun.PUBLIC)), "events.jsonl")
                        .reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void streamRehashedAsUnkeyedIsModeMismatch(@TempDir Path forger) throws IOException {
        TestRun.write(forger, TestRun.config(false, false, 10).build(), RECORDS);
        replaceEvents(forger);
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.MODE_MISMATCH);
    }

    private void replaceEvents(Path from) throws IOException {
        for (Path p : List.of(events, StreamFiles.notesOf(events))) {
            Files.copy(from.resolve(p.getFileName()), p, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void checkpointNotesStrippedIsCheckpointMissing() throws IOException {
        Files.delete(StreamFiles.notesOf(events));
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.CHECKPOINT_MISSING);
        assertThat(f.seq()).isEqualTo(11);
    }

    @Test
    void checkpointRecordsStrippedIsSeqGap() throws IOException {
        List<byte[]> kept = Mutate.lines(events).stream()
                .filter(l -> !new String(l, java.nio.charset.StandardCharsets.UTF_8).contains("\"_ctl\":\"ckpt\""))
                .toList();
        Mutate.write(events, kept);
        Finding f = failure(verify(), "events.jsonl");
        assertThat(f.reason()).isEqualTo(Reason.SEQ_GAP);
        assertThat(f.seq()).isEqualTo(11);
    }

    @Test
    void checkpointNoteEditedIsCheckpointMismatchOrBadSignature() throws IOException {
        Path notes = StreamFiles.notesOf(events);
        Mutate.editByte(notes, 1, 0); // the size line of the first note
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.CHECKPOINT_MISMATCH);
    }

    /** The close note edited, and left without its final newline: not a note cut short by a crash. */
    @Test
    void closeNoteEditedWithoutItsFinalNewlineIsCheckpointMismatch() throws IOException {
        Path notes = StreamFiles.notesOf(events);
        String text = Files.readString(notes);
        int close = text.lastIndexOf("straceflow/");
        for (String edited : List.of(
                text.substring(0, text.length() - 1).replace("\nfinal\n", "\nfinal!\n"), // a body line changed
                text.substring(0, close) + "straceflow/forged", // another note begun
                text.substring(0, text.length() - 1) + "=", // a signature line too long
                text.substring(0, text.length() - 1) + "\r")) { // a CR for the final newline
            Files.writeString(notes, edited);
            Finding f = onlyFailure(verify(), "events.jsonl");
            assertThat(f.reason()).as(edited).isEqualTo(Reason.CHECKPOINT_MISMATCH);
            assertThat(f.seq()).isEqualTo(50); // the close record
        }
        Files.writeString(notes, text + "x"); // after the close note
        assertThat(onlyFailure(verify(), "events.jsonl").reason()).isEqualTo(Reason.CHECKPOINT_MISMATCH);
    }

    @Test
    void unkeyedLogGivenAKeyIsModeMismatch(@TempDir Path plain) throws IOException {
        TestRun.write(plain, TestRun.config(false, false, 10).build(), 5);
        VerifyReport r = new Verifier().verify(plain, VerifyOptions.of(TestRun.KEY, null));
        assertThat(failure(r, "events.jsonl").reason()).isEqualTo(Reason.MODE_MISMATCH);
        VerifyReport unkeyed = new Verifier().verify(plain, VerifyOptions.of(null, null));
        assertThat(unkeyed.exitCode()).isZero();
        assertThat(unkeyed.stream("events.jsonl").mode()).isEqualTo("unkeyed");
    }

    @Test
    void unkeyedEditIsHashMismatch(@TempDir Path plain) throws IOException {
        TestRun.write(plain, TestRun.config(false, false, 10).build(), 5);
        Mutate.editByte(plain.resolve("actions.jsonl"), 2, 20);
        VerifyReport r = new Verifier().verify(plain, VerifyOptions.of(null, null));
        assertThat(failure(r, "actions.jsonl").reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    @Test
    void missingStreamAndMissingSidecarFail() throws IOException {
        Files.delete(dir.resolve("actions.jsonl"));
        Files.delete(StreamFiles.rawChainOf(raw));
        VerifyReport r = verify();
        assertThat(failure(r, "actions.jsonl").reason()).isEqualTo(Reason.MISSING_STREAM);
        assertThat(failure(r, StreamFiles.RAW).reason()).isEqualTo(Reason.NO_CHAIN);
    }

    @Test
    void signaturesStrippedIsBadSignature() throws IOException {
        Path notes = StreamFiles.notesOf(events);
        String unsigned = Files.readString(notes).replaceAll("(?m)^\u2014 .*\n", "");
        Files.writeString(notes, unsigned);
        assertThat(failure(verify(), "events.jsonl").reason()).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(verify(VerifyOptions.of(TestRun.KEY, null)).stream("events.jsonl")
                        .status())
                .isEqualTo(StreamResult.Status.OK); // signatures are only required when --pubkey is given
    }

    @Test
    void wrongSigningKeyIsBadSignature() {
        var otherKey = new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(TestRun.seq(32, 9), 0);
        VerifyReport r = verify(VerifyOptions.of(TestRun.KEY, otherKey.generatePublicKey()));
        assertThat(failure(r, "events.jsonl").reason()).isEqualTo(Reason.BAD_SIGNATURE);
    }
}
