package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where a chain writer's bytes go: a file of the output directory ({@link OutputFile}), or memory ({@link
 * MemoryOutput}) when a hashing stage computes the chain and hands the bytes on to its sinks.
 */
public interface ChainOutput extends Closeable {
    void write(byte[] b, int off, int len) throws IOException;

    void write(byte b) throws IOException;

    /** Hands buffered bytes on (to the OS for a file). */
    void flush() throws IOException;

    /** Makes the bytes so far durable (fsync for a file); a checkpoint's note is written only after it. */
    void sync() throws IOException;

    /** The first failed write (file and reason), or null. */
    IOException failure();
}
