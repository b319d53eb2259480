package io.straceflow.sink;

import io.straceflow.chain.ChainFiles;
import io.straceflow.chain.StreamFiles;
import io.straceflow.hash.Stamped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code chainfile:DIR}: the file sink of the streams. Appends each {@link Stamped} batch to its stream's files in
 * DIR ({@link ChainFiles}): the files are created new with owner-only permissions, kept open for the run, made
 * durable at every checkpoint before its note is written, and closed when their stream is sealed. Not Camel's
 * {@code file:} producer: it opens and closes the file for every exchange (actions.jsonl gets one exchange per
 * action: bench/filesink.sh measures the difference), creates files with the umask's permissions and appends to one
 * that exists, and syncs either every write or none.
 *
 * <p>The first failed write (a full disk) stops every file of the run and is kept, not thrown: the aggregator's
 * threads would log each later failure with a stack trace. The reading thread stops the trace with it ({@link
 * DownstreamHandoff} asks {@link #failure()}), and the error line names the file and the reason.
 */
public class ChainFileComponent extends DefaultComponent {
    private RunStats stats;
    private final Map<String, ChainFiles> open = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile IOException failure;
    private final java.util.Set<Path> created = new java.util.HashSet<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        return new FileSinkEndpoint(uri, this, Path.of(remaining));
    }

    /** The first failed write of any stream (file and reason), or null. */
    public IOException failure() {
        return failure;
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
        if (stats != null) {
            stats.put("lines", 0);
        }
    }

    /** One stream's batch; each stream comes from one thread at a time, the streams from several. */
    void write(Path dir, Stamped s) throws IOException {
        if (failure != null) {
            return; // the run stops: nothing more is written after a failed write
        }
        String key = dir.resolve(s.stream()).toString();
        try {
            ChainFiles f = open.get(key);
            if (f == null) {
                createAll(dir);
                f = open.get(key);
            }
            if (f == null) {
                throw new IOException("cannot write " + key + ": it was written already");
            }
            synchronized (f) {
                try {
                    ChainFiles target = f;
                    s.writeTo((log, logLength, chain, chainLength, notes, notesLength) -> target.write(
                            log, logLength, s.logLines(), chain, chainLength, notes, notesLength, s.sync()));
                } finally {
                    if (s.raw() && stats != null) {
                        stats.put("lines", f.lines()); // every batch: the metrics endpoint reads it during the trace
                    }
                }
                if (s.sealed()) {
                    open.remove(key);
                    f.close();
                }
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /**
     * Creates every stream's files together, at the first batch of any: even a run killed before its other streams
     * got a batch leaves them all (empty: the verifier reports a crash, not a missing stream).
     */
    private synchronized void createAll(Path dir) throws IOException {
        if (created.add(dir)) {
            for (String stream : StreamFiles.STANDARD) {
                open.put(
                        dir.resolve(stream).toString(), ChainFiles.create(dir, stream, stream.equals(StreamFiles.RAW)));
            }
        }
    }

    private synchronized void fail(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Closes whatever is still open (a run that failed before its streams were sealed). */
    @Override
    protected void doStop() throws Exception {
        for (ChainFiles f : open.values()) {
            try {
                f.close();
            } catch (IOException e) {
                fail(e);
            }
        }
        open.clear();
        super.doStop();
    }

    private static final class FileSinkEndpoint extends DefaultEndpoint {
        private final Path dir;

        FileSinkEndpoint(String uri, ChainFileComponent component, Path dir) {
            super(uri, component);
            this.dir = dir;
        }

        @Override
        public ChainFileComponent getComponent() {
            return (ChainFileComponent) super.getComponent();
        }

        @Override
        public org.apache.camel.Producer createProducer() {
            return new DefaultProducer(this) {
                @Override
                public void process(Exchange exchange) throws Exception {
                    Stamped s = exchange.getMessage().getMandatoryBody(Stamped.class);
                    getComponent().write(dir, s);
                }
            };
        }

        @Override
        public org.apache.camel.Consumer createConsumer(org.apache.camel.Processor processor) {
            throw new UnsupportedOperationException("chainfile: is a sink only");
        }

        @Override
        public boolean isSingleton() {
            return true;
        }
    }
}
