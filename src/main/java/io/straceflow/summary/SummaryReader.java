package io.straceflow.summary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds a {@link RunSummary} from an output directory: syscall counts, errors and processes from
 * enriched.jsonl (every event with its process), files and peers from actions.jsonl, counters from
 * run.json. Streams line by line, so a large run costs memory only for its distinct keys.
 */
public final class SummaryReader {
    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonParser.Feature.ALLOW_COMMENTS, false);

    private SummaryReader() {}

    public static RunSummary read(Path dir) throws IOException {
        RunSummary s = new RunSummary();
        readRun(dir.resolve("run.json"), s);
        forEachRecord(dir.resolve("enriched.jsonl"), e -> event(e, s));
        forEachRecord(dir.resolve("actions.jsonl"), a -> action(a, s));
        linkChildren(s);
        return s;
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
            s.run.put("command", JSON.convertValue(run.get("command"), java.util.List.class));
        }
        JsonNode counters = run.path("counters");
        for (Iterator<Map.Entry<String, JsonNode>> it = counters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            s.counters.put(c.getKey(), c.getValue().asLong());
        }
    }

    private static void event(JsonNode e, RunSummary s) {
        String type = e.path("type").asText();
        JsonNode p = e.path("process");
        RunSummary.ProcessRow proc = p.isMissingNode() ? null : process(p, s);
        switch (type) {
            case "syscall" -> syscall(e, s);
            case "exit" -> {
                if (proc != null && e.path("pid").asLong() == p.path("tgid").asLong()) {
                    proc.exitCode = e.path("exit_code").asInt();
                }
            }
            case "killed" -> {
                if (proc != null && e.path("pid").asLong() == p.path("tgid").asLong()) {
                    proc.killedBy = e.path("signal").asText();
                }
            }
            default -> {
                // signals, notices, unparsed lines: counted in the stream counters
            }
        }
    }

    /** Counts a call the way strace -c does: only calls that returned; an errno makes it an error. */
    private static void syscall(JsonNode e, RunSummary s) {
        boolean returned = !e.path("unfinished").asBoolean(false) && (e.hasNonNull("ret") || e.has("errno"));
        if (!returned) {
            return;
        }
        RunSummary.SyscallRow row =
                s.syscalls.computeIfAbsent(e.path("syscall").asText(), k -> new RunSummary.SyscallRow());
        row.calls++;
        row.micros += e.path("duration_us").asLong(0);
        if (e.has("errno")) {
            row.errors++;
            s.errors.merge(e.get("errno").asText(), 1L, Long::sum);
        }
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
        if (p.hasNonNull("exe")) {
            row.exe = p.get("exe").asText();
        }
        if (p.path("argv").isArray() && p.get("argv").size() > 0) {
            row.argv.clear();
            p.get("argv").forEach(a -> row.argv.add(a.asText()));
        }
        return row;
    }

    private static void action(JsonNode a, RunSummary s) {
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
        if (a.hasNonNull("target") && (op.equals("connect") || op.equals("accept") || op.equals("listen"))) {
            s.peers.merge(op + " " + a.get("target").asText(), 1L, Long::sum);
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
