package io.straceflow.chain;

/**
 * One verification finding. {@code line} is 1-based in {@code file}, {@code seq} the chain seq (-1 when unknown),
 * {@code offset} the byte offset of the line in {@code file} (-1 when unknown).
 */
public record Finding(Reason reason, boolean warning, String file, long line, long seq, long offset, String detail) {
    static Finding fail(Reason r, String file, long line, long seq, long offset, String detail) {
        return new Finding(r, false, file, line, seq, offset, detail);
    }

    static Finding warn(Reason r, String file, long line, long seq, long offset, String detail) {
        return new Finding(r, true, file, line, seq, offset, detail);
    }
}
