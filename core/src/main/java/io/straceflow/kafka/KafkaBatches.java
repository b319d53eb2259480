package io.straceflow.kafka;

import io.straceflow.hash.Stamped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of route kafka-ship (routes/kafka.yaml), on the stream's own thread: one stamped batch becomes one
 * {@link TopicLines} per file it writes to, in file order: the raw lines, the chain's lines, the checkpoint notes.
 * Each line is counted as offered here; a raw line too long to hold (over the parse limit, in the log only and never
 * whole in memory) keeps its place in the topic empty and is counted as not delivered at once.
 */
public final class KafkaBatches implements Processor {
    private final String prefix;
    private final KafkaCounts counts;
    private final Map<String, TopicLines> targets = new ConcurrentHashMap<>();

    public KafkaBatches(String prefix, KafkaCounts counts) {
        this.prefix = prefix;
        this.counts = counts;
    }

    @Override
    public void process(Exchange exchange) {
        Stamped s = exchange.getMessage().getBody(Stamped.class);
        List<TopicLines> out = new ArrayList<>(3);
        if (s.raw()) {
            add(out, s.stream(), s.logLinesOf(true));
        }
        add(out, s.chainFile(), s.chainLines());
        add(out, s.notesFile(), s.noteRecords());
        exchange.getMessage().setBody(out);
    }

    private void add(List<TopicLines> out, String file, List<Stamped.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        // the topic and the file's name as a header value, made once per file
        TopicLines target = targets.computeIfAbsent(
                file,
                f -> new TopicLines(prefix + "." + Topics.suffixOf(f), f.getBytes(StandardCharsets.UTF_8), List.of()));
        counts.offered(lines.size());
        int tooLong = 0;
        for (Stamped.Line line : lines) {
            tooLong += line.bytes() == null ? 1 : 0;
        }
        List<Stamped.Line> ship = lines;
        if (tooLong > 0) {
            counts.failed(tooLong, "a raw line over the parse limit is in the files only");
            ship = lines.stream().filter(l -> l.bytes() != null).toList();
        }
        if (!ship.isEmpty()) {
            out.add(new TopicLines(target.topic(), target.file(), ship));
        }
    }
}
