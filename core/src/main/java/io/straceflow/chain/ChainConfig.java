package io.straceflow.chain;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Settings shared by the writers of one run. The stream name is the file name (e.g. {@code events.jsonl}), so the
 * verifier takes it from the file's position, never from its contents. Immutable except {@link #destroyKey()}.
 */
public final class ChainConfig {
    public static final long DEFAULT_EVERY_RECORDS = 10_000;
    public static final long DEFAULT_EVERY_MILLIS = 10_000;

    private final byte[] masterKey;
    private final Ed25519PrivateKeyParameters signingKey;
    private final long everyRecords;
    private final long everyMillis;
    private final Clock clock;
    private final String runId;
    private final String host;
    private final boolean fsync;
    private final Consumer<Checkpoint> checkpointListener;
    private final BiConsumer<String, byte[]> controlLineListener;

    private ChainConfig(Builder b) {
        this.masterKey = b.masterKey == null ? null : b.masterKey.clone();
        this.signingKey = b.signingKey;
        this.everyRecords = b.everyRecords;
        this.everyMillis = b.everyMillis;
        this.clock = b.clock;
        this.runId = b.runId;
        this.host = b.host;
        this.fsync = b.fsync;
        this.checkpointListener = b.checkpointListener;
        this.controlLineListener = b.controlLineListener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when tags are keyed MACs (a master key was given). */
    public boolean keyed() {
        return masterKey != null;
    }

    byte[] masterKey() {
        if (masterKey != null && allZero(masterKey)) {
            throw new IllegalStateException("the master key was destroyed; create writers before destroyKey()");
        }
        return masterKey;
    }

    /**
     * Overwrites the master key held here. Call it once every writer of the run is open: the writers keep only their
     * evolving epoch keys, so a later memory dump does not hold the key that verifies (and forges) everything.
     */
    public void destroyKey() {
        if (masterKey != null) {
            Arrays.fill(masterKey, (byte) 0);
        }
    }

    Ed25519PrivateKeyParameters signingKey() {
        return signingKey;
    }

    long everyRecords() {
        return everyRecords;
    }

    long everyMillis() {
        return everyMillis;
    }

    Clock clock() {
        return clock;
    }

    public String runId() {
        return runId;
    }

    String host() {
        return host;
    }

    boolean fsync() {
        return fsync;
    }

    Consumer<Checkpoint> checkpointListener() {
        return checkpointListener;
    }

    BiConsumer<String, byte[]> controlLineListener() {
        return controlLineListener;
    }

    private static boolean allZero(byte[] b) {
        int acc = 0;
        for (byte x : b) {
            acc |= x;
        }
        return acc == 0;
    }

    public static final class Builder {
        private byte[] masterKey;
        private Ed25519PrivateKeyParameters signingKey;
        private long everyRecords = DEFAULT_EVERY_RECORDS;
        private long everyMillis = DEFAULT_EVERY_MILLIS;
        private Clock clock = Clock.systemUTC();
        private String runId = UUID.randomUUID().toString();
        private String host = defaultHost();
        private boolean fsync = true;
        private Consumer<Checkpoint> checkpointListener = c -> {};
        private BiConsumer<String, byte[]> controlLineListener = (s, l) -> {};

        private Builder() {}

        /** 32-byte chain key (from {@link Keys#load}); null for unkeyed mode. */
        public Builder masterKey(byte[] key) {
            if (key != null && key.length != Keys.CHAIN_KEY_BYTES) {
                throw new IllegalArgumentException("a chain key has " + Keys.CHAIN_KEY_BYTES + " bytes");
            }
            this.masterKey = key;
            return this;
        }

        /** Ed25519 key that signs every checkpoint note; null for unsigned notes. */
        public Builder signingKey(Ed25519PrivateKeyParameters key) {
            this.signingKey = key;
            return this;
        }

        public Builder checkpointEveryRecords(long n) {
            if (n < 1) {
                throw new IllegalArgumentException("checkpoint interval must be >= 1 record");
            }
            this.everyRecords = n;
            return this;
        }

        public Builder checkpointEveryMillis(long ms) {
            if (ms < 1) {
                throw new IllegalArgumentException("checkpoint interval must be >= 1 ms");
            }
            this.everyMillis = ms;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Names the run in every open record and note; the verifier requires one run per directory. */
        public Builder runId(String runId) {
            this.runId = printable(runId, "run id");
            return this;
        }

        public Builder host(String host) {
            this.host = printable(host, "host");
            return this;
        }

        /** Both end up in one line of every checkpoint note, so no line breaks or other control characters. */
        private static String printable(String s, String what) {
            if (Objects.requireNonNull(s).isEmpty() || s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException(what + " must be non-empty printable text");
            }
            return s;
        }

        /** fsync data and notes at every checkpoint (default true); off only for benchmarks and tests. */
        public Builder fsync(boolean fsync) {
            this.fsync = fsync;
            return this;
        }

        /**
         * Called on the writer's thread after each checkpoint is on disk, e.g. to ship it off-host. An exception
         * thrown here propagates out of the writer call that took the checkpoint (the checkpoint itself is written).
         */
        public Builder onCheckpoint(Consumer<Checkpoint> listener) {
            this.checkpointListener = Objects.requireNonNull(listener);
            return this;
        }

        /**
         * Called on the writer's thread with (stream, line) for every line the chain writes on its own (open, ckpt,
         * close records of a JSONL stream; the sidecar's of a raw stream), in file order. With the lines returned by
         * {@code append} they make the whole chained file, e.g. for a Kafka topic that must verify on its own.
         */
        public Builder onControlLine(BiConsumer<String, byte[]> listener) {
            this.controlLineListener = Objects.requireNonNull(listener);
            return this;
        }

        public ChainConfig build() {
            return new ChainConfig(this);
        }

        /** The kernel's host name; no DNS lookup (InetAddress.getLocalHost can stall for seconds). */
        public static String defaultHost() {
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) {
                return env.strip();
            }
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname"))
                        .strip();
            } catch (java.io.IOException | RuntimeException e) {
                return "localhost";
            }
        }
    }
}
