package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Blake3} (hash, keyed_hash, derive_key) against every case of the official BLAKE3 test vectors: the first 32
 * bytes of each extended output, which is the whole of this API's output. The vectors are the verbatim upstream file
 * (BLAKE3-team/BLAKE3, test_vectors/test_vectors.json; CC0 1.0 or Apache 2.0), see {@link Blake3Vectors}.
 */
class Blake3VectorsTest {
    private static final HexFormat HEX = HexFormat.of();

    static List<Blake3Vectors.Case> cases() {
        return Blake3Vectors.cases();
    }

    @Test
    void theVectorFileIsTheUpstreamOneWithAllItsCases() {
        assertThat(Blake3Vectors.gitBlobId(Blake3Vectors.fileBytes()))
                .as("%s must be byte for byte the upstream file", Blake3Vectors.RESOURCE)
                .isEqualTo(Blake3Vectors.GIT_BLOB);
        List<Blake3Vectors.Case> cases = cases();
        assertThat(cases).hasSize(35); // the upstream file's 35 input lengths, 0 to 102 400
        assertThat(cases)
                .extracting(Blake3Vectors.Case::inputLen)
                .isSorted()
                .doesNotHaveDuplicates()
                .allMatch(len -> len >= 0);
        assertThat(Blake3Vectors.key()).hasSize(32);
        assertThat(Blake3Vectors.context()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hash(Blake3Vectors.Case c) {
        assertThat(HEX.formatHex(Blake3.hash(c.input()))).isEqualTo(Blake3Vectors.prefix(c.hash(), Blake3.OUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keyedHash(Blake3Vectors.Case c) {
        assertThat(HEX.formatHex(Blake3.keyed(Blake3Vectors.key(), c.input())))
                .isEqualTo(Blake3Vectors.prefix(c.keyedHash(), Blake3.OUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deriveKey(Blake3Vectors.Case c) {
        assertThat(HEX.formatHex(Blake3.deriveKey(Blake3Vectors.context(), c.input())))
                .isEqualTo(Blake3Vectors.prefix(c.deriveKey(), Blake3.OUT));
    }

    /** deriveKey takes its key material in parts: any split, empty parts included, is the same derivation. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deriveKeyOverSeveralParts(Blake3Vectors.Case c) {
        byte[] in = c.input();
        int len = in.length;
        byte[] a = Arrays.copyOfRange(in, 0, len / 3);
        byte[] b = Arrays.copyOfRange(in, len / 3, 2 * len / 3);
        byte[] rest = Arrays.copyOfRange(in, 2 * len / 3, len);
        assertThat(HEX.formatHex(Blake3.deriveKey(Blake3Vectors.context(), a, new byte[0], b, rest)))
                .isEqualTo(Blake3Vectors.prefix(c.deriveKey(), Blake3.OUT));
    }
}
