package io.straceflow.summary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.aggregate.OpClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link RunSummary} from an output directory: syscall counts and times, errors, processes, the paths
 * touched, the network peers and the calls' spans for the timeline from enriched.jsonl (every event with its
 * process), bytes per file from actions.jsonl, counters from run.json. Streams line by line, so a large run costs memory only for its
 * distinct keys (paths and peers are capped at {@link #MAX_PATHS} and {@link #MAX_PEERS}).
 */
public final class SummaryReader {
    /** How many call spans the timeline keeps in all (calls closer than its resolution are merged into one). */
    public static final int CALL_SPANS = 100_000;
    /** Distinct paths tracked; calls on further ones are only counted ({@link RunSummary#pathCallsUntracked}). */
    public static final int MAX_PATHS = 50_000;
    /** Distinct peer rows tracked; further calls are only counted ({@link RunSummary#peerCallsUntracked}). */
    public static final int MAX_PEERS = 50_000;

    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonParser.Feature.ALLOW_COMMENTS, false);

    private final RunSummary s = new RunSummary();
    private final PathOps paths = new PathOps(s, MAX_PATHS);
    private final PeerOps peers = new PeerOps(s, MAX_PEERS);
    /** The argv of the trace's first successful execve: a replay's command (its run.json has none). */
    private List<String> firstExec;

    private SummaryReader() {}

    public static RunSummary read(Path dir) throws IOException {
        SummaryReader r = new SummaryReader();
        readRun(dir.resolve("run.json"), r.s);
        forEachRecord(dir.resolve("enriched.jsonl"), r::event);
        forEachRecord(dir.resolve("actions.jsonl"), r::action);
        linkChildren(r.s);
        if (r.s.run.get("command") instanceof List<?> argv && !argv.isEmpty()) {
            r.s.commandSource = "run.json";
        } else if (r.firstExec != null && !"attach".equals(r.s.run.get("mode"))) {
            r.s.run.put("command", r.firstExec);
            r.s.commandSource = "first execve";
        }
        return r.s;
    }

    private interface RecordHandler {
        void handle(JsonNode record);
    }

    private static void forEachRecord(Path file, RecordHandler h) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException torn) {
                    continue; // a torn last line after a crash: verify reports it, the summary skips it
                }
                if (!n.has("_ctl")) {
                    h.handle(n);
                }
            }
        }
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

    private void event(JsonNode e) {
        String type = e.path("type").asText();
        JsonNode p = e.path("process");
        RunSummary.ProcessRow proc = p.isMissingNode() ? null : process(p, s);
        Long us = e.path("time_us").isNumber() ? e.get("time_us").asLong() : null;
        if (proc != null && us != null) {
            seen(proc, us);
            String op = opClass(type, e);
            if (op != null) {
                s.callSpans.add(proc.id, op, us, e.path("duration_us").asLong(0));
            }
        }
        boolean leader =
                proc != null && e.path("pid").asLong() == p.path("tgid").asLong();
        switch (type) {
            case "syscall" -> {
                syscall(e, s, proc);
                String processId = proc == null ? null : proc.id;
                paths.event(e, processId, proc == null ? null : proc.parentId);
                peers.event(e, processId, proc == null ? e.path("pid").asLong() : proc.pid);
                if (firstExec == null
                        && e.path("syscall").asText().startsWith("execve")
                        && e.path("ret").asLong(-1) == 0) {
                    firstExec = execArgv(e);
                }
            }
            case "exit" -> {
                if (leader) {
                    proc.exitCode = e.path("exit_code").asInt();
                    proc.endUs = us != null ? us : proc.endUs;
                }
            }
            case "killed" -> {
                if (leader) {
                    proc.killedBy = e.path("signal").asText();
                    proc.endUs = us != null ? us : proc.endUs;
                }
            }
            default -> {
                // signals, notices, unparsed lines: counted in the stream counters
            }
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
    static String opClass(String type, JsonNode e) {
        return switch (type) {
            case "syscall" -> {
                String name = e.path("syscall").asText();
                if (name.equals("mmap") || name.equals("mmap2")) {
                    yield (e.has("fd") ? OpClass.MMAP : OpClass.MEMORY).json();
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
    private static void syscall(JsonNode e, RunSummary s, RunSummary.ProcessRow proc) {
        boolean returned = !e.path("unfinished").asBoolean(false) && (e.hasNonNull("ret") || e.has("errno"));
        if (!returned) {
            return;
        }
        RunSummary.SyscallRow row =
                s.syscalls.computeIfAbsent(e.path("syscall").asText(), k -> new RunSummary.SyscallRow());
        row.calls++;
        long us = 0;
        if (e.path("duration_us").isNumber()) {
            us = e.get("duration_us").asLong();
            s.syscallTimes = true;
        }
        row.timeUs += us;
        if (proc != null) {
            proc.calls++;
            proc.syscallUs += us;
        }
        if (e.has("errno")) {
            row.errors++;
            s.errors.merge(e.get("errno").asText(), 1L, Long::sum);
        }
    }

    /** The argv of an execve (or execveat) event: its second (third) argument, an array of strings. */
    private static List<String> execArgv(JsonNode e) {
        JsonNode argv = e.path("args").path(e.path("syscall").asText().equals("execveat") ? 2 : 1);
        if (!argv.isArray() || argv.size() == 0) {
            return null;
        }
        List<String> out = new ArrayList<>(argv.size());
        for (JsonNode a : argv) {
            String t = EventArgs.text(a);
            out.add(t == null ? a.toString() : t);
        }
        return out;
    }

    private static RunSummary.ProcessRow process(JsonNode p, RunSummary s) {
        String id = p.path("id").asText();
        RunSummary.ProcessRow row = s.processes.computeIfAbsent(id, k -> new RunSummary.ProcessRow());
        row.id = id;
        row.pid = p.path("tgid").asLong();
        JsonNode parent = p.path("ancestors").path(0);
        if (!parent.isMissingNode()) {
            row.parentId = parent.path("id").asText();
        }
        if (p.has("start_us") && p.get("start_us").isNumber()) {
            long start = p.get("start_us").asLong();
            row.startUs = row.startUs == null ? start : Math.min(row.startUs, start);
        }
        if (p.hasNonNull("exe")) {
            row.exe = p.get("exe").asText();
        }
        if (p.path("argv").isArray() && p.get("argv").size() > 0) {
            row.argv.clear();
            p.get("argv").forEach(a -> row.argv.add(a.asText()));
        }
        return row;
    }

    private void action(JsonNode a) {
        String op = a.path("op").asText();
        String path = a.hasNonNull("path") ? a.get("path").asText() : null;
        long bytes = a.path("bytes").asLong(0);
        long count = a.path("count").asLong(0);
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

    private static void linkChildren(RunSummary s) {
        for (RunSummary.ProcessRow p : s.processes.values()) {
            if (p.parentId != null && s.processes.containsKey(p.parentId)) {
                s.processes.get(p.parentId).children.add(p.id);
            }
        }
    }
}
