package io.straceflow.testing;

import java.time.LocalDate;

/**
 * The one date every test trace is read on. strace -tt prints a time of day and no date, so a live run takes today
 * and a replay its file's date unless told: a test that compares two readings of one trace must give both this date,
 * or it fails on any day but the one it was written on (and across midnight).
 */
public final class TraceDate {
    /** Fixed, so that no test depends on the day it runs. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    /** The command line's {@code --date} value. */
    public static final String OPTION = DAY.toString();

    private TraceDate() {}
}
