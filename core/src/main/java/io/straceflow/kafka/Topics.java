package io.straceflow.kafka;

import io.straceflow.chain.StreamFiles;

/**
 * Which topic carries which file of an output directory. The value of every Kafka record is one line of that file,
 * byte for byte, so a consumer can lay the topics out as an output directory again and verify it.
 */
public final class Topics {
    /** Record headers (strings): where the line comes from and its position (0-based line index in its file). */
    public static final String HOST = "straceflow.host";

    public static final String RUN = "straceflow.run";
    public static final String STREAM = "straceflow.stream";
    public static final String SEQ = "straceflow.seq";

    /** The raw sidecar's lines: the chain of {@code P.raw}. */
    public static final String RAW_CHAIN = "raw.chain";
    /** Checkpoint notes of every stream, the header {@link #STREAM} names the notes file. */
    public static final String CHECKPOINTS = "checkpoints";

    private Topics() {}

    /** Topic suffix of a file: syscalls.log → raw, events.jsonl → events, *.ckpt → checkpoints. */
    public static String suffixOf(String file) {
        if (file.endsWith(StreamFiles.NOTES_SUFFIX)) {
            return CHECKPOINTS;
        }
        if (file.equals(StreamFiles.RAW)) {
            return "raw";
        }
        if (file.equals(StreamFiles.RAW + StreamFiles.CHAIN_SUFFIX)) {
            return RAW_CHAIN;
        }
        return file.endsWith(".jsonl") ? file.substring(0, file.length() - ".jsonl".length()) : file;
    }

    /** Every topic of a run, checkpoints last. */
    public static String[] all(String prefix) {
        return new String[] {
            prefix + ".raw",
            prefix + "." + RAW_CHAIN,
            prefix + ".events",
            prefix + ".enriched",
            prefix + ".actions",
            prefix + "." + CHECKPOINTS
        };
    }
}
