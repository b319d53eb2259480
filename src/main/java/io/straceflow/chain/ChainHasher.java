package io.straceflow.chain;

import java.nio.charset.StandardCharsets;

/**
 * The public chain: g_n = BLAKE3-keyed(key = g_{n-1}, P ‖ X) with g_{-1} = derive_key(GENESIS, stream). P is the
 * record line up to its tag and starts with its own {@code {"_seq":n}; X is the raw bytes a sidecar record covers
 * (empty for JSONL). Keying by the previous head costs no extra compression (the key is BLAKE3's IV), whereas
 * hashing it with the record would add a block to every ~200-byte record; the stream name in the genesis makes a
 * record moved to another stream fail. One digest per instance: {@link KeyedBlake3} is not thread-safe.
 */
final class ChainHasher {
    static final String GENESIS = "straceflow v1 2026-11 chain genesis";

    private final KeyedBlake3 digest = new KeyedBlake3();
    private final byte[] head;

    ChainHasher(String stream) {
        head = Blake3.deriveKey(GENESIS, stream.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts the next record, chained to the current head. */
    void begin() {
        digest.init(head);
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
