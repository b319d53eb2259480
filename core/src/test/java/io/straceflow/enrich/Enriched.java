package io.straceflow.enrich;

import io.straceflow.parse.EventAssembler;
import io.straceflow.parse.ParseOptions;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.testing.TraceDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Test helper: strace lines → parser → enricher, keeping every event with the view it got. */
record Enriched(SyscallEvent event, ProcessInfo process) {

    /** Runs the lines through a parser and {@code enricher}; {@code observe}: also show it the raw lines. */
    static List<Enriched> run(List<String> lines, Enricher enricher, boolean observe) {
        EventAssembler asm = new EventAssembler(ParseOptions.builder()
                .baseDate(TraceDate.DAY)
                .zone(ZoneOffset.UTC)
                .build());
        List<Enriched> out = new ArrayList<>();
        long n = 0;
        for (String line : lines) {
            n++;
            if (observe) {
                enricher.observeLine(line, n);
            }
            asm.accept(line, n, e -> out.add(new Enriched(e, enricher.enrich(e))));
        }
        asm.finish(e -> out.add(new Enriched(e, enricher.enrich(e))));
        return out;
    }

    static List<Enriched> replay(List<String> lines, boolean observe) {
        try (Enricher enricher = new Enricher(EnrichOptions.replay())) {
            return run(lines, enricher, observe);
        }
    }

    static List<Enriched> where(List<Enriched> all, Predicate<Enriched> p) {
        return all.stream().filter(p).toList();
    }

    static List<Enriched> ofPid(List<Enriched> all, int pid) {
        return where(all, x -> x.event().pid() != null && x.event().pid() == pid);
    }

    static Enriched call(List<Enriched> all, int pid, String syscall) {
        return ofPid(all, pid).stream()
                .filter(x -> syscall.equals(x.event().syscall()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + syscall + " of " + pid));
    }
}
