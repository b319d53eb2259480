package io.straceflow.hash;

import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.RunKeys;
import io.straceflow.chain.StreamFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chains of one run's four streams (bound as {@code runChains}), made together on first use so that the chain
 * key, read once at start ({@link RunKeys}), is erased from memory as soon as every chain holds its own derived key.
 * Each stream's {@link ChainStamp} takes its chain from here. The chains compute only: the sinks of routes/*.yaml
 * write what they make.
 */
public class RunChains {
    private String dir;
    private RunKeys keys = RunKeys.none();
    private String runId;
    private long checkpointRecords = ChainConfig.DEFAULT_EVERY_RECORDS;
    private long checkpointMillis = ChainConfig.DEFAULT_EVERY_MILLIS;
    private Map<String, StreamChain> chains;

    /** The chain of {@code stream} (a file name of {@link StreamFiles#STANDARD}). */
    synchronized StreamChain of(String stream) {
        if (chains == null) {
            chains = open();
        }
        StreamChain c = chains.get(stream);
        if (c == null) {
            throw new IllegalArgumentException("no stream " + stream + "; the streams are " + StreamFiles.STANDARD);
        }
        return c;
    }

    private Map<String, StreamChain> open() {
        ChainConfig cfg = null;
        try {
            ChainConfig.Builder b = keys.applyTo(ChainConfig.builder()
                    .checkpointEveryRecords(checkpointRecords)
                    .checkpointEveryMillis(checkpointMillis));
            if (runId != null && !runId.isBlank()) {
                b.runId(runId);
            }
            cfg = b.build();
            Map<String, StreamChain> m = new LinkedHashMap<>();
            String id = cfg.runId();
            m.put(StreamFiles.RAW, StreamChain.raw(Path.of(dir).resolve(StreamFiles.RAW), id, cfg));
            for (String s : StreamFiles.STANDARD.subList(1, StreamFiles.STANDARD.size())) {
                m.put(s, StreamChain.jsonl(s, id, cfg));
            }
            keys.eraseChainKey(); // every chain holds its derived key: nobody else in the run needs the master key
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the chains: " + e.getMessage(), e);
        } finally {
            if (cfg != null) {
                cfg.destroyKey();
            }
        }
    }

    public String getDir() {
        return dir;
    }

    /** The output directory: a raw line too long to hold is chained from its log there once it ends. */
    public void setDir(String dir) {
        this.dir = dir;
    }

    public RunKeys getKeys() {
        return keys;
    }

    /** The run's keys (bound as {@code runKeys}). None: unkeyed, unsigned chains. */
    public void setKeys(RunKeys keys) {
        this.keys = keys == null ? RunKeys.none() : keys;
    }

    public String getRunId() {
        return runId;
    }

    public void setRunId(String runId) {
        this.runId = runId;
    }

    public long getCheckpointRecords() {
        return checkpointRecords;
    }

    public void setCheckpointRecords(long checkpointRecords) {
        this.checkpointRecords = checkpointRecords;
    }

    public long getCheckpointMillis() {
        return checkpointMillis;
    }

    public void setCheckpointMillis(long checkpointMillis) {
        this.checkpointMillis = checkpointMillis;
    }
}
