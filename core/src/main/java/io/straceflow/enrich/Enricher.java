package io.straceflow.enrich;

import io.straceflow.parse.EventType;
import io.straceflow.parse.SyscallEvent;

/**
 * Enrichment stage: keeps a process table from the trace and returns, for each event, the view of its process.
 * Call from one thread (the pipeline's), in event order. In live mode /proc fills what the trace does not know,
 * read in the background; a read that has not finished when an event passes is simply not used for it.
 */
public final class Enricher implements AutoCloseable {
    private final EnrichOptions options;
    private final ProcessTable table;
    private final ProcSupplement proc;
    private long events;
    private long noProcess;

    public Enricher(EnrichOptions options) {
        this.options = options;
        this.table = new ProcessTable(options);
        this.proc = options.live() ? new ProcSupplement(options) : null;
    }

    /**
     * Optional, recommended: show each raw strace line here before the parser gets it. Clone calls split by strace
     * are seen when they start, so a child that runs before its parent's clone returns (always so after vfork) is
     * attributed to its parent from its first event instead of after the fact.
     */
    public void observeLine(String line, long lineNo) {
        table.observeLine(line, lineNo);
    }

    /** Updates the table from the event and returns the view of its process; null when the event has no pid. */
    public ProcessInfo enrich(SyscallEvent event) {
        events++;
        if (proc != null) {
            proc.drain(this::applyProc);
        }
        Integer pid = event.pid();
        ProcessRecord r = pid == null ? null : table.recordFor(pid, event);
        if (r == null) {
            noProcess++;
            return null;
        }
        r = table.update(pid, r, event);
        ProcessInfo info = table.view(pid, r);
        if (event.type() == EventType.EXIT || event.type() == EventType.KILLED) {
            table.exited(pid);
        } else if (proc != null && !r.procRequested) {
            proc.request(r);
        }
        return info;
    }

    private void applyProc(ProcSupplement.Result res) {
        if (res.snapshot() != null) {
            res.record().proc = res.snapshot();
            table.changed();
        }
    }

    public EnrichStats stats() {
        return new EnrichStats(
                events,
                noProcess,
                table.processes(),
                table.threads,
                table.placeholders,
                table.guessed,
                table.wrongGuesses,
                table.linkedLate,
                table.reusedPids,
                table.liveThreads(),
                table.exitedRetained(),
                table.evicted,
                proc == null ? 0 : proc.requested,
                proc == null ? 0 : proc.applied,
                proc == null ? 0 : proc.gone,
                proc == null ? 0 : proc.failed,
                proc == null ? 0 : proc.skipped,
                proc == null ? 0 : proc.inFlight());
    }

    public EnrichOptions options() {
        return options;
    }

    /** Stops the /proc pool (an injected executor is left to its owner). */
    @Override
    public void close() {
        if (proc != null) {
            proc.close();
        }
    }
}
