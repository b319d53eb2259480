package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.bouncycastle.crypto.digests.Blake3Digest;
import org.bouncycastle.crypto.params.Blake3Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chains' own keyed BLAKE3: every case of the official test vectors (keyed_hash, first 32 bytes: the whole output
 * of this hasher; the verbatim upstream file, see {@link Blake3Vectors}), and BouncyCastle's Blake3Digest as an oracle
 * on the rest. KeyedBlake3 has no unkeyed mode and no extended output, so only those cases apply.
 */
class KeyedBlake3Test {

    static List<Blake3Vectors.Case> vectors() {
        return Blake3Vectors.cases();
    }

    /** Every official keyed_hash case (first 32 bytes), the input in one update, the hash written at an offset. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void officialKeyedVectors(Blake3Vectors.Case c) {
        byte[] in = c.input();
        KeyedBlake3 h = new KeyedBlake3();
        h.init(Blake3Vectors.key());
        h.update(in, 0, in.length);
        byte[] out = new byte[KeyedBlake3.OUT + 5];
        h.doFinal(out, 3);
        assertThat(HexFormat.of().formatHex(out, 3, 3 + KeyedBlake3.OUT))
                .isEqualTo(Blake3Vectors.prefix(c.keyedHash(), KeyedBlake3.OUT));
    }

    /**
     * Every official keyed_hash case fed incrementally in pieces of odd sizes (single bytes through {@code update(byte)},
     * pieces around the block and chunk sizes), from an array that holds the input at an offset, one instance reset
     * between the splits.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void officialKeyedVectorsFedInPieces(Blake3Vectors.Case c) {
        byte[] in = c.input();
        byte[] padded = new byte[in.length + 11];
        System.arraycopy(in, 0, padded, 7, in.length);
        String want = Blake3Vectors.prefix(c.keyedHash(), KeyedBlake3.OUT);
        KeyedBlake3 h = new KeyedBlake3();
        h.init(Blake3Vectors.key());
        byte[] out = new byte[KeyedBlake3.OUT];
        for (int piece : new int[] {1, 3, 63, 64, 65, 1000, 1024, 1025, 4097}) {
            h.reset();
            for (int p = 0; p < in.length; p += piece) {
                int n = Math.min(piece, in.length - p);
                if (piece == 1) {
                    h.update(in[p]);
                } else {
                    h.update(padded, 7 + p, n);
                }
            }
            h.doFinal(out, 0);
            assertThat(HexFormat.of().formatHex(out))
                    .as("pieces of %d bytes", piece)
                    .isEqualTo(want);
        }
    }

    /**
     * Random keys, lengths around every block, chunk and tree boundary up to 40 chunks, fed in random pieces (single
     * bytes too), one instance reused throughout: each hash equals BouncyCastle's.
     */
    @Test
    void equalsBouncyCastleOnRandomInputsAndSplits() {
        Random r = new Random(20261126);
        int[] edges = {
            0, 1, 63, 64, 65, 127, 128, 129, 1023, 1024, 1025, 2047, 2048, 2049, 3072, 4096, 5121, 8192, 16385
        };
        KeyedBlake3 mine = new KeyedBlake3();
        Blake3Digest oracle = new Blake3Digest(256);
        byte[] a = new byte[KeyedBlake3.OUT];
        byte[] b = new byte[KeyedBlake3.OUT];
        for (int t = 0; t < 4000; t++) {
            int len = t < edges.length * 3 ? edges[t / 3] : r.nextInt(t % 10 == 0 ? 41_000 : 2_100);
            byte[] in = new byte[len];
            r.nextBytes(in);
            byte[] key = new byte[32];
            r.nextBytes(key);
            oracle.init(Blake3Parameters.key(key));
            oracle.update(in, 0, len);
            oracle.doFinal(a, 0);
            if (t % 2 == 0) {
                mine.init(key);
            } else {
                mine.init(key.clone());
                mine.update(in, 0, Math.min(len, 70)); // a hash abandoned half way ...
                mine.reset(); // ... and started again under the same key
            }
            for (int p = 0; p < len; ) {
                int n = Math.min(len - p, r.nextInt(4) == 0 ? 1 : 1 + r.nextInt(1200));
                if (n == 1 && r.nextBoolean()) {
                    mine.update(in[p]);
                } else {
                    mine.update(in, p, n);
                }
                p += n;
            }
            mine.doFinal(b, 0);
            assertThat(HexFormat.of().formatHex(b))
                    .as("length %d, case %d", len, t)
                    .isEqualTo(HexFormat.of().formatHex(a));
        }
    }
}
