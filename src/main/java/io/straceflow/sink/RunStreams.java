package io.straceflow.sink;

import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.IoErrors;
import io.straceflow.chain.JsonlChainWriter;
import io.straceflow.chain.RawChainWriter;
import io.straceflow.chain.RunKeys;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The four hash-chained output streams of one run, opened together at start so that even an empty
 * run leaves every stream (and verify finds them all). One writer per stream, each used by one
 * thread at a time. The keys come from the run's {@link RunKeys}, read once at the start (never from a file here: a
 * key given as a pipe can be read only once); the writers are the last to take the chain key, so it is erased from
 * memory, here and in the holder, once they hold their derived keys.
 */
public class RunStreams implements Closeable {
    public static final String RAW = "syscalls.log";
    public static final String EVENTS = "events.jsonl";
    public static final String ENRICHED = "enriched.jsonl";
    public static final String ACTIONS = "actions.jsonl";

    private String dir;
    private RunKeys keys = RunKeys.none();
    private String runId;
    private long checkpointRecords = ChainConfig.DEFAULT_EVERY_RECORDS;
    private long checkpointMillis = ChainConfig.DEFAULT_EVERY_MILLIS;
    private StreamTap tap;

    private RawChainWriter raw;
    private JsonlChainWriter events;
    private JsonlChainWriter enriched;
    private JsonlChainWriter actions;

    /**
     * Opens all four writers, on first use: the YAML DSL may build a bean more than once while it loads
     * the routes, and only the instance the routes use may create the files.
     */
    public synchronized void open() {
        if (raw != null) {
            return;
        }
        ChainConfig cfg = null;
        try {
            ChainConfig.Builder b = keys.applyTo(ChainConfig.builder()
                    .checkpointEveryRecords(checkpointRecords)
                    .checkpointEveryMillis(checkpointMillis));
            if (notBlank(runId)) {
                b.runId(runId);
            }
            if (tap != null && tap != StreamTap.NONE) {
                b.onRecordLine(tap).onControlLine(tap::control).onCheckpoint(tap::checkpoint);
            }
            cfg = b.build();
            Path d = Path.of(dir);
            raw = new RawChainWriter(d.resolve(RAW), cfg);
            events = new JsonlChainWriter(d.resolve(EVENTS), cfg);
            enriched = new JsonlChainWriter(d.resolve(ENRICHED), cfg);
            actions = new JsonlChainWriter(d.resolve(ACTIONS), cfg);
            keys.eraseChainKey(); // the writers hold their derived keys: nobody else in the run needs the master key
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the output streams in " + dir + ": " + IoErrors.describe(e), e);
        } finally {
            if (cfg != null) {
                cfg.destroyKey();
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public RawChainWriter raw() {
        open();
        return raw;
    }

    public JsonlChainWriter events() {
        open();
        return events;
    }

    public JsonlChainWriter enriched() {
        open();
        return enriched;
    }

    public JsonlChainWriter actions() {
        open();
        return actions;
    }

    /** At the end of the trace: every stream exists and is sealed, even when the trace was empty. */
    public void seal() throws IOException {
        open();
        close();
    }

    /**
     * The first failed write of any stream (file and reason), or null. The stages that meet it stop writing; the
     * reading thread stops the trace with it (DownstreamHandoff), wherever it happened.
     */
    public synchronized IOException failure() {
        IOException f = raw == null ? null : raw.failure();
        for (JsonlChainWriter w : new JsonlChainWriter[] {events, enriched, actions}) {
            if (f == null && w != null) {
                f = w.failure();
            }
        }
        return f;
    }

    /**
     * Seals every stream that is still open (destroy method: also runs after a failure). Throws only a failure the
     * run did not know yet: after a full disk the streams that were still intact fail to seal too, which says nothing
     * new (and Camel would log each one with its stack trace).
     */
    @Override
    public synchronized void close() throws IOException {
        IOException known = failure();
        IOException first = null;
        for (Closeable c : new Closeable[] {raw, events, enriched, actions}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (tap != null) {
            tap.drain(); // after the seals, so the close records and final notes are shipped too
        }
        if (first != null && known == null) {
            throw first;
        }
    }

    /** Optional second sink that sees every line written (e.g. Kafka); set before {@link #open()}. */
    public void setTap(StreamTap tap) {
        this.tap = tap;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public RunKeys getKeys() {
        return keys;
    }

    /** The run's keys (bound as {@code runKeys}); set before {@link #open()}. None: unkeyed, unsigned streams. */
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
