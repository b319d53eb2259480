package io.straceflow.strace;

import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the trace on its own thread and processes every batch synchronously: while the pipeline is
 * busy the reader waits, the FIFO fills and strace (and the traced program) wait too, so nothing is
 * ever dropped. After the last line it sends one end exchange and stops the CamelContext.
 */
public class StraceConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(StraceConsumer.class);

    private final StraceEndpoint endpoint;
    private ExecutorService executor;
    private volatile TraceSource source;

    public StraceConsumer(StraceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        TraceRequest request = endpoint.effectiveRequest();
        TraceControl control = endpoint.getControl();
        if (control != null && control.prelaunched() != null) {
            source = control.prelaunched(); // started by the command line while Camel started
        } else {
            source = request.getMode() == TraceRequest.Mode.REPLAY
                    ? new ReplayTrace(request, System.in, progress())
                    : new LiveTrace(request);
            if (control != null) {
                control.attach(source);
            }
        }
        CamelContext ctx = endpoint.getCamelContext();
        executor = ctx.getExecutorServiceManager().newSingleThreadExecutor(this, "strace-reader");
        executor.submit(this::readTrace);
    }

    private ReadProgress progress() {
        return endpoint.getControl() == null
                ? new ReadProgress()
                : endpoint.getControl().progress();
    }

    private void readTrace() {
        TraceEnd end = null;
        try {
            end = readAndDeliver();
        } catch (
                Throwable t) { // an Error (OutOfMemoryError …) must still end the run, or straceflow would wait forever
            LOG.debug("trace failed", t);
            end = new TraceEnd(70, 0, 0, oneLine(t));
        } finally {
            if (endpoint.getControl() != null) {
                endpoint.getControl().finished(end != null ? end : new TraceEnd(70, 0, 0, "the trace reader died"));
            }
            stopContext();
        }
    }

    /** Reads the whole trace into the route, then sends its end through; how the trace ended. */
    private TraceEnd readAndDeliver() {
        TraceEnd end;
        try {
            end = source.run(this::send);
        } catch (Exception e) {
            LOG.debug("trace failed", e);
            source.destroy();
            end = new TraceEnd(70, 0, 0, oneLine(e));
        }
        progress().endInput(); // a progress bar now shows the streams being sealed
        try {
            Exchange ex = createExchange(false);
            ex.getMessage().setHeader(StraceConstants.KIND, StraceConstants.KIND_END);
            ex.getMessage().setBody(end);
            getProcessor().process(ex);
            if (ex.getException() != null && end.failure() == null) {
                end = new TraceEnd(70, end.lines(), end.interruptedBy(), oneLine(ex.getException()));
            }
            releaseExchange(ex, false);
        } catch (Exception e) {
            end = new TraceEnd(70, end.lines(), end.interruptedBy(), oneLine(e));
        }
        return end;
    }

    private void stopContext() {
        // Stopping the context from a route thread deadlocks: use a fresh one (Camel FAQ).
        CamelContext ctx = endpoint.getCamelContext();
        Thread stopper = new Thread(
                () -> {
                    try {
                        ctx.stop();
                    } catch (RuntimeException e) {
                        LOG.warn("stopping Camel: {}", e.getMessage());
                    }
                },
                "straceflow-stop");
        stopper.start();
    }

    private void send(LineBatch batch) throws Exception {
        Exchange ex = createExchange(false);
        ex.getMessage().setHeader(StraceConstants.KIND, StraceConstants.KIND_LINES);
        ex.getMessage().setBody(batch);
        try {
            getProcessor().process(ex);
            if (ex.getException() != null) {
                throw ex.getException();
            }
        } finally {
            releaseExchange(ex, false);
        }
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return msg.replace('\n', ' ');
    }

    @Override
    protected void doStop() throws Exception {
        TraceSource s = source;
        if (s != null && endpoint.getControl() != null && !endpoint.getControl().isFinished()) {
            s.destroy();
        }
        if (executor != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdownGraceful(executor, 10_000);
        }
        super.doStop();
    }
}
