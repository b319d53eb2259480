package io.straceflow.chain;

import java.util.List;

/** The verdict on a directory: one result per stream. */
public record VerifyReport(List<StreamResult> streams) {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAIL = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_WARN = 3;

    /** 0 intact and sealed, 1 tampered or incomplete, 3 nothing tampered but warnings (crash: unsealed tail). */
    public int exitCode() {
        if (streams.stream().anyMatch(s -> s.status() == StreamResult.Status.FAIL)) {
            return EXIT_FAIL;
        }
        if (streams.stream().anyMatch(s -> s.status() == StreamResult.Status.WARN)) {
            return EXIT_WARN;
        }
        return EXIT_OK;
    }

    public StreamResult stream(String name) {
        return streams.stream()
                .filter(s -> s.stream().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stream " + name));
    }
}
