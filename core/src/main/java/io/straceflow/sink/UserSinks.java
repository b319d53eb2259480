package io.straceflow.sink;

import io.straceflow.chain.StreamFiles;
import io.straceflow.hash.Stamped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Predicate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultMessage;

/**
 * The user's own sinks of each stream ({@code --to STREAM=URI}, or {@code straceflow.sinks.STREAM}: comma-separated
 * URIs), for the route {@code user-sinks} of routes/trace.yaml: every record of the stream reaches each URI as one
 * exchange, its body a String holding the record's exact bytes as written to the stream's file (chain fields
 * included), with the headers {@code straceflow.run}, {@code straceflow.stream} (the file name) and {@code
 * straceflow.seq} (the record's line index in its file, its {@code _seq} in a JSONL stream). Bound as {@code
 * userSinks}.
 *
 * <p>A sink that throws is not retried; the first failure names the sink, stops the trace ({@link
 * DownstreamHandoff}) and fails the run, and the records it missed are counted ({@code sink_failed}). The files
 * get every line read all the same.
 */
public class UserSinks implements Predicate {
    /** The streams by the names {@code --to} takes, with their files. */
    public static final Map<String, String> STREAMS = Map.of(
            "raw", StreamFiles.RAW,
            "events", "events.jsonl",
            "enriched", "enriched.jsonl",
            "actions", "actions.jsonl");

    public static final String RUN = "straceflow.run";
    public static final String STREAM = "straceflow.stream";
    public static final String SEQ = "straceflow.seq";

    private final Map<String, List<String>> uris = new LinkedHashMap<>();
    private final AtomicLong failedRecords = new AtomicLong();
    private volatile String failure;
    private RunStats stats;
    private volatile ProducerTemplate template;

    /**
     * Whether the batch's stream has sinks of the user's: a Predicate (the route's filter refers to this bean), as a
     * bean method call would cost a lookup on every exchange, one per action.
     */
    @Override
    public boolean matches(Exchange exchange) {
        Stamped s = exchange.getMessage().getBody(Stamped.class);
        return s != null && !uris.getOrDefault(s.stream(), List.of()).isEmpty();
    }

    /** The batch's records, one message each (splitter). */
    public List<Message> records(Exchange exchange) {
        Stamped s = exchange.getMessage().getBody(Stamped.class);
        List<Stamped.Line> lines = s.records();
        List<Message> out = new ArrayList<>(lines.size());
        for (Stamped.Line l : lines) {
            Message m = new DefaultMessage(exchange.getContext());
            m.setBody(l.record());
            m.setHeader(RUN, s.runId());
            m.setHeader(STREAM, s.stream());
            m.setHeader(SEQ, l.index());
            out.add(m);
        }
        return out;
    }

    /**
     * Sends one record to each of its stream's URIs in turn, and waits until each is done with it: a slow sink holds
     * the pipeline back (nothing is dropped), and records arrive in their stream's order even at a sink that
     * completes asynchronously (camel-kafka: a recipient list would let the next batch overtake this one). A sink
     * that throws misses this record: counted, and the first failure is kept, naming the sink.
     */
    public void deliver(Exchange record) {
        List<String> targets = uris.getOrDefault(record.getMessage().getHeader(STREAM, String.class), List.of());
        ProducerTemplate t = template(record.getContext());
        for (String uri : targets) {
            Exchange x = t.send(uri, e -> e.setMessage(record.getMessage().copy()));
            if (x.getException() != null) {
                failed(uri, record.getMessage().getHeader(STREAM, String.class), x.getException());
            }
        }
    }

    private ProducerTemplate template(CamelContext camel) {
        ProducerTemplate t = template;
        if (t == null) {
            synchronized (this) {
                if (template == null) {
                    template = camel.createProducerTemplate();
                }
                t = template;
            }
        }
        return t;
    }

    private void failed(String uri, String stream, Exception e) {
        failedRecords.incrementAndGet();
        if (stats != null) {
            stats.put("sink_failed", failedRecords.get());
        }
        synchronized (this) {
            if (failure == null) {
                failure = "the sink " + uri + " of " + stream + " failed: " + rootMessage(e);
            }
        }
    }

    /** The root cause's message (or its class), first line only: for one-line errors. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == null) {
            return "unknown error";
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The first failure ("the sink URI of STREAM failed: reason"), or null. */
    public String failure() {
        return failure;
    }

    public long failedRecords() {
        return failedRecords.get();
    }

    /** Parses {@code STREAM=URI} as {@code --to} takes it: the stream's file name and the URI. */
    public static Map.Entry<String, String> parse(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq).trim();
        String file = STREAMS.get(name);
        if (eq < 0 || file == null) {
            throw new IllegalArgumentException(
                    "--to " + spec + ": give STREAM=URI, STREAM one of raw, events, enriched," + " actions");
        }
        String uri = spec.substring(eq + 1).trim();
        if (uri.isEmpty()) {
            throw new IllegalArgumentException("--to " + spec + ": the URI is empty");
        }
        return Map.entry(file, uri);
    }

    private void set(String file, String list) {
        List<String> l = list == null || list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(u -> !u.isEmpty())
                        .toList();
        uris.put(file, l);
    }

    public void setRaw(String list) {
        set(StreamFiles.RAW, list);
    }

    public void setEvents(String list) {
        set("events.jsonl", list);
    }

    public void setEnriched(String list) {
        set("enriched.jsonl", list);
    }

    public void setActions(String list) {
        set("actions.jsonl", list);
    }

    public void setStats(RunStats stats) {
        this.stats = stats;
    }
}
