package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An intruder who takes the writer's current epoch key (here: epoch 2 of a stream that was not closed) can re-tag
 * what was written in that epoch, but nothing sealed before it: the key schedule only runs forward.
 */
class ForwardSecurityTest {
    @TempDir
    Path dir;

    private Path events;

    /** open, data 1-4, ckpt 5 (epoch 0), data 6-9, ckpt 10 (epoch 1), data 11-13 in epoch 2, no close. */
    private void writeUnclosedRun() throws IOException {
        events = dir.resolve("events.jsonl");
        JsonlChainWriter w =
                new JsonlChainWriter(events, TestRun.config(true, false, 4).build());
        for (int i = 0; i < 11; i++) {
            w.append(TestRun.payload("events", i));
        }
        w.flush(); // the intruder arrives: the writer is never closed
    }

    /** The intruder's tool: edits line {@code edit}, re-chains every line and re-tags from there with his key. */
    private void forge(int edit, KeySchedule stolen) throws IOException {
        List<byte[]> lines = Mutate.lines(events);
        byte[] l = lines.get(edit);
        l[l.length - 45] = (byte) (l[l.length - 45] == '1' ? '2' : '1'); // inside the payload
        ChainHasher hasher = new ChainHasher("events.jsonl");
        byte[] tag = new byte[RecordFormat.TAG_BYTES];
        byte[] hex = new byte[2 * RecordFormat.TAG_BYTES];
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            int pLen = line.length - 1 - RecordFormat.SUFFIX;
            hasher.begin();
            hasher.update(line, 0, pLen);
            byte[] g = hasher.finish();
            if (i >= edit) {
                stolen.tag(g, tag);
                Bytes.hex(tag, tag.length, hex, 0);
                System.arraycopy(hex, 0, line, pLen + RecordFormat.TAG_PREFIX.length, hex.length);
            }
        }
        Mutate.write(events, lines);
    }

    private static KeySchedule stolenKeyOfEpoch(int epoch) {
        KeySchedule k = new KeySchedule(TestRun.KEY, "events.jsonl");
        for (int e = 0; e < epoch; e++) {
            k.evolve();
        }
        return k;
    }

    @Test
    void recordsSealedBeforeTheBreakInCannotBeRetagged() throws IOException {
        writeUnclosedRun();
        forge(7, stolenKeyOfEpoch(2)); // seq 7 is in epoch 1, already sealed
        VerifyReport r = new Verifier().verify(dir, new VerifyOptions(TestRun.KEY, null, List.of()));
        Finding f = r.stream("events.jsonl").failure().orElseThrow();
        assertThat(f.reason()).isEqualTo(Reason.MAC_MISMATCH);
        assertThat(f.seq()).isEqualTo(7);
    }

    @Test
    void recordsOfTheCurrentEpochCanBeRewrittenByDesign() throws IOException {
        writeUnclosedRun();
        byte[] before = Mutate.lines(events).get(12);
        forge(12, stolenKeyOfEpoch(2)); // seq 12 is in the unsealed epoch 2
        assertThat(Arrays.equals(before, Mutate.lines(events).get(12))).isFalse();
        VerifyReport r = new Verifier().verify(dir, new VerifyOptions(TestRun.KEY, null, List.of()));
        StreamResult s = r.stream("events.jsonl");
        assertThat(s.status()).as(s.toString()).isEqualTo(StreamResult.Status.WARN);
        assertThat(s.warnings()).extracting(Finding::reason).containsExactly(Reason.UNSEALED_TAIL);
        assertThat(new String(Mutate.lines(events).get(12), StandardCharsets.UTF_8))
                .contains("\"_seq\":12,");
    }
}
