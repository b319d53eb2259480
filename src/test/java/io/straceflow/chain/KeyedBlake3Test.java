package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.Blake3Digest;
import org.bouncycastle.crypto.params.Blake3Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chains' own keyed BLAKE3: the official vectors, and BouncyCastle's Blake3Digest as an oracle on the rest. */
class KeyedBlake3Test {
    private static final byte[] KEY = "whats the Elvish word for friend".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "0, 92b2b75604ed3c761f9d6f62392c8a9227ad0ea3f09573e783f1498a4ed60d26",
        "1, 6d7878dfff2f485635d39013278ae14f1454b8c0a3a2d34bc1ab38228a80c95b",
        "1023, c951ecdf03288d0fcc96ee3413563d8a6d3589547f2c2fb36d9786470f1b9d6e",
        "1025, 357dc55de0c7e382c900fd6e320acc04146be01db6a8ce7210b7189bd664ea69"
    })
    void officialKeyedVectors(int len, String keyed) {
        byte[] in = new byte[len];
        for (int i = 0; i < len; i++) {
            in[i] = (byte) (i % 251);
        }
        KeyedBlake3 h = new KeyedBlake3();
        h.init(KEY);
        h.update(in, 0, len);
        byte[] out = new byte[KeyedBlake3.OUT];
        h.doFinal(out, 0);
        assertThat(HexFormat.of().formatHex(out)).isEqualTo(keyed);
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
