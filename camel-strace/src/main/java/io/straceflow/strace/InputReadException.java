package io.straceflow.strace;

import java.io.IOException;

/**
 * Reading the trace's input failed (a gzip file cut short or corrupt, an I/O error), as opposed to a stage that
 * could not handle what was read. Thrown only after every line read before the failure was handed on.
 */
public final class InputReadException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long bytesRead;
    private final long lineNo;

    InputReadException(IOException cause, long bytesRead, long lineNo) {
        super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        this.bytesRead = bytesRead;
        this.lineNo = lineNo;
    }

    /** Bytes of the input read before the failure (decompressed, for gzip). */
    public long bytesRead() {
        return bytesRead;
    }

    /** The line of the input (from 1) that was being read: kept as far as it was read, if any of it was. */
    public long lineNo() {
        return lineNo;
    }
}
