package io.straceflow.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * Key files: a chain key is 32 random bytes written as 64 hex digits; an Ed25519 signing key is its 32-byte seed in
 * hex, its public key 32 bytes in hex. Secret files are created new with owner-only permissions (rw-------).
 */
public final class Keys {
    public static final int CHAIN_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Keys() {}

    /** Writes a new random chain key; fails if the file exists. */
    public static void generate(Path file) throws IOException {
        byte[] key = new byte[CHAIN_KEY_BYTES];
        RANDOM.nextBytes(key);
        try {
            writeSecret(file, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Reads a chain key: 64 hex digits (surrounding whitespace allowed) or exactly 32 raw bytes. Reads the file once,
     * so it may be a pipe; read a run's keys once with {@link RunKeys}.
     */
    public static byte[] load(Path file) throws IOException {
        return read32(file, "chain key");
    }

    /** Writes a new Ed25519 key pair: the private seed (owner-only) and the public key (world-readable). */
    public static void generateSigning(Path privateFile, Path publicFile) throws IOException {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(RANDOM);
        if (Files.exists(publicFile)) {
            throw new java.nio.file.FileAlreadyExistsException(publicFile.toString());
        }
        writeSecret(privateFile, key.getEncoded());
        Files.writeString(
                publicFile,
                HexFormat.of().formatHex(key.generatePublicKey().getEncoded()) + "\n",
                StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** Reads an Ed25519 private key; the seed read is overwritten once the key holds its own copy. */
    public static Ed25519PrivateKeyParameters loadSigning(Path file) throws IOException {
        byte[] seed = read32(file, "Ed25519 private key");
        try {
            return new Ed25519PrivateKeyParameters(seed, 0);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    public static Ed25519PublicKeyParameters loadPublic(Path file) throws IOException {
        return new Ed25519PublicKeyParameters(read32(file, "Ed25519 public key"), 0);
    }

    private static void writeSecret(Path file, byte[] secret) throws IOException {
        byte[] text = (HexFormat.of().formatHex(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.write(file, text, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        Arrays.fill(text, (byte) 0);
    }

    /** A key file holds 64 hex digits and white space at most; anything longer is not a key. */
    private static final int MAX_KEY_FILE_BYTES = 1024;

    private static byte[] read32(Path file, String what) throws IOException {
        byte[] raw;
        // bounded: a key may come from a pipe (--key <(...)), and a pipe that never ends must not fill the heap
        try (java.io.InputStream in = Files.newInputStream(file)) {
            raw = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
        }
        try {
            if (raw.length > MAX_KEY_FILE_BYTES) {
                throw new IllegalArgumentException(
                        file + " is not a " + what + ": longer than " + MAX_KEY_FILE_BYTES + " bytes");
            }
            String text = new String(raw, StandardCharsets.US_ASCII).strip();
            if (text.length() == 2 * CHAIN_KEY_BYTES && text.chars().allMatch(Keys::isHex)) {
                return HexFormat.of().parseHex(text);
            }
            if (raw.length == CHAIN_KEY_BYTES) {
                return raw.clone();
            }
            throw new IllegalArgumentException(
                    file + " is not a " + what + " (want 64 hex digits or " + CHAIN_KEY_BYTES + " raw bytes)");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
