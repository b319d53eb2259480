package io.straceflow.hash;

import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.JsonlChainWriter;
import io.straceflow.chain.MemoryOutput;
import io.straceflow.chain.RawChainWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One stream's chain, computed in memory: its writer stamps records into {@link MemoryOutput}s, and {@link #take()}
 * hands what one batch made to the sinks as a {@link Stamped}. Used by one thread at a time.
 */
final class StreamChain {
    private final String stream;
    private final String runId;
    private final MemoryOutput log;
    private final MemoryOutput chain = new MemoryOutput();
    private final MemoryOutput notes = new MemoryOutput();
    private final RawChainWriter raw;
    private final JsonlChainWriter jsonl;
    private long chainLines;
    private long notesTaken;
    private long logLines;
    private boolean inLongLine;
    private boolean sealed;

    private StreamChain(String stream, String runId, Path logFile, ChainConfig cfg) throws IOException {
        this.stream = stream;
        this.runId = runId;
        if (logFile != null) {
            this.log = new MemoryOutput();
            this.raw = new RawChainWriter(logFile, log, chain, notes, cfg);
            this.jsonl = null;
        } else {
            this.log = null;
            this.raw = null;
            this.jsonl = new JsonlChainWriter(stream, chain, notes, cfg);
        }
    }

    /** The raw stream: strace's lines for {@code logFile}, whose name is the stream's (its chain in a sidecar). */
    static StreamChain raw(Path logFile, String runId, ChainConfig cfg) throws IOException {
        return new StreamChain(logFile.getFileName().toString(), runId, logFile, cfg);
    }

    static StreamChain jsonl(String stream, String runId, ChainConfig cfg) throws IOException {
        return new StreamChain(stream, runId, null, cfg);
    }

    String stream() {
        return stream;
    }

    RawChainWriter raw() {
        return raw;
    }

    JsonlChainWriter jsonl() {
        return jsonl;
    }

    /** Seals the stream: final checkpoint and close record (once). */
    void seal() throws IOException {
        if (!sealed) {
            sealed = true;
            if (raw != null) {
                raw.close();
            } else {
                jsonl.close();
            }
        }
    }

    boolean sealed() {
        return sealed;
    }

    /** Takes a due checkpoint, then everything written since the last take, as one batch for the sinks. */
    Stamped take() throws IOException {
        if (!sealed) {
            if (raw != null) {
                raw.flush();
            } else {
                jsonl.flush();
            }
        }
        Stamped.Builder b = Stamped.builder(stream, runId).sealed(sealed);
        boolean sync = chain.synced() || notes.synced();
        int[] chainEnds = chain.writeEnds();
        b.chain(chain.take(), chainEnds, chainLines);
        chainLines += chainEnds.length;
        int[] noteEnds = notes.writeEnds();
        b.notes(notes.take(), noteEnds, notesTaken);
        notesTaken += noteEnds.length;
        if (raw != null) {
            sync |= log.synced();
            long ended = raw.linesEnded() - logLines;
            boolean ends = raw.inLongLine() && !sealed;
            int length = log.size();
            b.log(log.take(), length, logLines, inLongLine, ends, ended + (sealed && lastLineOpen() ? 1 : 0));
            logLines += ended;
            inLongLine = ends;
        }
        return b.sync(sync).build();
    }

    /** After the seal: the log's last line had no newline (it counts as a line all the same). */
    private boolean lastLineOpen() {
        return raw.linesWritten() > raw.linesEnded();
    }
}
