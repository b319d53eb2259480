package io.straceflow.cli;

/** A problem the user can fix: printed as one line, no stack trace, exit with {@link #exitCode()}. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
