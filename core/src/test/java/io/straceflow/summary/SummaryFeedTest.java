package io.straceflow.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.aggregate.Action;
import io.straceflow.aggregate.OpClass;
import io.straceflow.strace.TraceEnd;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed never fails a run: off (-q) it counts nothing; records it cannot see (no typed events on the exchange)
 * stop it, and then {@code finish} says to read the files. The counting itself is checked against the files on real
 * runs (cli.SummaryInRunTest).
 */
class SummaryFeedTest {
    @TempDir
    Path dir;

    @Test
    void countsActionsAndLetsTheEndOfTheTracePass() throws Exception {
        SummaryFeed feed = new SummaryFeed();
        try (CamelContext camel = new DefaultCamelContext()) {
            feed.process(exchange(camel, read("/etc/x", 100, 2)));
            feed.process(exchange(camel, read("/etc/x", 50, 1)));
            feed.process(exchange(camel, new TraceEnd(0, 3, 0, null)));
        }
        RunSummary s = feed.finish(dir);
        assertThat(feed.counted()).isTrue();
        assertThat(s.files.get("/etc/x").bytesRead).isEqualTo(150);
        assertThat(s.files.get("/etc/x").reads).isEqualTo(3);
        assertThat(feed.finish(dir)).as("once").isNull();
    }

    @Test
    void offItCountsNothingAndFinishSaysReadTheFiles() throws Exception {
        SummaryFeed feed = new SummaryFeed(false);
        try (CamelContext camel = new DefaultCamelContext()) {
            feed.process(exchange(camel, read("/etc/x", 100, 2)));
        }
        assertThat(feed.finish(dir)).isNull();
        assertThat(feed.counted()).isFalse();
    }

    @Test
    void recordsItCannotSeeStopItAndFinishSaysReadTheFiles() throws Exception {
        SummaryFeed feed = new SummaryFeed();
        try (CamelContext camel = new DefaultCamelContext()) {
            feed.process(exchange(camel, read("/etc/x", 100, 2)));
            feed.process(exchange(camel, "enriched records without their typed events"));
        }
        assertThat(feed.finish(dir)).isNull();
        assertThat(feed.counted()).isFalse();
    }

    private static Exchange exchange(CamelContext camel, Object body) {
        Exchange e = new DefaultExchange(camel);
        e.getMessage().setBody(body);
        return e;
    }

    private static Action read(String path, long bytes, long count) {
        return new Action(
                7,
                3L,
                path,
                List.of(),
                null,
                OpClass.READ,
                Map.of("read", count),
                count,
                bytes,
                Map.of(),
                null,
                null,
                null,
                null,
                1,
                count);
    }
}
