package io.straceflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.hash.ChainStamp;
import io.straceflow.hash.Payloads;
import io.straceflow.hash.RunChains;
import io.straceflow.parse.EventBatch;
import io.straceflow.parse.ParseStage;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.RecordedTrace;
import io.straceflow.strace.TraceEnd;
import io.straceflow.testing.Programs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrichment must not depend on where reads cut the trace into batches (a live run reads a few lines at a time, a
 * replay 64 KiB): a vfork child's lines come before its parent's {@code vfork resumed}, and which process they are
 * credited to depends on what the enricher has seen of the raw lines when it meets each event.
 */
class EnrichBatchingTest {
    @TempDir
    Path work;

    @Test
    void theSameEnrichedRecordsWhateverTheBatchSize() throws Exception {
        Path trace = RecordedTrace.record(
                work.resolve("trace.strace"), "sh", "-c", "for i in 1 2 3; do cat /etc/hostname >/dev/null; done");
        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(l -> l.contains("vfork( <unfinished ...>"));

        String oneBatch = enriched(lines, Integer.MAX_VALUE, "all");
        assertThat(oneBatch).contains("\"exe\":\"" + Programs.which("cat") + "\"");
        for (int size : new int[] {1, 2, 7}) {
            assertThat(enriched(lines, size, "by" + size))
                    .as("batches of %d lines", size)
                    .isEqualTo(oneBatch);
        }
    }

    /** enriched.jsonl's records (their JSON members) after feeding {@code lines} in batches of {@code size}. */
    private String enriched(List<String> lines, int size, String name) throws Exception {
        Path dir = Files.createDirectory(work.resolve(name));
        RunChains chains = new RunChains();
        chains.setDir(dir.toString());
        ParseStage parse = new ParseStage();
        parse.setFlushEachBatch(false);
        ChainStamp events = new ChainStamp(); // gives each event its seq, which enriched events point to
        events.setChains(chains);
        events.setStream("events.jsonl");
        StringBuilder out = new StringBuilder();
        try (DefaultCamelContext camel = new DefaultCamelContext();
                EnrichStage enrich = new EnrichStage()) {
            long lineNo = 1;
            for (int from = 0; from < lines.size(); from += size) {
                LineBatch.Builder b = new LineBatch.Builder(lineNo);
                for (int i = from; i < Math.min(lines.size(), from + size); i++, lineNo++) {
                    byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
                    b.add(line, 0, line.length, true);
                }
                out.append(send(camel, b.build(), parse, events, enrich));
            }
            out.append(send(camel, new TraceEnd(0, lineNo - 1, 0, null), parse, events, enrich));
        }
        return out.toString();
    }

    private static String send(
            DefaultCamelContext camel, Object body, ParseStage parse, ChainStamp events, EnrichStage enrich)
            throws Exception {
        Exchange x = new DefaultExchange(camel);
        x.getMessage().setBody(body);
        parse.process(x);
        EventBatch batch = x.getMessage().getBody(EventBatch.class);
        events.process(x);
        x.getMessage().setBody(batch);
        enrich.process(x);
        Payloads p = x.getMessage().getBody(Payloads.class);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < p.size(); i++) {
            out.append(new String(p.bytes(), p.start(i), p.length(i), StandardCharsets.UTF_8))
                    .append('\n');
        }
        return out.toString();
    }
}
