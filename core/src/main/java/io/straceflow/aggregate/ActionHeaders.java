package io.straceflow.aggregate;

/** Headers the actions route reads and sets. */
public final class ActionHeaders {
    /** Input: the event's seq in events.jsonl (long). */
    public static final String SEQ = "StraceflowSeq";

    /** Set by {@link ActionKeys}: the correlation key; absent for events that are not aggregated. */
    public static final String KEY = "StraceflowActionKey";

    private ActionHeaders() {}
}
