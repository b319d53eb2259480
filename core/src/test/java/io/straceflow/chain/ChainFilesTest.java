package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream's files as the pipeline writes them ({@link ChainFiles}): a checkpoint's fsyncs and note are made on the
 * writer's own thread while the stream goes on, and the files still hold the one-thread sequence, so a crash leaves
 * a prefix of it: no line after a checkpoint reaches its file before that checkpoint's note is in the notes file.
 */
class ChainFilesTest {
    @TempDir
    Path dir;

    @Test
    void noLineAfterACheckpointReachesTheFileBeforeItsNoteAndAllArriveInOrder() throws Exception {
        StringBuilder data = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        try (ChainFiles f = ChainFiles.create(dir, "events.jsonl", false)) {
            for (int i = 0; i < 400; i++) {
                boolean checkpoint = i % 10 == 9;
                String line = "record " + i + " " + "x".repeat(i % 50) + "\n";
                String note = checkpoint ? "note after " + i + "\n\n" : "";
                f.write(null, 0, bytes(line), bytes(note), checkpoint);
                data.append(line);
                notes.append(note);
                // what a crash now would leave: every line past a checkpoint has that checkpoint's note before it
                String onDisk = Files.readString(dir.resolve("events.jsonl"));
                String notesOnDisk = Files.readString(dir.resolve("events.jsonl.ckpt"));
                assertThat(data.toString()).startsWith(onDisk); // a prefix, in order
                int lastLine = onDisk.isEmpty()
                        ? -1
                        : Integer.parseInt(
                                onDisk.lines().reduce((a, b) -> b).orElseThrow().split(" ")[1]);
                int sealedUpTo = lastLine / 10 * 10 - 1; // the last checkpoint before that line
                if (sealedUpTo >= 0 && lastLine > sealedUpTo) {
                    assertThat(notesOnDisk).as("line " + lastLine).contains("note after " + sealedUpTo + "\n\n");
                }
            }
        }
        assertThat(dir.resolve("events.jsonl")).hasContent(data.toString());
        assertThat(dir.resolve("events.jsonl.ckpt")).hasContent(notes.toString());
        // how often a batch was held is up to the disk (here about a third of the writes); only the order is asserted
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
