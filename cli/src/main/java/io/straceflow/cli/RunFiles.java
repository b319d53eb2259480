package io.straceflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.chain.StreamFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a run writes into its output directory, told apart from anything else found there by name and by what
 * they begin with, so that --force replaces a previous run and never a user's file that happens to share a name (a
 * {@code syscalls.log} of their own, a project's {@code run.json}). A stream's files (the stream, its sidecar, its
 * notes) count as a run's when the file holding its chain starts with a chain's open record, and so do run.json's
 * seal and its notes; run.json when it is a run's manifest; the lock file and run.json's temporary copy by name.
 */
final class RunFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_MANIFEST_BYTES = 1 << 20;
    /** The streams, and run.json for its seal: run.json.chain and run.json.ckpt, named like a raw stream's. */
    private static final List<String> CHAINED = Stream.concat(
                    StreamFiles.STANDARD.stream(), Stream.of(RunManifest.FILE_NAME))
            .toList();

    private RunFiles() {}

    /** True when {@code name} in {@code dir} is a plain file that a run wrote. */
    static boolean written(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false; // directories, links, devices: never a run's
        }
        if (name.equals(DirectoryLock.FILE_NAME) || name.equals(RunManifest.TMP_NAME)) {
            return true;
        }
        if (name.equals(RunManifest.FILE_NAME)) {
            return isManifest(file);
        }
        for (String stream : CHAINED) {
            Path chain = StreamFiles.chainOf(dir.resolve(stream));
            if (name.equals(stream) || file.equals(chain) || file.equals(StreamFiles.notesOf(dir.resolve(stream)))) {
                return Files.isRegularFile(chain, LinkOption.NOFOLLOW_LINKS) && StreamFiles.startsLikeAChain(chain);
            }
        }
        return false;
    }

    private static boolean isManifest(Path file) throws IOException {
        if (Files.size(file) > MAX_MANIFEST_BYTES) {
            return false;
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return n != null && n.path("run_id").isTextual() && n.path("status").isTextual();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }
}
