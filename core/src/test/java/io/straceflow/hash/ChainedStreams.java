package io.straceflow.hash;

import io.straceflow.chain.ChainFiles;
import io.straceflow.chain.RunKeys;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * The hashing stages of a run's four streams and their files, without routes: for tests and benches that drive the
 * stages by hand. {@link #stamp} hashes an exchange's body for one stream and appends the result to its files,
 * leaving the body as it was (a stage after it may need it, as enrichment needs the events' seqs).
 */
public final class ChainedStreams implements Closeable {
    private final Path dir;
    private final RunChains chains = new RunChains();
    private final Map<String, ChainStamp> stamps = new LinkedHashMap<>();
    private final Map<String, ChainFiles> files = new LinkedHashMap<>();

    public ChainedStreams(Path dir, RunKeys keys) {
        this.dir = dir;
        chains.setDir(dir.toString());
        chains.setKeys(keys);
    }

    public RunChains chains() {
        return chains;
    }

    /** Hashes the body for {@code stream} (a file name) and appends it to the stream's files; the body stays. */
    public Stamped stamp(String stream, Exchange x) throws Exception {
        ChainStamp stamp = stamps.computeIfAbsent(stream, s -> {
            ChainStamp c = new ChainStamp();
            c.setChains(chains);
            c.setStream(s);
            return c;
        });
        Object body = x.getMessage().getBody();
        stamp.process(x);
        Stamped s = x.getMessage().getBody(Stamped.class);
        x.getMessage().setBody(body);
        ChainFiles f = files.get(stream);
        if (f == null) {
            f = ChainFiles.create(dir, stream, s.raw());
            files.put(stream, f);
        }
        ChainFiles target = f;
        s.writeTo((log, logLength, chain, chainLength, notes, notesLength) ->
                target.write(log, logLength, s.logLines(), chain, chainLength, notes, notesLength, s.sync()));
        if (s.sealed()) {
            f.close();
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        for (ChainFiles f : files.values()) {
            f.close();
        }
    }
}
