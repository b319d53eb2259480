package io.straceflow.chain;

/** Why a stream failed verification (or, for a crash, why it only warns). */
public enum Reason {
    /** A tag does not match its record under the verifier's key: the record (or one before it) was changed. */
    MAC_MISMATCH,
    /** Unkeyed mode: a tag does not match the recomputed chain value. */
    HASH_MISMATCH,
    /** A seq is missing: a record was deleted. */
    SEQ_GAP,
    /** A record appears again, byte for byte. */
    DUPLICATE,
    /** The expected record appears later in the file: records were moved or swapped. */
    REORDERED,
    /** A seq goes backwards with different bytes: records from another chain were inserted. */
    SEQ_REWIND,
    /** Records that a checkpoint note vouches for are gone. */
    TRUNCATED_TAIL,
    /** A line was cut short: a warning at the very end (crash), a failure anywhere else. */
    TORN_LINE,
    /** A line is not a chained record. */
    MALFORMED_LINE,
    /** The first record is not a valid open record. */
    NO_OPEN_RECORD,
    /** The open record names another stream: the file was moved or renamed. */
    STREAM_MISMATCH,
    /** The log's mode (keyed/unkeyed) is not the one the verifier was told to expect. */
    MODE_MISMATCH,
    /** The stream belongs to another run than the other streams of the directory. */
    RUN_MISMATCH,
    /** A checkpoint note disagrees with the chain (size, head, epoch, time, origin). */
    CHECKPOINT_MISMATCH,
    /** A checkpoint record has no note although the log goes on after it: notes were stripped. */
    CHECKPOINT_MISSING,
    /** A note lacks a valid signature by the given public key. */
    BAD_SIGNATURE,
    /** Data after the close record (JSONL) or raw lines beyond a sealed sidecar. */
    EXTRA_DATA,
    /** An expected stream file is missing. */
    MISSING_STREAM,
    /** A raw stream has no sidecar chain. */
    NO_CHAIN,
    /** run.json is not the version its seal ({@code run.json.chain}) vouches for: it was changed after it was sealed. */
    MANIFEST_MISMATCH,
    /** run.json has no seal and the streams say it cannot have one (format 1 directory). A warning. */
    MANIFEST_UNSEALED,
    /** Records after the last checkpoint are not sealed: the writer did not close (crash). A warning. */
    UNSEALED_TAIL,
    /** The file could not be read. */
    IO_ERROR
}
