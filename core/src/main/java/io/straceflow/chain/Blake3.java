package io.straceflow.chain;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.Blake3Digest;
import org.bouncycastle.crypto.params.Blake3Parameters;

/** The three BLAKE3 modes as one-shot calls; used for keys and tests, not on the per-record path. */
public final class Blake3 {
    public static final int OUT = 32;

    private Blake3() {}

    public static byte[] hash(byte[] input) {
        Blake3Digest d = new Blake3Digest(256);
        return finish(d, input);
    }

    public static byte[] keyed(byte[] key32, byte[] input) {
        Blake3Digest d = new Blake3Digest(256);
        Blake3Parameters p = Blake3Parameters.key(key32);
        d.init(p);
        p.clearKey();
        return finish(d, input);
    }

    /** BLAKE3 derive_key: context strings are hard-coded and globally unique per use. */
    public static byte[] deriveKey(String context, byte[]... material) {
        Blake3Digest d = new Blake3Digest(256);
        d.init(Blake3Parameters.context(context.getBytes(StandardCharsets.UTF_8)));
        for (byte[] m : material) {
            d.update(m, 0, m.length);
        }
        byte[] out = new byte[OUT];
        d.doFinal(out, 0);
        scrub(d);
        return out;
    }

    /**
     * Runs one compression over public zeros so the digest's working state no longer holds words of the secret it
     * just processed (BLAKE3's round function is invertible, so a leftover state can give the key back). Best effort:
     * the JVM may have copied the bytes elsewhere.
     */
    private static void scrub(Blake3Digest d) {
        byte[] zeros = new byte[64];
        d.update(zeros, 0, zeros.length);
        d.doFinal(zeros, 0);
    }

    private static byte[] finish(Blake3Digest d, byte[] input) {
        d.update(input, 0, input.length);
        byte[] out = new byte[OUT];
        d.doFinal(out, 0);
        return out;
    }
}
