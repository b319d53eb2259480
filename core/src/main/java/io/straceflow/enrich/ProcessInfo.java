package io.straceflow.enrich;

import java.util.List;

/**
 * What the enricher knows about the process of one event. Fields the trace did not reveal are filled from /proc
 * when a live read finished in time ({@code source = "proc"}), else they are null ({@code source = "trace"}).
 *
 * @param pid the thread that made the call (strace's PID column)
 * @param tgid the process (thread group) it belongs to
 * @param id {@code TGID-N}: the N-th process of this trace; unlike the pid it is never reused within a trace
 * @param startMicros trace time (epoch µs) when the process first appeared, null without -tt
 * @param ppid the parent process; null when neither the trace nor /proc told
 * @param ancestors parent, grandparent, ... up to the traced root, nearest first
 * @param ancestorsTruncated the chain was longer than {@link EnrichOptions#maxAncestors()}
 * @param traceView the same view without /proc data; null when this view has none
 */
public record ProcessInfo(
        int pid,
        int tgid,
        String id,
        Long startMicros,
        Integer ppid,
        String comm,
        String exe,
        List<String> argv,
        String cwd,
        Integer uid,
        String source,
        List<Ancestor> ancestors,
        boolean ancestorsTruncated,
        ProcessInfo traceView) {

    public static final String SOURCE_TRACE = "trace";
    public static final String SOURCE_PROC = "proc";

    /** Only what the trace itself said: equal between a live run and a replay of its trace. */
    public ProcessInfo traceOnly() {
        return traceView == null ? this : traceView;
    }
}
