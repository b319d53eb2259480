package io.straceflow.aggregate;

import static io.straceflow.aggregate.Events.read;
import static io.straceflow.aggregate.Events.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.TraceEnd;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The wall-clock side: quiet groups flush by themselves, and feeding speed does not change the actions. */
class ActionTimingTest extends ActionsRouteSupport {
    private static final int MS = 1000;

    /** Timeout 100 + 100 ms: a generous margin for a loaded machine between a 2 ms and a 500 ms gap. */
    @Override
    Properties properties() {
        return props(Map.of("straceflow.actions.grace", "100"));
    }

    @Test
    void quietGroupFlushesWithoutWaitingForTheEnd() {
        feed(Events.parse(List.of(read(1, 0, 3, "/a", 10), read(1, 1, 3, "/a", 10))));

        await().atMost(Duration.ofSeconds(5)).until(() -> out.size() == 1);
        assertThat(actions()).extracting(Action::count).containsExactly(2L);
        end();
        assertThat(out).hasSize(2).last().isInstanceOf(TraceEnd.class);
    }

    @Test
    void sameEventsFedInstantlyAndAtTraceSpeedGiveTheSameActions() {
        List<String> lines = new ArrayList<>();
        for (int burst = 0; burst < 3; burst++) {
            for (int i = 0; i < 4; i++) {
                long t = burst * 500L * MS + i * 2L * MS;
                lines.add(read(10, t, 3, "/in", 4096));
                lines.add(write(10, t + 1, 4, "/out", 4096));
                lines.add(read(11, t + 1, 0, "pipe:[9]", 1));
            }
        }
        List<SyscallEvent> events = Events.parse(lines);

        feed(events);
        end();
        List<String> instant = canonical();
        out.clear();

        int flushedBeforeEnd = feedAtTraceSpeed(events);
        end();
        List<String> paced = canonical();

        assertThat(instant).hasSize(9);
        assertThat(paced).isEqualTo(instant);
        // the paced run really went through the wall-clock timeout, the instant one through preComplete
        assertThat(flushedBeforeEnd).isGreaterThanOrEqualTo(6);
        assertThat(actions().stream().mapToLong(Action::count).sum()).isEqualTo(classified(events));
    }

    /**
     * Sends each event when its trace time has come (replaying at 1x), like a live run would. Pacing the input is
     * the point of this test, not a wait for a result. Returns how many actions came out before the end.
     */
    private int feedAtTraceSpeed(List<SyscallEvent> events) {
        long t0 = events.get(0).timeMicros();
        long start = System.nanoTime();
        long seq = 0;
        for (SyscallEvent e : events) {
            long due = start + TimeUnit.MICROSECONDS.toNanos(e.timeMicros() - t0);
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            send(e, ++seq);
        }
        // the last burst is quiet now too: wait until the timeout has flushed it
        await().atMost(Duration.ofSeconds(5)).until(() -> actions().size() == 9);
        return out.size();
    }
}
