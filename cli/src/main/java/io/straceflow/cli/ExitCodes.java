package io.straceflow.cli;

/**
 * straceflow's own exit codes. For {@code run} the traced program's exit code passes through, and
 * 128+N means killed by signal N (the program, or straceflow itself on Ctrl+C = 130 / SIGTERM = 143).
 * The codes below follow sysexits.h and the shell's 126/127 so they rarely collide with a program's.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** verify: tampered or incomplete. */
    public static final int FAILED = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /**
     * replay: an input is mostly not strace output (EX_DATAERR); everything was read and written, run.json has the
     * warning.
     */
    public static final int DATA_ERROR = 65;
    /** A replay input is missing, unreadable or a directory, or broke off while read (a gzip file cut short). */
    public static final int NO_INPUT = 66;
    /** strace is not installed (EX_UNAVAILABLE). */
    public static final int STRACE_MISSING = 69;
    /** straceflow failed internally, e.g. it could not write a stream (EX_SOFTWARE). */
    public static final int INTERNAL = 70;
    /** Kafka sink: some records were not delivered (counted in kafka_failed); the files hold everything. */
    public static final int KAFKA_LOST = 74;
    /**
     * Kafka sink: no broker reachable at start, or its topics cannot be created or made ready (nothing was traced)
     * (EX_TEMPFAIL).
     */
    public static final int KAFKA_UNREACHABLE = 75;
    /** The output directory cannot be used (holds a previous run, or not writable) (EX_CANTCREAT). */
    public static final int CANT_CREATE = 73;
    /** attach: the kernel let strace trace none of the processes (EX_NOPERM); nothing was kept. */
    public static final int NO_PERMISSION = 77;
    /** The program exists but cannot be executed. */
    public static final int NOT_EXECUTABLE = 126;
    /** The program was not found. */
    public static final int NOT_FOUND = 127;

    private ExitCodes() {}
}
