package io.straceflow.chain;

import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * What the verifier expects, from its own arguments only: with a {@code key} every stream must be keyed and every tag
 * is checked; with a {@code publicKey} every checkpoint note must carry a valid signature by it. {@code streams} must
 * all exist (default: the four standard streams). {@code manifest}: run.json must match its seal ({@code run.json.chain})
 * as well; off for a set of streams that is not a whole output directory (e.g. read back from Kafka, which does not
 * carry run.json).
 */
public record VerifyOptions(byte[] key, Ed25519PublicKeyParameters publicKey, List<String> streams, boolean manifest) {
    public VerifyOptions {
        if (key != null && key.length != Keys.CHAIN_KEY_BYTES) {
            throw new IllegalArgumentException("a chain key has " + Keys.CHAIN_KEY_BYTES + " bytes");
        }
        streams = List.copyOf(streams);
    }

    /** These streams only; run.json is not checked. */
    public VerifyOptions(byte[] key, Ed25519PublicKeyParameters publicKey, List<String> streams) {
        this(key, publicKey, streams, false);
    }

    /** A whole output directory: the four standard streams and run.json. */
    public static VerifyOptions of(byte[] key, Ed25519PublicKeyParameters publicKey) {
        return new VerifyOptions(key, publicKey, StreamFiles.STANDARD, true);
    }

    /** The same, without run.json. */
    public VerifyOptions withoutManifest() {
        return new VerifyOptions(key, publicKey, streams, false);
    }
}
