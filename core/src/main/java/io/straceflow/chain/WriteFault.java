package io.straceflow.chain;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The first failed write among the files of one chain writer (the stream, its sidecar, its notes). After it none of
 * them is written again: a record written after a torn one, or a second checkpoint record for an epoch whose note
 * failed, would make a full disk look like tampering to the verifier. What is left is a torn or unsealed tail, which
 * it reports as a crash (a warning).
 */
final class WriteFault {
    private volatile IOException first;

    /** Throws the failure if there was one. */
    void check() throws IOException {
        IOException f = first;
        if (f != null) {
            throw f;
        }
    }

    /** Records a failed write of {@code file} (the first one wins) and returns what to throw: file and reason. */
    synchronized IOException record(Path file, IOException e) {
        if (first == null) {
            // no cause: callers report the root cause's message, which would drop the file name
            IOException f = new IOException("cannot write " + file + ": " + IoErrors.reason(e));
            f.addSuppressed(e);
            first = f;
        }
        return first;
    }

    IOException get() {
        return first;
    }
}
