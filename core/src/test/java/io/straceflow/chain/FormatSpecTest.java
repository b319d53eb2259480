package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recomputes what the writer wrote from the format as documented (docs/integrity.md), with the one-shot BLAKE3
 * calls only, so the documentation and the code cannot drift apart.
 */
class FormatSpecTest {
    @TempDir
    Path dir;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** P: the line up to {@code ,"_h":"}. */
    private static byte[] hashed(byte[] line) {
        return Arrays.copyOf(line, line.length - 1 - RecordFormat.SUFFIX);
    }

    private static String tagOf(byte[] line) {
        String s = new String(line, StandardCharsets.UTF_8);
        return s.substring(s.length() - 35, s.length() - 3);
    }

    @Test
    void jsonlRecordsFollowTheDocumentedFormulas() throws IOException {
        Path f = dir.resolve("events.jsonl");
        try (JsonlChainWriter w =
                new JsonlChainWriter(f, TestRun.config(true, true, 1).build())) {
            w.append(ascii("\"a\":1"));
            w.append(ascii("\"a\":2"));
        }
        List<byte[]> lines = Mutate.lines(f); // open, data, ckpt (every record), data, close
        assertThat(lines).hasSize(5);

        byte[] g = Blake3.deriveKey("straceflow v1 2026-11 chain genesis", ascii("events.jsonl"));
        byte[] k = Blake3.deriveKey("straceflow v1 2026-11 stream root key", TestRun.KEY, ascii("events.jsonl"));
        long[] epochOf = {0, 0, 0, 1, 1};
        for (int i = 0; i < lines.size(); i++) {
            g = Blake3.keyed(g, hashed(lines.get(i)));
            if (i == 3) {
                k = Blake3.deriveKey("straceflow v1 2026-11 epoch key evolve", k); // after the ckpt record
            }
            byte[] m = Blake3.deriveKey("straceflow v1 2026-11 record mac key", k);
            byte[] in = new byte[44];
            System.arraycopy(ascii("SFT1"), 0, in, 0, 4);
            in[11] = (byte) epochOf[i];
            System.arraycopy(g, 0, in, 12, 32);
            String tag = HexFormat.of().formatHex(Arrays.copyOf(Blake3.keyed(m, in), 16));
            assertThat(tagOf(lines.get(i))).as("line %d", i + 1).isEqualTo(tag);
        }
        String notes = Files.readString(StreamFiles.notesOf(f));
        assertThat(notes)
                .endsWith("straceflow/testhost/run-1/events.jsonl\n5\n"
                        + Base64.getEncoder().encodeToString(g)
                        + "\nepoch 1\ntime 1700000000000\nfinal\n\n"
                        + notes.substring(notes.lastIndexOf("\u2014 straceflow ")));
    }

    @Test
    void unkeyedTagIsTheChainValueAndRawSidecarChainsTheRawBytes() throws IOException {
        Path log = dir.resolve(StreamFiles.RAW);
        byte[] raw = {'a', (byte) 0xff, 'b'};
        try (RawChainWriter w =
                new RawChainWriter(log, TestRun.config(false, false, 100).build())) {
            w.append(raw, 0, raw.length, true);
        }
        List<byte[]> side = Mutate.lines(StreamFiles.rawChainOf(log));
        assertThat(new String(side.get(1), StandardCharsets.UTF_8)).startsWith("{\"_seq\":1,\"n\":4,\"c\":\"");
        byte[] g = Blake3.deriveKey("straceflow v1 2026-11 chain genesis", ascii(StreamFiles.RAW));
        g = Blake3.keyed(g, hashed(side.get(0)));
        assertThat(tagOf(side.get(0))).isEqualTo(HexFormat.of().formatHex(Arrays.copyOf(g, 16)));
        byte[] p = hashed(side.get(1));
        byte[] px = Arrays.copyOf(p, p.length + 4);
        System.arraycopy(new byte[] {'a', (byte) 0xff, 'b', '\n'}, 0, px, p.length, 4);
        g = Blake3.keyed(g, px);
        assertThat(tagOf(side.get(1))).isEqualTo(HexFormat.of().formatHex(Arrays.copyOf(g, 16)));
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(new byte[] {'a', (byte) 0xff, 'b', '\n'});
        assertThat(new String(side.get(1), StandardCharsets.UTF_8))
                .contains(String.format("\"c\":\"%08x\"", crc.getValue()));
    }
}
