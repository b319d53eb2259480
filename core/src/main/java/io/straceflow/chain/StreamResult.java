package io.straceflow.chain;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one stream. {@code records} counts data records verified (control records excluded);
 * {@code mode} is {@code keyed} (every tag checked with the key), {@code unkeyed} (tags are plain hashes) or
 * {@code public} (keyed log, no key given: chain and checkpoints only); {@code signatures} tells whether checkpoint
 * signatures were checked; {@code version} is the format version of the open record (0 when none was read). At most
 * one finding is a failure (verification stops there).
 */
public record StreamResult(
        String stream,
        long records,
        int checkpoints,
        String mode,
        boolean signatures,
        String runId,
        int version,
        List<Finding> findings) {

    public enum Status {
        OK,
        WARN,
        FAIL
    }

    public Status status() {
        if (failure().isPresent()) {
            return Status.FAIL;
        }
        return findings.isEmpty() ? Status.OK : Status.WARN;
    }

    public Optional<Finding> failure() {
        return findings.stream().filter(f -> !f.warning()).findFirst();
    }

    /** A file that could not be read as a chain (missing, or not expected to exist): only this finding. */
    static StreamResult unread(String stream, Finding f) {
        return new StreamResult(stream, 0, 0, "-", false, null, 0, List.of(f));
    }

    /** The same verdict with other findings. */
    StreamResult withFindings(List<Finding> newFindings) {
        return new StreamResult(
                stream, records, checkpoints, mode, signatures, runId, version, List.copyOf(newFindings));
    }

    public List<Finding> warnings() {
        return findings.stream().filter(Finding::warning).toList();
    }
}
