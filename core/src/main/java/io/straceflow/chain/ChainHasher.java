package io.straceflow.chain;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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

    /**
     * Adds {@code file}'s bytes {@code [from, from + length)}, read in 64 KiB pieces: a raw line too long to hold in
     * memory is hashed from the log itself, by the writer and by the verifier alike.
     */
    void update(Path file, long from, long length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long at = from; at < from + length; ) {
                buf.clear().limit((int) Math.min(buf.capacity(), from + length - at));
                int r = in.read(buf, at);
                if (r < 0) {
                    throw new EOFException(file + " ends before byte " + (from + length));
                }
                digest.update(buf.array(), 0, r);
                at += r;
            }
        }
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
