package io.straceflow.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** A small deterministic run of all four streams and a sealed run.json, for the tests. */
final class TestRun {
    static final byte[] KEY = seq(32, 1);
    static final Ed25519PrivateKeyParameters SIGNING = new Ed25519PrivateKeyParameters(seq(32, 101), 0);
    static final Ed25519PublicKeyParameters PUBLIC = SIGNING.generatePublicKey();
    static final String[] JSONL = {"events.jsonl", "enriched.jsonl", "actions.jsonl"};
    static final String RUN_ID = "run-1";

    private TestRun() {}

    static byte[] seq(int n, int start) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (start + i);
        }
        return b;
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private long millis;

        ManualClock(long millis) {
            this.millis = millis;
        }

        void advance(long ms) {
            millis += ms;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static ChainConfig.Builder config(boolean keyed, boolean signed, long everyRecords) {
        return ChainConfig.builder()
                .masterKey(keyed ? KEY : null)
                .signingKey(signed ? SIGNING : null)
                .checkpointEveryRecords(everyRecords)
                .clock(new ManualClock(1_700_000_000_000L))
                .runId(RUN_ID)
                .host("testhost")
                .fsync(false);
    }

    static VerifyOptions fullOptions() {
        return VerifyOptions.of(KEY, PUBLIC);
    }

    static byte[] rawLine(int i) {
        String s = (1000 + i % 3) + "  12:00:00." + String.format("%06d", i) + " openat(AT_FDCWD, \"/etc/f" + i
                + "\", O_RDONLY) = " + (i % 7);
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        if (i % 5 == 0) {
            b[b.length - 5] = (byte) 0xff; // strace can print bytes that are not UTF-8
        }
        return b;
    }

    static byte[] payload(String stream, int i) {
        return ("\"type\":\"syscall\",\"stream\":\"" + stream + "\",\"pid\":" + (1000 + i % 3) + ",\"i\":" + i
                        + ",\"path\":\"/etc/f" + i + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code records} records to each of the four streams of {@code dir} and closes them, with run.json sealed
     * as a run seals it: the "running" version at the start, the "complete" one once the streams are closed.
     */
    static void write(Path dir, ChainConfig cfg, int records) throws IOException {
        ManifestSeal seal = ManifestSeal.create(dir, cfg);
        writeManifest(dir, seal, "running");
        try (RawChainWriter raw = new RawChainWriter(dir.resolve(StreamFiles.RAW), cfg);
                JsonlChainWriter ev = new JsonlChainWriter(dir.resolve(JSONL[0]), cfg);
                JsonlChainWriter en = new JsonlChainWriter(dir.resolve(JSONL[1]), cfg);
                JsonlChainWriter ac = new JsonlChainWriter(dir.resolve(JSONL[2]), cfg)) {
            for (int i = 0; i < records; i++) {
                byte[] line = rawLine(i);
                raw.append(line, 0, line.length, true);
                ev.append(payload("events", i));
                en.append(payload("enriched", i));
                ac.append(payload("actions", i));
            }
        }
        writeManifest(dir, seal, "complete");
        seal.close();
    }

    /** A run.json as RunManifest writes it (pretty-printed JSON, no final newline). */
    static byte[] manifest(String status) {
        return ("{\n  \"run_id\" : \"" + RUN_ID + "\",\n  \"status\" : \"" + status + "\""
                        + ("running".equals(status) ? "" : ",\n  \"exit_code\" : 0,\n  \"lines\" : 25") + "\n}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Seals the next version of run.json, then puts it in place (the order RunManifest keeps). */
    static void writeManifest(Path dir, ManifestSeal seal, String status) throws IOException {
        byte[] json = manifest(status);
        seal.seal(json, status);
        java.nio.file.Files.write(dir.resolve(ManifestSeal.FILE), json);
    }
}
