package io.straceflow.chain;

import java.util.ArrayList;
import java.util.List;

/** The verdict on a directory: one result per stream, and one for run.json when it was checked (else null). */
public record VerifyReport(List<StreamResult> streams, StreamResult manifest) {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAIL = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_WARN = 3;

    /** The streams, then run.json when it was checked. */
    public List<StreamResult> all() {
        List<StreamResult> all = new ArrayList<>(streams);
        if (manifest != null) {
            all.add(manifest);
        }
        return all;
    }

    /** 0 intact and sealed, 1 tampered or incomplete, 3 nothing tampered but warnings (crash: unsealed tail). */
    public int exitCode() {
        if (all().stream().anyMatch(s -> s.status() == StreamResult.Status.FAIL)) {
            return EXIT_FAIL;
        }
        if (all().stream().anyMatch(s -> s.status() == StreamResult.Status.WARN)) {
            return EXIT_WARN;
        }
        return EXIT_OK;
    }

    /** The result of a stream, or of run.json. */
    public StreamResult stream(String name) {
        return all().stream()
                .filter(s -> s.stream().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stream " + name));
    }
}
