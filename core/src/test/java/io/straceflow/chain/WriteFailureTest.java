package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.straceflow.testing.SmallTmpfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer on a full disk (a real one: a small tmpfs) stops writing at its first failure, so what it leaves is a torn
 * or unsealed tail that verify reports as a crash (exit 3), never as tampering (exit 1). Before, a writer went on
 * after the failure: its buffers, half drained, later "flushed" nothing, and the sidecar then vouched for raw lines
 * that were never written (TRUNCATED_TAIL); a checkpoint whose note failed was taken again (CHECKPOINT_MISSING).
 */
class WriteFailureTest {
    @TempDir
    Path work;

    private SmallTmpfs disk;

    @BeforeEach
    void mount() throws Exception {
        disk = SmallTmpfs.mount(work.resolve("small"), "64k");
    }

    @AfterEach
    void unmount() throws Exception {
        disk.close();
    }

    @Test
    void rawWriterThatFailedWritesNothingMore() throws IOException {
        Path log = disk.dir().resolve(StreamFiles.RAW);
        RawChainWriter w =
                new RawChainWriter(log, TestRun.config(false, false, 1000).build());
        disk.fill(); // the open record is on disk; no block is left for the log
        IOException failure = catchThrowableOfType(IOException.class, () -> {
            for (int i = 0; i < 20; i++) {
                byte[] line = TestRun.rawLine(i);
                w.append(line, 0, line.length, true);
            }
            w.flush();
        });
        assertThat(failure).hasMessage("cannot write " + log + ": No space left on device");
        byte[] more = TestRun.rawLine(20);
        assertThatThrownBy(() -> w.append(more, 0, more.length, true)).isSameAs(failure);
        assertThatThrownBy(w::flush).isSameAs(failure);
        w.close(); // releases the files, writes nothing
        assertThat(w.linesWritten()).isZero(); // none reached the log

        VerifyReport r = verify();
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(VerifyReport.EXIT_WARN);
        assertThat(r.stream(StreamFiles.RAW).warnings())
                .extracting(Finding::reason)
                .containsExactly(Reason.UNSEALED_TAIL);
    }

    @Test
    void jsonlWriterWhoseNoteFailedTakesNoSecondCheckpoint() throws IOException {
        Path events = disk.dir().resolve("events.jsonl");
        JsonlChainWriter w =
                new JsonlChainWriter(events, TestRun.config(false, false, 5).build());
        disk.fill(); // the stream's first block has room left; its notes file has none
        for (int i = 0; i < 5; i++) {
            w.append(TestRun.payload("events", i));
        }
        IOException failure = catchThrowableOfType(IOException.class, w::flush); // the checkpoint's note
        assertThat(failure).hasMessage("cannot write " + StreamFiles.notesOf(events) + ": No space left on device");
        assertThat(w.failure()).isSameAs(failure);
        assertThatThrownBy(() -> w.append(TestRun.payload("events", 5))).isSameAs(failure);
        w.close();

        VerifyReport r = verify();
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(VerifyReport.EXIT_WARN);
        StreamResult s = r.stream("events.jsonl");
        assertThat(s.records()).isEqualTo(5); // every record written before the failure
        // the checkpoint record without its note, and the stream never closed
        assertThat(s.warnings()).extracting(Finding::reason).containsOnly(Reason.UNSEALED_TAIL);
    }

    private VerifyReport verify() {
        return new Verifier()
                .verify(
                        disk.dir(),
                        new VerifyOptions(null, null, List.of())); // the one stream written is found by its name
    }
}
