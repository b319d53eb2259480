package io.straceflow.chain;

import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * What the verifier expects, from its own arguments only: with a {@code key} every stream must be keyed and every tag
 * is checked; with a {@code publicKey} every checkpoint note must carry a valid signature by it. {@code streams} must
 * all exist (default: the four standard streams).
 */
public record VerifyOptions(byte[] key, Ed25519PublicKeyParameters publicKey, List<String> streams) {
    public VerifyOptions {
        if (key != null && key.length != Keys.CHAIN_KEY_BYTES) {
            throw new IllegalArgumentException("a chain key has " + Keys.CHAIN_KEY_BYTES + " bytes");
        }
        streams = List.copyOf(streams);
    }

    public static VerifyOptions of(byte[] key, Ed25519PublicKeyParameters publicKey) {
        return new VerifyOptions(key, publicKey, StreamFiles.STANDARD);
    }
}
