package io.straceflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.straceflow.parse.SecretMasker;
import io.straceflow.sink.OwnerOnlyFiles;
import io.straceflow.strace.TraceEnd;
import io.straceflow.strace.TraceRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code run.json}: what was traced and how it ended. Written as "running" before the first line and
 * replaced atomically at the end, so a run that died (kill -9, power loss) never looks complete. With
 * redaction on, the command is masked as the events mask its execve ({@code --password x}, {@code token=x}):
 * run.json travels with the JSONL streams, so it must not give back what they hide.
 */
final class RunManifest {
    static final String FILE_NAME = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final ObjectNode node = JSON.createObjectNode();

    RunManifest(Path dir, TraceRequest request, boolean redact, boolean redactRaw) {
        this.dir = dir;
        node.put("run_id", UUID.randomUUID().toString());
        node.put("host", hostName());
        node.put("mode", request.getMode().name().toLowerCase(java.util.Locale.ROOT));
        switch (request.getMode()) {
            case RUN ->
                (redact ? new SecretMasker().maskArgv(request.getCommand()) : request.getCommand())
                        .forEach(node.putArray("command")::add);
            case ATTACH -> request.getPids().forEach(node.putArray("pids")::add);
            case REPLAY -> request.getFiles().forEach(node.putArray("files")::add);
        }
        request.getStraceOptions().forEach(node.putArray("strace_options")::add);
        node.put("redact", redact);
        node.put("redact_raw", redactRaw);
        node.put("started", Instant.now().toString());
        node.put("status", "running");
    }

    String runId() {
        return node.get("run_id").asText();
    }

    void writeStarted() throws IOException {
        write();
    }

    void writeEnded(TraceEnd end, java.util.Map<String, Long> counters, java.util.List<String> warnings)
            throws IOException {
        ObjectNode c = node.putObject("counters");
        counters.forEach(c::put);
        if (!warnings.isEmpty()) {
            warnings.forEach(node.putArray("warnings")::add);
        }
        String status = end.failure() != null ? "failed" : end.interrupted() ? "interrupted" : "complete";
        node.put("status", status);
        node.put("ended", Instant.now().toString());
        node.put("exit_code", end.exitCode());
        node.put("lines", end.lines());
        if (end.interrupted()) {
            node.put("interrupted_by_signal", end.interruptedBy());
        }
        if (end.failure() != null) {
            node.put("failure", end.failure());
        }
        write();
    }

    private void write() throws IOException {
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try (OutputStream out = OwnerOnlyFiles.createNew(tmp)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, node);
        }
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
