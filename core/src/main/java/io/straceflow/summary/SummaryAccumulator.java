package io.straceflow.summary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.aggregate.OpClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link RunSummary} event by event and action by action, in the order of enriched.jsonl and actions.jsonl:
 * syscall counts and times, errors, processes, the paths touched, the network peers and the calls' spans for the
 * timeline from the enriched events, bytes per file from the actions, then run.json's fields at the end. Fed from the
 * files ({@link SummaryReader}) or while the pipeline runs ({@link SummaryFeed}); either way its memory is bounded by
 * the distinct keys (paths and peers capped at {@link SummaryReader#MAX_PATHS} and {@link SummaryReader#MAX_PEERS},
 * the spans at {@link SummaryReader#CALL_SPANS}).
 */
final class SummaryAccumulator {
    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonParser.Feature.ALLOW_COMMENTS, false);

    private final RunSummary s = new RunSummary();
    private final PathOps paths = new PathOps(s, SummaryReader.MAX_PATHS);
    private final PeerOps peers = new PeerOps(s, SummaryReader.MAX_PEERS);
    /** The argv of the trace's first successful execve: a replay's command (its run.json has none). */
    private List<String> firstExec;

    /** One enriched event (no control record). */
    void event(SummaryEvent e) {
        String type = e.type();
        SummaryEvent.Process p = e.process();
        RunSummary.ProcessRow proc = p == null ? null : process(p, s);
        Long us = e.timeUs();
        if (proc != null && us != null) {
            seen(proc, us);
            String op = opClass(type, e);
            if (op != null) {
                Long duration = e.durationUs();
                s.callSpans.add(proc.id, op, us, duration == null ? 0 : duration);
            }
        }
        boolean leader = proc != null && e.pid() == p.tgid();
        switch (type) {
            case "syscall" -> {
                syscall(e, s, proc);
                String processId = proc == null ? null : proc.id;
                paths.event(e, processId, proc == null ? null : proc.parentId);
                peers.event(e, processId, proc == null ? e.pid() : proc.pid);
                if (firstExec == null
                        && e.syscall().startsWith("execve")
                        && Long.valueOf(0).equals(e.ret())) {
                    firstExec = execArgv(e);
                }
            }
            case "exit" -> {
                if (leader) {
                    proc.exitCode = e.exitCode();
                    proc.endUs = us != null ? us : proc.endUs;
                }
            }
            case "killed" -> {
                if (leader) {
                    proc.killedBy = e.signal();
                    proc.endUs = us != null ? us : proc.endUs;
                }
            }
            default -> {
                // signals, notices, unparsed lines: counted in the stream counters
            }
        }
    }

    /** One action (no control record): its operation class, path (or null), bytes and calls. */
    void action(String op, String path, long bytes, long count) {
        if (path != null && (op.equals("read") || op.equals("write"))) {
            RunSummary.FileRow f = s.files.computeIfAbsent(path, k -> new RunSummary.FileRow());
            if (op.equals("read")) {
                f.bytesRead += bytes;
                f.reads += count;
            } else {
                f.bytesWritten += bytes;
                f.writes += count;
            }
        }
    }

    /** The summary, once every event and action went in: with run.json's fields (when {@code runJson} exists). */
    RunSummary finish(Path runJson) throws IOException {
        readRun(runJson, s);
        linkChildren(s);
        if (s.run.get("command") instanceof List<?> argv && !argv.isEmpty()) {
            s.commandSource = "run.json";
        } else if (firstExec != null && !"attach".equals(s.run.get("mode"))) {
            s.run.put("command", firstExec);
            s.commandSource = "first execve";
        }
        return s;
    }

    private static void readRun(Path file, RunSummary s) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        JsonNode run = JSON.readTree(file.toFile());
        for (String f : new String[] {"run_id", "host", "mode", "status", "exit_code", "started", "ended"}) {
            if (run.has(f)) {
                s.run.put(
                        f,
                        run.get(f).isNumber()
                                ? run.get(f).numberValue()
                                : run.get(f).asText());
            }
        }
        if (run.has("command")) {
            s.run.put("command", JSON.convertValue(run.get("command"), List.class));
        }
        JsonNode counters = run.path("counters");
        for (Iterator<Map.Entry<String, JsonNode>> it = counters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            s.counters.put(c.getKey(), c.getValue().asLong());
        }
    }

    /** Notes that {@code proc} was active at {@code us}: its start and (until it exits) its end. */
    private static void seen(RunSummary.ProcessRow proc, long us) {
        if (proc.startUs == null || us < proc.startUs) {
            proc.startUs = us;
        }
        if (proc.exitCode == null && proc.killedBy == null && (proc.endUs == null || us > proc.endUs)) {
            proc.endUs = us;
        }
    }

    /**
     * The operation class of an event as the actions have it ({@link OpClass}): a syscall's by its name (an mmap
     * with an fd is {@code mmap}, an anonymous one {@code memory}), a signal's {@code signal}, an exit's or a
     * kill's {@code exit}; null for notices and unparsed lines.
     */
    static String opClass(String type, SummaryEvent e) {
        return switch (type) {
            case "syscall" -> {
                String name = e.syscall();
                if (name.equals("mmap") || name.equals("mmap2")) {
                    yield (e.hasFd() ? OpClass.MMAP : OpClass.MEMORY).json();
                }
                yield OpClass.ofSyscall(name).json();
            }
            case "signal" -> OpClass.SIGNAL.json();
            case "exit", "killed" -> OpClass.EXIT.json();
            default -> null;
        };
    }

    /**
     * Counts a call the way strace -c does: only calls that returned; an errno makes it an error. Its -T duration
     * counts for the syscall and for its process.
     */
    private static void syscall(SummaryEvent e, RunSummary s, RunSummary.ProcessRow proc) {
        if (!e.returned()) {
            return;
        }
        RunSummary.SyscallRow row = s.syscalls.computeIfAbsent(e.syscall(), k -> new RunSummary.SyscallRow());
        row.calls++;
        long us = 0;
        Long duration = e.durationUs();
        if (duration != null) {
            us = duration;
            s.syscallTimes = true;
        }
        row.timeUs += us;
        if (proc != null) {
            proc.calls++;
            proc.syscallUs += us;
        }
        String errno = e.errno();
        if (errno != null) {
            row.errors++;
            s.errors.merge(errno, 1L, Long::sum);
        }
    }

    /** The argv of an execve (or execveat) event: its second (third) argument, an array of strings. */
    private static List<String> execArgv(SummaryEvent e) {
        ArgNode argv = e.args().path(e.syscall().equals("execveat") ? 2 : 1);
        if (!argv.isArray() || argv.size() == 0) {
            return null;
        }
        List<String> out = new ArrayList<>(argv.size());
        for (ArgNode a : argv) {
            String t = EventArgs.text(a);
            out.add(t == null ? a.json() : t);
        }
        return out;
    }

    private static RunSummary.ProcessRow process(SummaryEvent.Process p, RunSummary s) {
        String id = p.id();
        RunSummary.ProcessRow row = s.processes.computeIfAbsent(id, k -> new RunSummary.ProcessRow());
        row.id = id;
        row.pid = p.tgid();
        String parent = p.parentId();
        if (parent != null) {
            row.parentId = parent;
        }
        Long start = p.startUs();
        if (start != null) {
            row.startUs = row.startUs == null ? start : Math.min(row.startUs, start);
        }
        if (p.exe() != null) {
            row.exe = p.exe();
        }
        List<String> argv = p.argv();
        if (argv != null && !argv.isEmpty() && !same(row.argv, argv)) {
            row.argv.clear();
            row.argv.addAll(argv);
        }
        return row;
    }

    /** Equal lists, compared without an iterator (every event of a process brings its argv again). */
    private static boolean same(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void linkChildren(RunSummary s) {
        for (RunSummary.ProcessRow p : s.processes.values()) {
            if (p.parentId != null && s.processes.containsKey(p.parentId)) {
                s.processes.get(p.parentId).children.add(p.id);
            }
        }
    }
}
