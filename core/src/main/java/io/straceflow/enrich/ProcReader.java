package io.straceflow.enrich;

import java.io.IOException;

/** Reads what /proc knows about a process. Runs on the /proc pool, never on the pipeline thread. */
@FunctionalInterface
public interface ProcReader {
    /** The snapshot, or null when the process is gone (normal for short-lived processes). */
    ProcSnapshot read(int pid) throws IOException;
}
