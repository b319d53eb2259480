package io.straceflow.chain;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one stream. {@code records} counts data records verified (control records excluded);
 * {@code mode} is {@code keyed} (every tag checked with the key), {@code unkeyed} (tags are plain hashes) or
 * {@code public} (keyed log, no key given: chain and checkpoints only); {@code signatures} tells whether checkpoint
 * signatures were checked. At most one finding is a failure (verification stops there).
 */
public record StreamResult(
        String stream,
        long records,
        int checkpoints,
        String mode,
        boolean signatures,
        String runId,
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

    public List<Finding> warnings() {
        return findings.stream().filter(Finding::warning).toList();
    }
}
