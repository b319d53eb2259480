package io.straceflow.chain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * The keys of one run, each key file read exactly once, at the start: the file may be a pipe ({@code --key <(vault
 * read ...)}, a FIFO), which can be read only once. Every user of the keys (the run.json seal, the stream writers)
 * takes them from here, in memory; they are handed to Camel as a bean, never as a property, so they cannot end up in
 * a log or an endpoint's settings.
 *
 * <p>The chain key is held until {@link #eraseChainKey()} overwrites it: the stream writers, the last to take it in a
 * run, call it once they hold their derived keys, and the run calls it again when it ends (the writers may never have
 * opened). The signing key is needed as long as checkpoints are signed; like the writers' keys, it stays.
 */
public final class RunKeys implements AutoCloseable {
    private final byte[] chainKey;
    private final Ed25519PrivateKeyParameters signingKey;
    private boolean erased;

    private RunKeys(byte[] chainKey, Ed25519PrivateKeyParameters signingKey) {
        this.chainKey = chainKey;
        this.signingKey = signingKey;
    }

    /** No keys: unkeyed, unsigned chains. */
    public static RunKeys none() {
        return new RunKeys(null, null);
    }

    /** Reads each file given (null: none) once; a file that is not a key fails with IllegalArgumentException. */
    public static RunKeys read(Path chainKeyFile, Path signingKeyFile) throws IOException {
        byte[] chainKey = chainKeyFile == null ? null : Keys.load(chainKeyFile);
        try {
            return new RunKeys(chainKey, signingKeyFile == null ? null : Keys.loadSigning(signingKeyFile));
        } catch (IOException | RuntimeException e) {
            if (chainKey != null) {
                Arrays.fill(chainKey, (byte) 0);
            }
            throw e;
        }
    }

    /** True when a chain key was given (it may have been erased since). */
    public boolean keyed() {
        return chainKey != null;
    }

    public boolean signed() {
        return signingKey != null;
    }

    /**
     * Gives the keys to a chain's settings; {@link ChainConfig} keeps a copy of the chain key, which its {@link
     * ChainConfig#destroyKey()} erases. Build the settings before this holder's key is erased.
     *
     * @throws IllegalStateException when the chain key was already erased
     */
    public synchronized ChainConfig.Builder applyTo(ChainConfig.Builder b) {
        if (erased && chainKey != null) {
            throw new IllegalStateException("the chain key was already erased: the run's writers have taken it");
        }
        return b.masterKey(chainKey).signingKey(signingKey);
    }

    /** Overwrites the chain key held here (idempotent). */
    public synchronized void eraseChainKey() {
        if (chainKey != null) {
            Arrays.fill(chainKey, (byte) 0);
        }
        erased = true;
    }

    /** The same as {@link #eraseChainKey()}. */
    @Override
    public void close() {
        eraseChainKey();
    }

    /** Never the keys. */
    @Override
    public String toString() {
        return "RunKeys[" + (keyed() ? "keyed" : "unkeyed") + ", " + (signed() ? "signed" : "unsigned") + "]";
    }
}
