package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void appendWritesTheDocumentedLineAndReturnsItsExactBytes() throws IOException {
        Path f = dir.resolve("events.jsonl");
        ByteArrayOutputStream returned = new ByteArrayOutputStream();
        try (JsonlChainWriter w =
                new JsonlChainWriter(f, TestRun.config(true, false, 100).build())) {
            assertThat(w.nextSeq()).isEqualTo(1); // seq 0 is the open record
            returned.write(w.append("\"type\":\"syscall\",\"pid\":1".getBytes(StandardCharsets.UTF_8)));
            assertThat(w.nextSeq()).isEqualTo(2);
            returned.write(w.append(new byte[0]));
        }
        List<byte[]> lines = Mutate.lines(f);
        assertThat(new String(lines.get(1), StandardCharsets.UTF_8))
                .matches("\\{\"_seq\":1,\"type\":\"syscall\",\"pid\":1,\"_h\":\"[0-9a-f]{32}\"}\n");
        assertThat(new String(lines.get(2), StandardCharsets.UTF_8))
                .matches("\\{\"_seq\":2,\"_h\":\"[0-9a-f]{32}\"}\n");
        assertThat(returned.toByteArray()).isEqualTo(concat(lines.subList(1, 3)));
        for (byte[] l : lines) {
            JsonNode n = JSON.readTree(l); // every line is one JSON object
            assertThat(n.path("_seq").isIntegralNumber()).isTrue();
        }
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(StreamFiles.notesOf(f)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void refusesAnExistingFileAndReservedOrMultilinePayloads() throws IOException {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, "old");
        assertThatThrownBy(() ->
                        new JsonlChainWriter(f, TestRun.config(false, false, 10).build()))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(f)).isEqualTo("old");
        try (JsonlChainWriter w = new JsonlChainWriter(
                dir.resolve("a.jsonl"), TestRun.config(false, false, 10).build())) {
            assertThatThrownBy(() -> w.append("\"a\":\"x\ny\"".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.append("\"_ctl\":\"close\"".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rawLogIsByteIdenticalIncludingNonUtf8AndAnUnterminatedLastLine() throws IOException {
        Path log = dir.resolve(StreamFiles.RAW);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (RawChainWriter w =
                new RawChainWriter(log, TestRun.config(true, true, 3).build())) {
            for (int i = 0; i < 10; i++) {
                byte[] line = TestRun.rawLine(i);
                byte[] padded = new byte[line.length + 4]; // off/len must be honoured
                System.arraycopy(line, 0, padded, 2, line.length);
                w.append(padded, 2, line.length, i < 9);
                expected.write(line);
                if (i < 9) {
                    expected.write('\n');
                }
            }
            byte[] more = {'x'};
            assertThatThrownBy(() -> w.append(more, 0, 1, true)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.readAllBytes(log)).isEqualTo(expected.toByteArray());
        VerifyReport r =
                new Verifier().verify(dir, new VerifyOptions(TestRun.KEY, TestRun.PUBLIC, List.of(StreamFiles.RAW)));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stream(StreamFiles.RAW).records()).isEqualTo(10);
    }

    @Test
    void checkpointsEveryNRecordsAndEveryTMillisFromTheInjectedClock() throws IOException {
        TestRun.ManualClock clock = new TestRun.ManualClock(5_000);
        List<Checkpoint> seen = new ArrayList<>();
        List<byte[]> shipped = new ArrayList<>();
        ChainConfig cfg = TestRun.config(true, true, 4)
                .checkpointEveryMillis(1_000)
                .clock(clock)
                .onCheckpoint(seen::add)
                .onControlLine((stream, line) -> shipped.add(line))
                .build();
        Path f = dir.resolve("events.jsonl");
        try (JsonlChainWriter w = new JsonlChainWriter(f, cfg)) {
            for (int i = 0; i < 4; i++) {
                shipped.add(w.append(TestRun.payload("events", i))); // seq 1-4: a checkpoint falls due
            }
            assertThat(seen).isEmpty();
            assertThat(w.nextSeq()).isEqualTo(6); // seq 5 is the checkpoint, taken by the next call
            shipped.add(w.append(TestRun.payload("events", 4)));
            assertThat(seen).hasSize(1);
            assertThat(shipped.get(shipped.size() - 1)).asString().startsWith("{\"_seq\":6,\"type\"");
            w.flush();
            assertThat(seen).hasSize(1); // not yet due
            clock.advance(1_000);
            w.flush(); // due by time
            assertThat(seen).hasSize(2);
            clock.advance(5_000);
            w.flush(); // nothing new since the last checkpoint: no empty epoch
            assertThat(seen).hasSize(2);
        }
        assertThat(seen).hasSize(3);
        assertThat(seen).extracting(Checkpoint::epoch).containsExactly(0L, 1L, 2L);
        assertThat(seen).extracting(Checkpoint::size).containsExactly(6L, 8L, 9L);
        assertThat(seen).extracting(Checkpoint::last).containsExactly(false, false, true);
        assertThat(seen.get(1).timeMillis()).isEqualTo(6_000);
        // what the listener got is what is on disk
        StringBuilder notes = new StringBuilder();
        seen.forEach(c -> notes.append(c.note()));
        assertThat(Files.readString(StreamFiles.notesOf(f))).isEqualTo(notes.toString());
        assertThat(Mutate.lines(f).get(5)).isEqualTo(seen.get(0).line());
        assertThat(seen.get(2).note()).contains("\nfinal\n\n\u2014 straceflow ");
        // data lines returned by append plus control lines from the listener are the whole file, in order
        assertThat(concat(shipped)).isEqualTo(Files.readAllBytes(f));
    }

    @Test
    void keyEvolvesAtEachCheckpointOneWay() {
        KeySchedule a = new KeySchedule(TestRun.KEY, "events.jsonl");
        KeySchedule b = new KeySchedule(TestRun.KEY, "events.jsonl");
        byte[] g = TestRun.seq(32, 50);
        byte[] t0 = new byte[16];
        byte[] t1 = new byte[16];
        a.tag(g, t0);
        a.evolve();
        a.tag(g, t1);
        assertThat(t1).isNotEqualTo(t0);
        byte[] again = new byte[16];
        b.tag(g, again);
        assertThat(again).isEqualTo(t0);
        b.evolve();
        b.tag(g, again);
        assertThat(again).isEqualTo(t1);
        // K_1 is derive_key(EVOLVE, K_0) with K_0 = derive_key(ROOT, master ‖ stream)
        byte[] k0 = Blake3.deriveKey(KeySchedule.ROOT, TestRun.KEY, "events.jsonl".getBytes(StandardCharsets.UTF_8));
        byte[] m1 = Blake3.deriveKey(KeySchedule.MAC, Blake3.deriveKey(KeySchedule.EVOLVE, k0));
        byte[] in = new byte[4 + 8 + 32];
        System.arraycopy("SFT1".getBytes(StandardCharsets.US_ASCII), 0, in, 0, 4);
        in[11] = 1;
        System.arraycopy(g, 0, in, 12, 32);
        assertThat(java.util.Arrays.copyOf(Blake3.keyed(m1, in), 16)).isEqualTo(t1);
    }

    @Test
    void destroyedMasterKeyCannotOpenMoreWriters() throws IOException {
        ChainConfig cfg = TestRun.config(true, false, 10).build();
        try (JsonlChainWriter w = new JsonlChainWriter(dir.resolve("events.jsonl"), cfg)) {
            cfg.destroyKey();
            w.append(TestRun.payload("events", 1)); // the open writer keeps its own epoch key
        }
        assertThatThrownBy(() -> new JsonlChainWriter(dir.resolve("actions.jsonl"), cfg))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recordsAndRawLinesLargerThanEveryBufferRoundTrip() throws IOException {
        byte[] big = new byte[300_000]; // larger than the write buffers and the verifier's first read buffer
        Arrays.fill(big, (byte) 'x');
        byte[] payload =
                ("\"big\":\"" + new String(big, StandardCharsets.US_ASCII) + "\"").getBytes(StandardCharsets.US_ASCII);
        ChainConfig cfg = TestRun.config(true, true, 2).build();
        try (JsonlChainWriter w = new JsonlChainWriter(dir.resolve("events.jsonl"), cfg);
                RawChainWriter raw = new RawChainWriter(dir.resolve(StreamFiles.RAW), cfg)) {
            for (int i = 0; i < 5; i++) {
                w.append(i % 2 == 0 ? payload : TestRun.payload("events", i));
                raw.append(big, 0, big.length - i, true);
                raw.append(TestRun.rawLine(i), 0, 10, true);
            }
        }
        VerifyReport r = new Verifier()
                .verify(dir, new VerifyOptions(TestRun.KEY, TestRun.PUBLIC, List.of("events.jsonl", StreamFiles.RAW)));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stream(StreamFiles.RAW).records()).isEqualTo(10);
        Mutate.editByte(dir.resolve(StreamFiles.RAW), 4, 250_000);
        assertThat(new Verifier()
                        .verify(dir, new VerifyOptions(TestRun.KEY, null, List.of(StreamFiles.RAW))).stream(
                                        StreamFiles.RAW)
                                .failure()
                                .orElseThrow()
                                .line())
                .isEqualTo(5);
    }

    @Test
    void aRawLineWrittenInPartsChainsAsTheSameLineWrittenWholeAndVerifiesWithoutBeingHeld() throws IOException {
        byte[] big = new byte[RawLines.IN_MEMORY + 1000]; // over the verifier's limit: matched and hashed streaming
        Arrays.fill(big, (byte) 'x');
        Path whole = Files.createDirectory(dir.resolve("whole"));
        Path parts = Files.createDirectory(dir.resolve("parts"));
        byte[] first = TestRun.rawLine(1);
        try (RawChainWriter raw = new RawChainWriter(whole.resolve(StreamFiles.RAW), cfg())) {
            raw.append(first, 0, first.length, true);
            raw.append(big, 0, big.length, true);
            raw.append(big, 0, 7, false);
        }
        try (RawChainWriter raw = new RawChainWriter(parts.resolve(StreamFiles.RAW), cfg())) {
            raw.append(first, 0, first.length, true);
            for (int at = 0; at < big.length; at += 100_000) {
                raw.appendPart(big, at, Math.min(100_000, big.length - at));
            }
            raw.endLine(true);
            raw.appendPart(big, 0, 7); // the trace stopped inside this line: close chains what was written
        }
        for (String f : List.of(StreamFiles.RAW, StreamFiles.RAW + ".chain", StreamFiles.RAW + ".ckpt")) {
            assertThat(Files.mismatch(whole.resolve(f), parts.resolve(f))).as(f).isEqualTo(-1L);
        }
        VerifyOptions raw = new VerifyOptions(TestRun.KEY, TestRun.PUBLIC, List.of(StreamFiles.RAW));
        assertThat(new Verifier().verify(parts, raw).exitCode()).isZero();
        Mutate.editByte(parts.resolve(StreamFiles.RAW), 1, 3_000_000);
        Finding edited = new Verifier()
                .verify(parts, raw).stream(StreamFiles.RAW).failure().orElseThrow();
        assertThat(edited.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(edited.line()).isEqualTo(2);
        Mutate.deleteLine(whole.resolve(StreamFiles.RAW), 0);
        Finding deleted = new Verifier()
                .verify(whole, raw).stream(StreamFiles.RAW).failure().orElseThrow();
        assertThat(deleted.reason()).isEqualTo(Reason.SEQ_GAP);
    }

    private static ChainConfig cfg() {
        return TestRun.config(true, true, 2).build();
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
