package io.straceflow.chain;

/** Ends the verification of a stream at its first failure. */
final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    Stop(Finding finding) {
        super(finding.detail(), null, false, false);
        this.finding = finding;
    }

    Finding finding() {
        return finding;
    }
}
