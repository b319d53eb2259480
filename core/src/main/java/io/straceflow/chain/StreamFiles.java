package io.straceflow.chain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Names of the streams and their chain files in an output directory. */
public final class StreamFiles {
    public static final String RAW = "syscalls.log";
    public static final List<String> STANDARD = List.of(RAW, "events.jsonl", "enriched.jsonl", "actions.jsonl");
    public static final String CHAIN_SUFFIX = ".chain";
    public static final String NOTES_SUFFIX = ".ckpt";
    /** How every chained file starts: seq 0 is the open record (ChainEngine). */
    private static final byte[] OPEN = RecordFormat.ascii("{\"_seq\":0,\"_ctl\":\"open\",");

    private StreamFiles() {}

    /** Checkpoint notes of a stream: {@code events.jsonl.ckpt}, {@code syscalls.log.ckpt}. */
    public static Path notesOf(Path streamFile) {
        return streamFile.resolveSibling(streamFile.getFileName() + NOTES_SUFFIX);
    }

    /** The sidecar chain of a raw stream: {@code syscalls.log.chain}. */
    public static Path rawChainOf(Path logFile) {
        return logFile.resolveSibling(logFile.getFileName() + CHAIN_SUFFIX);
    }

    /** The file that holds a stream's chain: the stream itself (JSONL) or its sidecar (raw text). */
    public static Path chainOf(Path streamFile) {
        return isJsonl(streamFile.getFileName().toString()) ? streamFile : rawChainOf(streamFile);
    }

    /**
     * True when {@code chainFile} begins as a chain writer begins every file, with its open record (or with a start
     * of one cut short by a crash or a full disk, or nothing at all): it was written by straceflow.
     */
    public static boolean startsLikeAChain(Path chainFile) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(chainFile, LinkOption.NOFOLLOW_LINKS)) {
            head = in.readNBytes(OPEN.length);
        }
        return Arrays.equals(head, 0, head.length, OPEN, 0, head.length);
    }

    /** JSONL streams carry their chain inline; anything else is raw text with a sidecar. */
    static boolean isJsonl(String name) {
        return name.endsWith(".jsonl");
    }
}
