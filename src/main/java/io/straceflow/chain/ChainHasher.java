package io.straceflow.chain;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.Blake3Digest;

/**
 * The public chain: g_n = BLAKE3("SFC1" ‖ len(stream) ‖ stream ‖ u64be(n) ‖ g_{n-1} ‖ P ‖ X), g_{-1} = 0^32. P is
 * the record line up to its tag; X the raw bytes a sidecar record covers (empty for JSONL). The stream name makes a
 * record moved to another stream fail; one digest per instance because Blake3Digest is not thread-safe.
 */
final class ChainHasher {
    private final Blake3Digest digest = new Blake3Digest(256);
    private final byte[] prefix;
    private final byte[] seqBytes = new byte[8];
    private final byte[] head = new byte[Blake3.OUT];

    ChainHasher(String stream) {
        byte[] name = stream.getBytes(StandardCharsets.UTF_8);
        if (name.length > 255) {
            throw new IllegalArgumentException("stream name too long: " + stream);
        }
        prefix = new byte[5 + name.length];
        System.arraycopy("SFC1".getBytes(StandardCharsets.US_ASCII), 0, prefix, 0, 4);
        prefix[4] = (byte) name.length;
        System.arraycopy(name, 0, prefix, 5, name.length);
    }

    /** Starts record n, chained to the current head. */
    void begin(long seq) {
        digest.update(prefix, 0, prefix.length);
        Bytes.putLong(seqBytes, 0, seq);
        digest.update(seqBytes, 0, 8);
        digest.update(head, 0, head.length);
    }

    void update(byte[] b, int off, int len) {
        digest.update(b, off, len);
    }

    void update(byte b) {
        digest.update(b);
    }

    /** Ends the record; the result becomes the new head (returned array is reused). */
    byte[] finish() {
        digest.doFinal(head, 0);
        return head;
    }

    byte[] head() {
        return head;
    }
}
