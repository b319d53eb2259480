package io.straceflow.summary;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each process spent its time, call by call, for the timeline: per process and operation class, the spans of
 * its calls, from a call's start to its return (its {@code -T} duration) or, without {@code -T}, the point where
 * it was made. Calls that overlap or lie at most {@link #resolutionUs()} apart are kept as one span with the number
 * of calls and their summed time.
 *
 * <p>Bounded: once more than {@code limit} spans are kept, the resolution grows fourfold and every group is merged
 * again, so a run of millions of calls costs no more memory than a small one; the page says the resolution.
 */
public final class CallSpans {
    /** One process's calls of one operation class: spans in time order (parallel arrays). */
    public static final class Group {
        public final String processId;
        public final String op;
        private long[] start = new long[4];
        private long[] end = new long[4];
        private long[] calls = new long[4];
        private long[] busy = new long[4];
        private int size;
        /** False once a span arrived that starts before the last one (a call resumed late, or edited data). */
        private boolean inOrder = true;

        public Group(String processId, String op) {
            this.processId = processId;
            this.op = op;
        }

        public int size() {
            return size;
        }

        public long startUs(int i) {
            return start[i];
        }

        public long endUs(int i) {
            return end[i];
        }

        /** Calls in span {@code i}. */
        public long calls(int i) {
            return calls[i];
        }

        /** The summed durations of the calls in span {@code i} (0 without -T). */
        public long busyUs(int i) {
            return busy[i];
        }

        /** Adds calls from {@code s} to {@code e}, merged into the last span when they are {@code gap} or closer. */
        public void add(long s, long e, long n, long busyUs, long gap) {
            e = Math.max(s, e);
            if (size > 0 && s >= start[size - 1] && s - end[size - 1] <= gap) {
                int last = size - 1;
                end[last] = Math.max(end[last], e);
                calls[last] += n;
                busy[last] += busyUs;
                return;
            }
            if (size > 0 && s < start[size - 1]) {
                inOrder = false;
            }
            if (size == start.length) {
                int grown = size * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                calls = Arrays.copyOf(calls, grown);
                busy = Arrays.copyOf(busy, grown);
            }
            start[size] = s;
            end[size] = e;
            calls[size] = n;
            busy[size] = busyUs;
            size++;
        }

        /** This group's spans in time order, merged where they are {@code gap} apart or closer (a new group). */
        public Group merged(long gap) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            if (!inOrder) {
                Arrays.sort(order, (a, b) -> Long.compare(start[a], start[b]));
            }
            Group g = new Group(processId, op);
            for (int i : order) {
                g.add(start[i], end[i], calls[i], busy[i], gap);
            }
            return g;
        }

        private void replaceWith(Group g) {
            start = g.start;
            end = g.end;
            calls = g.calls;
            busy = g.busy;
            size = g.size;
            inOrder = true;
        }
    }

    private final int limit;
    private final Map<String, Map<String, Group>> byProcess = new LinkedHashMap<>();
    private long resolutionUs;
    private int spans;

    /** Keeps at most about {@code limit} spans in all. */
    public CallSpans(int limit) {
        this.limit = limit;
    }

    /** A call (or a signal, an exit) of process {@code processId}: {@code op} from {@code startUs} for {@code us}. */
    public void add(String processId, String op, long startUs, long us) {
        Map<String, Group> groups = byProcess.get(processId); // no lambda made per call: one call per event
        if (groups == null) {
            groups = new LinkedHashMap<>();
            byProcess.put(processId, groups);
        }
        Group g = groups.get(op);
        if (g == null) {
            g = new Group(processId, op);
            groups.put(op, g);
        }
        int before = g.size();
        g.add(startUs, startUs + Math.max(0, us), 1, Math.max(0, us), resolutionUs);
        spans += g.size() - before;
        while (spans > limit) {
            coarsen();
        }
    }

    /** The groups of a process, in the order their operation classes first appeared; empty when it made no call. */
    public Collection<Group> of(String processId) {
        Map<String, Group> groups = byProcess.get(processId);
        return groups == null ? List.of() : groups.values();
    }

    /** Calls this far apart or closer were merged into one span (0: only calls that overlap or touch). */
    public long resolutionUs() {
        return resolutionUs;
    }

    /** Spans kept in all. */
    public int spans() {
        return spans;
    }

    private void coarsen() {
        resolutionUs = resolutionUs == 0 ? 1 : resolutionUs * 4;
        spans = 0;
        for (Map<String, Group> groups : byProcess.values()) {
            for (Group g : groups.values()) {
                g.replaceWith(g.merged(resolutionUs));
                spans += g.size();
            }
        }
    }
}
