package io.straceflow.chain;

/** Sees each data record a chain writer writes (see {@link ChainConfig.Builder#onRecordLine}). */
@FunctionalInterface
public interface RecordLineListener {
    /**
     * @param stream the stream's file name, e.g. {@code events.jsonl} or {@code syscalls.log}
     * @param line the exact record line written to the chained file, with its newline (a copy)
     * @param raw for a raw stream the raw line as written to the log (with its newline, if it had one), else null
     */
    void record(String stream, byte[] line, byte[] raw);

    /**
     * A raw line too long to hand over (a line over the parse limit, kept whole only in the log): {@code line} is its
     * sidecar record, {@code rawLength} its length. A listener that ships raw lines counts it as not delivered.
     */
    default void rawTooLong(String stream, byte[] line, long rawLength) {}
}
