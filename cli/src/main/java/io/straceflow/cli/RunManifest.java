package io.straceflow.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.straceflow.chain.IoErrors;
import io.straceflow.parse.SecretMasker;
import io.straceflow.sink.OwnerOnlyFiles;
import io.straceflow.strace.TraceEnd;
import io.straceflow.strace.TraceRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code run.json}: what was traced and how it ended. Written as "running" before the first line and
 * replaced atomically at the end, so a run that died (kill -9, power loss) never looks complete. With
 * redaction on, the command is masked as the events mask its execve ({@code --password x}, {@code token=x}):
 * run.json travels with the JSONL streams, so it must not give back what they hide.
 */
final class RunManifest {
    static final String FILE_NAME = "run.json";
    /** The copy written aside before it replaces run.json; a crash can leave it behind. */
    static final String TMP_NAME = FILE_NAME + ".tmp";

    /**
     * Jackson's streaming API, not databind: building an ObjectMapper loads some 300 classes, 50-80 ms of a short
     * run's start here (a {@code run -q} needs databind nowhere else).
     */
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    /** The fields in their order: String, Boolean, Number, a List of those or a Map of String to Long. */
    private final Map<String, Object> node = new LinkedHashMap<>();

    private io.straceflow.chain.ManifestSeal seal;
    private boolean endWritten;

    public RunManifest(Path dir, TraceRequest request, boolean redact, boolean redactRaw) {
        this.dir = dir;
        node.put("run_id", UUID.randomUUID().toString());
        // the chains' host (their open records), without a name lookup: InetAddress.getLocalHost cost 20-30 ms of
        // every start here, and can stall for seconds where the resolver does
        node.put("host", io.straceflow.chain.ChainConfig.Builder.defaultHost());
        node.put("mode", request.getMode().name().toLowerCase(java.util.Locale.ROOT));
        switch (request.getMode()) {
            case RUN ->
                node.put(
                        "command",
                        List.copyOf(redact ? new SecretMasker().maskArgv(request.getCommand()) : request.getCommand()));
            case ATTACH -> node.put("pids", List.copyOf(request.getPids()));
            case REPLAY -> node.put("files", List.copyOf(request.getFiles()));
        }
        node.put("strace_options", List.copyOf(request.getStraceOptions()));
        if (request.getCpus() != null) {
            node.put("cpus", request.getCpus());
        }
        node.put("redact", redact);
        node.put("redact_raw", redactRaw);
        node.put("started", Instant.now().toString());
        node.put("status", "running");
    }

    public String runId() {
        return (String) node.get("run_id");
    }

    /** Seals every version written from now on (run.json.chain); call before {@link #writeStarted()}. */
    public void sealWith(io.straceflow.chain.ManifestSeal seal) {
        this.seal = seal;
    }

    /** The first write into the output directory after its lock: one that fails makes the directory unusable (73). */
    public void writeStarted() {
        try {
            sealNext();
            write();
        } catch (IOException e) {
            throw new UserError(ExitCodes.CANT_CREATE, e.getMessage());
        }
    }

    void writeEnded(TraceEnd end, java.util.Map<String, Long> counters, java.util.List<String> warnings)
            throws IOException {
        node.put("counters", new LinkedHashMap<>(counters));
        if (!warnings.isEmpty()) {
            node.put("warnings", new ArrayList<>(warnings));
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
        sealNext();
        write();
        endWritten = true;
        if (seal != null) {
            try {
                seal.close(); // the last version is in place
            } catch (IOException e) {
                throw new IOException(
                        FILE_NAME + " is written, but its seal is not closed (verify warns): " + e.getMessage(), e);
            }
        }
    }

    /** True once the last version of run.json is in place. */
    boolean endWritten() {
        return endWritten;
    }

    /**
     * Seals the version about to be written (the same bytes: the node does not change in between), before it is: a
     * run.json that no seal vouches for is never on disk. When sealing fails the version is not written.
     */
    private void sealNext() throws IOException {
        if (seal != null) {
            try {
                seal.seal(json(), (String) node.get("status"));
            } catch (IOException e) {
                throw new IOException("cannot seal " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Written aside and renamed over run.json, so it is never seen half written. A full disk has no room for the copy:
     * then run.json is overwritten in place when the new text fits in the blocks the file already holds, so that a
     * failed run still says so. Never leaves the copy behind. The message names run.json and the system's reason.
     */
    private void write() throws IOException {
        byte[] json = json();
        Path file = dir.resolve(FILE_NAME);
        Path tmp = dir.resolve(TMP_NAME);
        try {
            Files.deleteIfExists(tmp);
            try (OutputStream out = OwnerOnlyFiles.createNew(tmp)) {
                out.write(json);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(tmp);
            if (!overwroteInPlace(file, json)) {
                throw new IOException("cannot write " + file + ": " + IoErrors.reason(e), e);
            }
        }
    }

    /** run.json's text: pretty-printed as databind's default pretty printer does it, with no final newline. */
    private byte[] json() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(g, node);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof String v) {
            g.writeString(v);
        } else if (value instanceof Boolean v) {
            g.writeBoolean(v);
        } else if (value instanceof Integer v) {
            g.writeNumber(v);
        } else if (value instanceof Long v) {
            g.writeNumber(v);
        } else {
            throw new IllegalArgumentException("run.json: no JSON for " + value);
        }
    }

    /** True when {@code json} replaced the content of {@code file} within the space it already takes. */
    private static boolean overwroteInPlace(Path file, byte[] json) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long block = Files.getFileStore(file).getBlockSize();
            long held = (ch.size() + block - 1) / block * block;
            if (json.length > held) {
                return false; // it would need a new block, which a full disk does not have
            }
            ByteBuffer b = ByteBuffer.wrap(json);
            while (b.hasRemaining()) {
                ch.write(b, b.position());
            }
            ch.truncate(json.length);
            ch.force(true);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the directory itself failed (the caller reports it); nothing more to do here
        }
    }
}
