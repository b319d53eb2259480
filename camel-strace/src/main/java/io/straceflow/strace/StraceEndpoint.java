package io.straceflow.strace;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Traces a program (run), running processes (attach) or saved output (replay) and emits the lines as
 * {@link LineBatch} bodies, then one {@link TraceEnd} body with the exit status.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "strace",
        title = "strace",
        syntax = "strace:mode",
        consumerOnly = true,
        remote = false,
        category = {Category.MONITORING},
        headersClass = StraceConstants.class)
public class StraceEndpoint extends DefaultEndpoint {
    @UriPath(enums = "run,attach,replay")
    @Metadata(required = true, description = "run a program, attach to pids, or replay saved output")
    private String mode;

    @UriParam(description = "The program and its arguments (whitespace separated) for mode run")
    private String command;

    @UriParam(description = "Comma-separated pids for mode attach")
    private String pids;

    @UriParam(description = "Comma-separated files for mode replay; - is standard input")
    private String files;

    @UriParam(description = "Extra strace options, whitespace separated (e.g. -T -e trace=%file)")
    private String straceOptions;

    @UriParam(defaultValue = "strace", description = "The strace executable")
    private String strace = "strace";

    @UriParam(defaultValue = "5000", description = "Milliseconds between SIGTERM and SIGKILL when stopped")
    private long graceMs = 5000;

    @UriParam(
            defaultValue = "1048576",
            description = "The longest line parsed, in bytes: a longer one is written whole but becomes an unparsed,"
                    + " truncated event, and is never held in memory")
    private int maxLineBytes = LineReader.DEFAULT_MAX_LINE;

    @UriParam(description = "A TraceRequest bean (set by the straceflow command line); overrides the options above")
    private TraceRequest request;

    @UriParam(description = "A TraceControl bean that receives the end of the trace and forwards signals")
    private TraceControl control;

    public StraceEndpoint(String uri, StraceComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("strace: is a consumer only");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        StraceConsumer consumer = new StraceConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The request: the bean when given, else one built from the URI options. */
    TraceRequest effectiveRequest() {
        if (request != null) {
            return request;
        }
        TraceRequest r = new TraceRequest();
        r.setMode(TraceRequest.Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
        r.setCommand(split(command, "\\s+"));
        r.setPids(split(pids, ",").stream().map(Integer::valueOf).toList());
        r.setFiles(split(files, ","));
        r.setStraceOptions(split(straceOptions, "\\s+"));
        r.setStrace(strace);
        r.setGrace(Duration.ofMillis(graceMs));
        r.setMaxLineBytes(maxLineBytes);
        return r;
    }

    private static List<String> split(String s, String regex) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.trim().split(regex)).filter(x -> !x.isEmpty()).toList();
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public String getPids() {
        return pids;
    }

    public void setPids(String pids) {
        this.pids = pids;
    }

    public String getFiles() {
        return files;
    }

    public void setFiles(String files) {
        this.files = files;
    }

    public String getStraceOptions() {
        return straceOptions;
    }

    public void setStraceOptions(String straceOptions) {
        this.straceOptions = straceOptions;
    }

    public String getStrace() {
        return strace;
    }

    public void setStrace(String strace) {
        this.strace = strace;
    }

    public long getGraceMs() {
        return graceMs;
    }

    public void setGraceMs(long graceMs) {
        this.graceMs = graceMs;
    }

    public int getMaxLineBytes() {
        return maxLineBytes;
    }

    public void setMaxLineBytes(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    public TraceRequest getRequest() {
        return request;
    }

    public void setRequest(TraceRequest request) {
        this.request = request;
    }

    public TraceControl getControl() {
        return control;
    }

    public void setControl(TraceControl control) {
        this.control = control;
    }
}
