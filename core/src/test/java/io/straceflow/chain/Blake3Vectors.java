package io.straceflow.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The official BLAKE3 test vectors, read from the test resource {@value #RESOURCE}: a verbatim copy of
 * {@code test_vectors/test_vectors.json} of https://github.com/BLAKE3-team/BLAKE3 (the file as of commit
 * 77b257eee7da5cd608eaf6be8343d3a4c9776af2, last changed in ae3e8e6b3a5ae3190ca5d62820789b17886a0038; git blob
 * {@value #GIT_BLOB}). BLAKE3 and its test vectors are released into the public domain under CC0 1.0, alternatively
 * licensed under Apache 2.0 (with or without LLVM exceptions).
 *
 * <p>Each case is an input length and the extended output (131 bytes, hex) of hash, keyed_hash and derive_key over
 * {@code length} bytes of the repeating sequence 0, 1, ..., 250; the key and the context string are in the file.
 */
final class Blake3Vectors {
    static final String RESOURCE = "/chain/blake3_test_vectors.json";
    /** The git blob id of the file upstream: the copy here must be byte for byte that file. */
    static final String GIT_BLOB = "f6da91792c6cdf5c6a0f6dad01803045bb204a68";

    /** One case; the outputs are the full extended outputs, lower-case hex. */
    record Case(int inputLen, String hash, String keyedHash, String deriveKey) {
        byte[] input() {
            return Blake3Vectors.input(inputLen);
        }

        @Override
        public String toString() {
            return "input_len " + inputLen;
        }
    }

    private static final byte[] BYTES = load();
    private static final JsonNode ROOT = parse(BYTES);

    private Blake3Vectors() {}

    private static byte[] load() {
        try (InputStream in = Blake3Vectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource's bytes, for the provenance check. */
    static byte[] fileBytes() {
        return BYTES.clone();
    }

    /** The git blob id of {@code content}: SHA-1 of "blob LEN\0" and the content. */
    static String gitBlobId(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32-byte key of the keyed_hash cases. */
    static byte[] key() {
        return ROOT.path("key").asText().getBytes(StandardCharsets.US_ASCII);
    }

    /** The context string of the derive_key cases. */
    static String context() {
        return ROOT.path("context_string").asText();
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (JsonNode c : ROOT.path("cases")) {
            out.add(new Case(
                    c.path("input_len").asInt(-1),
                    c.path("hash").asText(),
                    c.path("keyed_hash").asText(),
                    c.path("derive_key").asText()));
        }
        return out;
    }

    /** {@code len} bytes of the repeating sequence 0, 1, ..., 250, as the file's comment describes. */
    static byte[] input(int len) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }

    /** The first {@code bytes} bytes of an extended output given in hex. */
    static String prefix(String hex, int bytes) {
        if (hex.length() < 2 * bytes) {
            throw new IllegalStateException("a vector output has only " + hex.length() / 2 + " bytes");
        }
        return hex.substring(0, 2 * bytes);
    }
}
