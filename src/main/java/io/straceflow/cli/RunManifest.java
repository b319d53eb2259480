package io.straceflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.straceflow.chain.IoErrors;
import io.straceflow.parse.SecretMasker;
import io.straceflow.sink.OwnerOnlyFiles;
import io.straceflow.strace.TraceEnd;
import io.straceflow.strace.TraceRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
    /** The copy written aside before it replaces run.json; a crash can leave it behind. */
    static final String TMP_NAME = FILE_NAME + ".tmp";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final ObjectNode node = JSON.createObjectNode();
    private io.straceflow.chain.ManifestSeal seal;
    private boolean endWritten;

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

    /** Seals every version written from now on (run.json.chain); call before {@link #writeStarted()}. */
    void sealWith(io.straceflow.chain.ManifestSeal seal) {
        this.seal = seal;
    }

    /** The first write into the output directory after its lock: one that fails makes the directory unusable (73). */
    void writeStarted() {
        try {
            sealNext();
            write();
        } catch (IOException e) {
            throw new UserError(ExitCodes.CANT_CREATE, e.getMessage());
        }
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
                seal.seal(
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node),
                        node.get("status").asText());
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
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
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

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
