package io.straceflow.parse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** strace's own -c/-C table (appended to the -o file): per syscall, calls and errors. The oracle for fidelity. */
final class StraceSummary {
    private StraceSummary() {}

    /** Call and error counts by syscall name, read from the lines after the {@code % time} header. */
    static Map<String, List<Long>> read(List<String> lines) {
        Map<String, List<Long>> table = new TreeMap<>();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("% time")) {
                header = i;
            }
        }
        if (header < 0) {
            throw new IllegalStateException("no strace summary table in the trace");
        }
        for (int i = header + 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("------")) {
                break;
            }
            String[] cols = line.trim().split("\\s+");
            // % time, seconds, usecs/call, calls, [errors], syscall: the errors column is blank when zero
            long errors = cols.length == 6 ? Long.parseLong(cols[4]) : 0;
            table.put(cols[cols.length - 1], List.of(Long.parseLong(cols[3]), errors));
        }
        return table;
    }

    /** The same counts from parsed events, counted the way strace counts: when a call returns. */
    static Map<String, List<Long>> fromEvents(List<SyscallEvent> events) {
        Map<String, long[]> counts = new TreeMap<>();
        for (SyscallEvent e : events) {
            boolean returned = e.type() == EventType.SYSCALL
                    && !e.unfinished()
                    && (e.ret() != null || e.errno() != null); // a bare "= ?" never returned
            if (returned) {
                long[] c = counts.computeIfAbsent(e.syscall(), k -> new long[2]);
                c[0]++;
                if (e.errno() != null) {
                    c[1]++;
                }
            }
        }
        Map<String, List<Long>> table = new TreeMap<>();
        counts.forEach((name, c) -> table.put(name, List.of(c[0], c[1])));
        return table;
    }
}
