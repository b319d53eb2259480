package io.straceflow.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.straceflow.summary.RunSummary.PathRow;
import io.straceflow.summary.RunSummary.PeerRow;
import io.straceflow.summary.RunSummary.ProcessRow;
import java.util.List;
import java.util.Map;

/**
 * {@code straceflow summary --format json}: the report as one JSON object, the rows of the text report (the same
 * {@link SummaryView}). The contract (keys, units, caps) is docs/summary-json.md; its JSON schema,
 * docs/summary-json.schema.json, checks it in the tests (keep the three in step). Keys are snake_case, quantities carry their unit in the name
 * ({@code time_us}, {@code bytes_read}), tables are lists of objects, and {@code omitted} says how many rows each
 * capped list left out.
 */
public final class SummaryJson {
    /** Bumped when a key changes meaning or goes away (new keys may come without). */
    public static final int VERSION = 1;
    /** At most this many pids of a folded process line are listed. */
    static final int FOLDED_PIDS = 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RUN_FACTS =
            List.of("run_id", "host", "mode", "status", "exit_code", "started", "ended");

    private SummaryJson() {}

    /** The report, pretty-printed. */
    public static String render(RunSummary s) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(SummaryView.of(s)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(SummaryView v) {
        RunSummary s = v.summary;
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "straceflow-summary");
        root.put("version", VERSION);

        ObjectNode run = root.putObject("run");
        for (String fact : RUN_FACTS) {
            Object value = s.run.get(fact);
            if (value instanceof Number n) {
                run.put(fact, n.longValue());
            } else if (value != null) {
                run.put(fact, value.toString());
            } else {
                run.putNull(fact);
            }
        }
        if (s.run.get("command") instanceof List<?> argv) {
            ArrayNode command = run.putArray("command");
            argv.forEach(a -> command.add(String.valueOf(a)));
        } else {
            run.putNull("command");
        }
        run.put("command_source", s.commandSource);

        ObjectNode totals = root.putObject("totals");
        totals.put("processes", s.processes.size());
        totals.put("syscalls", s.totalCalls());
        totals.put("syscall_errors", s.totalErrors());
        totals.put("syscall_times", s.syscallTimes);
        timeUs(totals, "syscall_time_us", s.totalTimeUs(), s);
        Long traced = v.tracedUs();
        if (traced == null) {
            totals.putNull("traced_us");
        } else {
            totals.put("traced_us", traced);
        }

        ArrayNode syscalls = root.putArray("syscalls");
        long total = s.totalTimeUs();
        for (SummaryView.Syscall r : v.syscalls) {
            ObjectNode o = syscalls.addObject();
            o.put("name", r.name());
            o.put("calls", r.calls());
            o.put("errors", r.errors());
            timeUs(o, "time_us", r.timeUs(), s);
            if (s.syscallTimes) {
                o.put("us_per_call", r.calls() == 0 ? 0 : r.timeUs() / r.calls());
                o.put("time_percent", total == 0 ? 0.0 : Math.round(10_000.0 * r.timeUs() / total) / 100.0);
            } else {
                o.putNull("us_per_call");
                o.putNull("time_percent");
            }
        }

        ArrayNode paths = root.putArray("paths");
        for (PathRow r : v.paths) {
            ObjectNode o = paths.addObject();
            o.put("path", r.path);
            counts(o.putObject("operations"), r.operations);
            o.put("bytes_read", r.bytesRead);
            o.put("bytes_written", r.bytesWritten);
            counts(o.putObject("errors"), r.errors);
            ArrayNode failures = o.putArray("failures");
            r.failures.forEach((key, n) -> {
                int space = key.indexOf(' ');
                failures.addObject()
                        .put("operation", key.substring(0, space))
                        .put("errno", key.substring(space + 1))
                        .put("calls", n);
            });
            ArrayNode to = o.putArray("renamed_to");
            r.renamedTo.forEach(to::add);
            ArrayNode from = o.putArray("renamed_from");
            r.renamedFrom.forEach(from::add);
        }
        folded(root.putObject("loader_and_locale"), v.probes);
        folded(root.putObject("command_search"), v.commandSearch);

        ArrayNode peers = root.putArray("peers");
        for (PeerRow p : v.peers) {
            ObjectNode o = peers.addObject();
            o.put("op", p.op);
            o.put("address", p.address);
            o.put("pid", p.pid);
            o.put("calls", p.calls);
            o.put("bytes_sent", p.bytesSent);
            o.put("bytes_received", p.bytesReceived);
            counts(o.putObject("errors"), p.errors);
        }

        ArrayNode errors = root.putArray("errors");
        for (Map.Entry<String, Long> e : v.errnos) {
            errors.addObject().put("errno", e.getKey()).put("calls", e.getValue());
        }

        ArrayNode processes = root.putArray("processes");
        for (SummaryView.ProcessLine line : v.processes) {
            processes.add(process(line, s));
        }

        counts(root.putObject("counters"), s.counters);

        ObjectNode omitted = root.putObject("omitted");
        omitted.put("syscalls", v.syscallsOmitted);
        omitted.put("paths", v.pathsOmitted);
        omitted.put("path_calls_untracked", s.pathCallsUntracked);
        omitted.put("peers", v.peersOmitted);
        omitted.put("peer_calls_untracked", s.peerCallsUntracked);
        omitted.put("errors", v.errnosOmitted);
        omitted.put("processes", v.processesOmitted);
        return root;
    }

    /** Paths folded into one line: how many, their operations, bytes read and errors summed. */
    private static void folded(ObjectNode o, SummaryView.Folded f) {
        o.put("paths", f.paths);
        counts(o.putObject("operations"), f.operations);
        o.put("bytes_read", f.bytesRead);
        counts(o.putObject("errors"), f.errors);
    }

    /** One line of the process list: a process, or identical siblings folded (count > 1, sums of their times). */
    private static ObjectNode process(SummaryView.ProcessLine line, RunSummary s) {
        ProcessRow p = line.first();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.id);
        o.put("pid", p.pid);
        o.put("parent_id", p.parentId);
        o.put("depth", line.depth());
        o.put("exe", p.exe);
        ArrayNode argv = o.putArray("argv");
        p.argv.forEach(argv::add);
        if (p.exitCode == null) {
            o.putNull("exit_code");
        } else {
            o.put("exit_code", p.exitCode);
        }
        o.put("killed_by", p.killedBy);
        Long start = null;
        Long end = null;
        for (ProcessRow m : line.members()) {
            if (m.startUs != null) {
                start = start == null ? m.startUs : Math.min(start, m.startUs);
            }
            if (m.endUs != null) {
                end = end == null ? m.endUs : Math.max(end, m.endUs);
            }
        }
        nullable(o, "start_us", start);
        nullable(o, "end_us", end);
        nullable(o, "wall_us", line.wallUs());
        o.put("syscalls", line.calls());
        timeUs(o, "syscall_time_us", line.syscallUs(), s);
        o.put("count", line.members().size());
        ArrayNode pids = o.putArray("pids");
        line.members().stream().limit(FOLDED_PIDS).forEach(m -> pids.add(m.pid));
        return o;
    }

    /** A time in µs, or null when the trace has no syscall times (then it would be a misleading 0). */
    private static void timeUs(ObjectNode o, String key, long us, RunSummary s) {
        if (s.syscallTimes) {
            o.put(key, us);
        } else {
            o.putNull(key);
        }
    }

    private static void nullable(ObjectNode o, String key, Long value) {
        if (value == null) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }

    private static void counts(ObjectNode o, Map<String, Long> counts) {
        counts.forEach(o::put);
    }
}
