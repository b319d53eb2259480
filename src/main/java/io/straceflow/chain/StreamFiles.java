package io.straceflow.chain;

import java.nio.file.Path;
import java.util.List;

/** Names of the streams and their chain files in an output directory. */
public final class StreamFiles {
    public static final String RAW = "syscalls.log";
    public static final List<String> STANDARD = List.of(RAW, "events.jsonl", "enriched.jsonl", "actions.jsonl");
    public static final String CHAIN_SUFFIX = ".chain";
    public static final String NOTES_SUFFIX = ".ckpt";

    private StreamFiles() {}

    /** Checkpoint notes of a stream: {@code events.jsonl.ckpt}, {@code syscalls.log.ckpt}. */
    public static Path notesOf(Path streamFile) {
        return streamFile.resolveSibling(streamFile.getFileName() + NOTES_SUFFIX);
    }

    /** The sidecar chain of a raw stream: {@code syscalls.log.chain}. */
    public static Path rawChainOf(Path logFile) {
        return logFile.resolveSibling(logFile.getFileName() + CHAIN_SUFFIX);
    }

    /** JSONL streams carry their chain inline; anything else is raw text with a sidecar. */
    static boolean isJsonl(String name) {
        return name.endsWith(".jsonl");
    }
}
