package io.straceflow.aggregate;

import static io.straceflow.aggregate.Events.line;
import static io.straceflow.aggregate.Events.read;
import static io.straceflow.aggregate.Events.ts;
import static io.straceflow.aggregate.Events.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.parse.EventBatch;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.StraceConstants;
import io.straceflow.strace.TraceEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Batches through direct:actions-feed (EventSplitter sends runs of one key) give exactly the actions that the same
 * events sent one by one give, whatever the batch size: windows, the size cap (small here, so that it falls inside
 * runs and across batches), calls that resumed out of order, several paths.
 */
class EventRunTest extends ActionsRouteSupport {
    private static final int MS = 1000;

    @Override
    Properties properties() {
        return props(Map.of("straceflow.actions.quiet-flush", "false", "straceflow.actions.max-calls", "7"));
    }

    @Test
    void runsGiveTheActionsOfSingleEventsForEveryBatchSize() {
        List<SyscallEvent> events = Events.parse(mixedTrace(new Random(5), 3000));

        feed(events);
        end();
        List<String> single = canonical();
        assertThat(actions().stream().mapToLong(Action::count).sum()).isEqualTo(classified(events));
        assertThat(actions()).anyMatch(a -> a.count() == 7).anyMatch(a -> a.count() < 7 && a.count() > 1);

        for (int batchSize : new int[] {1, 2, 5, 64, 400}) {
            out.clear();
            feedBatches(events, batchSize);
            assertThat(canonical()).as("batches of %d", batchSize).isEqualTo(single);
            assertThat(out.get(out.size() - 1)).isInstanceOf(TraceEnd.class);
        }
    }

    @Test
    void runContinuesTheGroupLeftOpenByThePreviousBatch() {
        List<SyscallEvent> events = Events.parse(List.of(
                read(1, 0, 3, "/a", 1),
                read(1, 10 * MS, 3, "/a", 1),
                read(1, 20 * MS, 3, "/a", 1), // batch 2 from here: joins the group of batch 1
                read(1, 30 * MS, 3, "/a", 1),
                read(1, 40 * MS, 3, "/a", 1),
                read(1, 50 * MS, 3, "/a", 1),
                read(1, 60 * MS, 3, "/a", 1), // the 7th: the group is full
                read(1, 70 * MS, 3, "/a", 1), // a new one (cap)
                read(1, 300 * MS, 3, "/a", 1))); // a new one (window)

        feedBatches(events, 2);

        assertThat(actions()).extracting(Action::count).containsExactly(7L, 1L, 1L);
        assertThat(actions()).extracting(Action::firstSeq).containsExactly(1L, 8L, 9L);
    }

    private void feedBatches(List<SyscallEvent> events, int batchSize) {
        for (int from = 0; from < events.size(); from += batchSize) {
            EventBatch b = new EventBatch(null);
            for (int i = from; i < Math.min(events.size(), from + batchSize); i++) {
                b.add(events.get(i), i + 1);
            }
            template.sendBodyAndHeader("direct:actions-feed", b, StraceConstants.KIND, StraceConstants.KIND_LINES);
        }
        template.sendBodyAndHeader(
                "direct:actions-feed",
                new EventBatch(new TraceEnd(0, 0, 0, null)),
                StraceConstants.KIND,
                StraceConstants.KIND_END);
    }

    /** Reads, writes, opens and calls split by other pids, on 4 pids, with gaps around the 100 ms window. */
    private static List<String> mixedTrace(Random random, int n) {
        List<String> lines = new ArrayList<>();
        long t = 0;
        String[] files = {"/a", "/b", "/c"};
        String pending = null; // the unfinished read(5</p>) of pid 4, resumed a few lines later
        long pendingAt = 0;
        for (int i = 0; i < n; i++) {
            t += random.nextInt(10) == 0 ? 60 * MS + random.nextInt(80 * MS) : random.nextInt(3 * MS);
            int pid = 1 + random.nextInt(4);
            String file = files[random.nextInt(files.length)];
            switch (random.nextInt(7)) {
                case 0 -> lines.add(write(pid, t, 4, "/out", 1 + random.nextInt(9)));
                case 1 -> lines.add(line(pid, t, "openat(AT_FDCWD, \"" + file + "\", O_RDONLY) = -1 ENOENT (x)"));
                case 2 -> {
                    if (pending == null) {
                        pending = "4  " + ts(t) + " read(5</p>,  <unfinished ...>";
                        pendingAt = t;
                        lines.add(pending);
                    } else if (t - pendingAt > 2 * MS) {
                        lines.add("4  " + ts(t) + " <... read resumed>\"x\", 9) = 1");
                        pending = null;
                    }
                }
                default -> lines.add(read(pid, t, 3, file, random.nextInt(4096)));
            }
        }
        if (pending != null) {
            lines.add("4  " + ts(t + 1) + " <... read resumed>\"x\", 9) = 1");
        }
        return lines;
    }
}
