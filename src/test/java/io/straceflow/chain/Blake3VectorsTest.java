package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Official BLAKE3 test vectors (BLAKE3-team/BLAKE3 test_vectors.json, first 32 output bytes). */
class Blake3VectorsTest {
    private static final byte[] KEY = "whats the Elvish word for friend".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTEXT = "BLAKE3 2019-12-27 16:29:52 test vectors context";

    private static byte[] input(int len) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }

    @ParameterizedTest
    @CsvSource({
        "0, af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262,"
                + " 92b2b75604ed3c761f9d6f62392c8a9227ad0ea3f09573e783f1498a4ed60d26,"
                + " 2cc39783c223154fea8dfb7c1b1660f2ac2dcbd1c1de8277b0b0dd39b7e50d7d",
        "1, 2d3adedff11b61f14c886e35afa036736dcd87a74d27b5c1510225d0f592e213,"
                + " 6d7878dfff2f485635d39013278ae14f1454b8c0a3a2d34bc1ab38228a80c95b,"
                + " b3e2e340a117a499c6cf2398a19ee0d29cca2bb7404c73063382693bf66cb06c",
        "1023, 10108970eeda3eb932baac1428c7a2163b0e924c9a9e25b35bba72b28f70bd11,"
                + " c951ecdf03288d0fcc96ee3413563d8a6d3589547f2c2fb36d9786470f1b9d6e,"
                + " 74a16c1c3d44368a86e1ca6df64be6a2f64cce8f09220787450722d85725dea5",
        "1025, d00278ae47eb27b34faecf67b4fe263f82d5412916c1ffd97c8cb7fb814b8444,"
                + " 357dc55de0c7e382c900fd6e320acc04146be01db6a8ce7210b7189bd664ea69,"
                + " effaa245f065fbf82ac186839a249707c3bddf6d3fdda22d1b95a3c970379bcb"
    })
    void officialVectors(int len, String hash, String keyed, String derive) {
        byte[] in = input(len);
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(Blake3.hash(in))).isEqualTo(hash);
        assertThat(hex.formatHex(Blake3.keyed(KEY, in))).isEqualTo(keyed);
        assertThat(hex.formatHex(Blake3.deriveKey(CONTEXT, in))).isEqualTo(derive);
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "1023", "1025"})
    void deriveKeyOverSeveralPartsEqualsOverTheirConcatenation(int len) {
        byte[] in = input(len);
        byte[] a = java.util.Arrays.copyOfRange(in, 0, len / 2);
        byte[] b = java.util.Arrays.copyOfRange(in, len / 2, len);
        assertThat(Blake3.deriveKey(CONTEXT, a, b)).isEqualTo(Blake3.deriveKey(CONTEXT, in));
    }
}
