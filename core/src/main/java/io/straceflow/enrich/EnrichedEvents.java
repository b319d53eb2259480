package io.straceflow.enrich;

import io.straceflow.parse.EventBatch;
import io.straceflow.parse.SyscallEvent;
import java.util.Arrays;

/**
 * The typed side of a batch of enriched.jsonl's records: each event with the process the enricher gave it (null
 * when none), in the records' order. {@link EnrichStage} leaves it on the exchange (property {@link #PROPERTY}) for
 * the steps after it that count events without reading their JSON (the run's summary). Valid until the stage's next
 * batch: one instance per stage.
 */
public final class EnrichedEvents {
    /** The exchange property that holds the batch's {@code EnrichedEvents}. */
    public static final String PROPERTY = "StraceflowEnrichedEvents";

    private EventBatch batch;
    private ProcessInfo[] processes = new ProcessInfo[16];

    void reset(EventBatch batch) {
        this.batch = batch;
        if (processes.length < batch.size()) {
            processes = new ProcessInfo[Math.max(batch.size(), processes.length * 2)];
        } else {
            Arrays.fill(processes, null);
        }
    }

    void set(int i, ProcessInfo p) {
        processes[i] = p;
    }

    public int size() {
        return batch == null ? 0 : batch.size();
    }

    public SyscallEvent event(int i) {
        return batch.event(i);
    }

    /** The process of event {@code i} as its record has it; null when it has none. */
    public ProcessInfo process(int i) {
        return processes[i];
    }
}
