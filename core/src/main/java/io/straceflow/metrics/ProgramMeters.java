package io.straceflow.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.straceflow.sink.LabelledCounts;
import io.straceflow.sink.RunStats;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The traced program's counts ({@link ProgramCounts}) as Micrometer function counters, one per label value:
 * {@code straceflow_syscalls_total{syscall}}, {@code straceflow_syscall_errors_total{errno}}, {@code
 * straceflow_io_bytes_total{direction}}, {@code straceflow_processes_started_total} and {@code
 * straceflow_processes_exited_total{how}}. A label value seen since the last scrape gets its series before the next
 * ({@link #refresh}); the counting itself never touches Micrometer.
 */
final class ProgramMeters {
    /** One kind of count: its RunStats name, meter name, base unit, label and help. */
    private record Kind(String counts, String meter, String unit, String label, String help, String... known) {}

    private static final Kind[] KINDS = {
        new Kind(
                ProgramCounts.SYSCALLS,
                "straceflow.syscalls",
                null,
                "syscall",
                "System calls the traced processes made, by syscall (the syscall events of events.jsonl)"),
        new Kind(
                ProgramCounts.ERRORS,
                "straceflow.syscall.errors",
                null,
                "errno",
                "System calls that failed, by errno (events.jsonl's events with an errno)"),
        new Kind(
                ProgramCounts.IO_BYTES,
                "straceflow.io",
                "bytes",
                "direction",
                "Bytes the traced processes read (read, pread64, readv, recv, recvfrom, recvmsg ...) or wrote (write,"
                        + " pwrite64, writev, send, sendto, sendmsg, sendfile ...): the return values of those calls",
                "read",
                "write"),
        new Kind(
                ProgramCounts.STARTED,
                "straceflow.processes.started",
                null,
                null,
                "Processes started in the trace: the program run started, and each fork, vfork, clone or clone3 that"
                        + " made a process (not a thread)",
                ""),
        new Kind(
                ProgramCounts.EXITED,
                "straceflow.processes.exited",
                null,
                "how",
                "Traced processes that ended (threads not counted), by how: exited, or killed by a signal",
                "exited",
                "killed")
    };

    private final MeterRegistry registry;
    private final RunStats stats;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    ProgramMeters(MeterRegistry registry, RunStats stats) {
        this.registry = registry;
        this.stats = stats;
        for (Kind k : KINDS) {
            for (String label : k.known()) {
                register(k, label);
            }
        }
    }

    /** Registers the label values counted since the last call; called before each scrape. */
    void refresh() {
        for (Kind k : KINDS) {
            for (String label : stats.labelled(k.counts()).snapshot().keySet()) {
                register(k, label);
            }
        }
    }

    private void register(Kind k, String label) {
        if (!registered.add(k.counts() + '\0' + label)) {
            return;
        }
        LabelledCounts counts = stats.labelled(k.counts());
        FunctionCounter.Builder<LabelledCounts> b = FunctionCounter.builder(k.meter(), counts, c -> c.get(label))
                .description(k.help())
                .baseUnit(k.unit());
        if (k.label() != null) {
            b.tag(k.label(), label);
        }
        b.register(registry);
    }
}
