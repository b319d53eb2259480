package io.straceflow.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader keeps for the HTML timeline: process start and end, actions tied to the right process. */
class SummaryReaderTimelineTest {
    @TempDir
    Path dir;

    @Test
    void processesGetTheirStartAndEndAndActionsTheProcessTheirPidWasAtTheTime() throws Exception {
        // pid 100 is reused: first process 100-1, then (after it exited) process 100-2; tid 101 is a thread of 100-2
        Files.write(
                dir.resolve("enriched.jsonl"),
                List.of(
                        event(100, "syscall", 1_000, proc(100, "100-1", 900)),
                        "{\"type\":\"exit\",\"pid\":100,\"time_us\":2000,\"exit_code\":0,\"process\":"
                                + proc(100, "100-1", 900) + "}",
                        event(100, "syscall", 5_000, proc(100, "100-2", 4_800)),
                        event(101, "syscall", 6_000, proc(100, "100-2", 4_800)),
                        event(100, "syscall", 7_000, proc(100, "100-2", 4_800))));
        Files.write(
                dir.resolve("actions.jsonl"),
                List.of(
                        action(100, "read", 1_000, 1_500),
                        action(100, "write", 5_000, 5_100),
                        action(101, "mmap", 6_000, 6_000)));

        RunSummary s = SummaryReader.read(dir);

        RunSummary.ProcessRow first = s.processes.get("100-1");
        assertThat(first.startUs).isEqualTo(900);
        assertThat(first.endUs).isEqualTo(2_000); // its exit
        RunSummary.ProcessRow second = s.processes.get("100-2");
        assertThat(second.startUs).isEqualTo(4_800);
        assertThat(second.endUs).isEqualTo(7_000); // no exit: last seen
        assertThat(second.exitCode).isNull();
        assertThat(s.timeline)
                .extracting(a -> a.op + "@" + a.processId)
                .containsExactly("read@100-1", "write@100-2", "mmap@100-2");
        assertThat(s.actionsTotal).isEqualTo(3);
    }

    @Test
    void theTimelineKeepsTheLongestActionsInTimeOrder() throws Exception {
        Files.write(dir.resolve("enriched.jsonl"), List.of(event(7, "syscall", 0, proc(7, "7-1", 0))));
        List<String> actions = new ArrayList<>();
        int n = SummaryReader.TIMELINE_ACTIONS + 100;
        for (int i = 0; i < n; i++) {
            actions.add(action(7, "read", 10_000L * i, 10_000L * i + i)); // action i lasts i µs
        }
        Files.write(dir.resolve("actions.jsonl"), actions);

        RunSummary s = SummaryReader.read(dir);

        assertThat(s.actionsTotal).isEqualTo(n);
        assertThat(s.timeline).hasSize(SummaryReader.TIMELINE_ACTIONS);
        assertThat(s.timeline.get(0).durationUs()).isEqualTo(100); // the 100 shortest were dropped
        assertThat(s.timeline).isSortedAccordingTo((a, b) -> Long.compare(a.startUs, b.startUs));
    }

    private static String proc(long tgid, String id, long startUs) {
        return "{\"pid\":" + tgid + ",\"tgid\":" + tgid + ",\"id\":\"" + id + "\",\"start_us\":" + startUs
                + ",\"exe\":\"/bin/x\",\"argv\":[\"x\"]}";
    }

    private static String event(long pid, String type, long us, String process) {
        return "{\"type\":\"" + type + "\",\"pid\":" + pid + ",\"time_us\":" + us
                + ",\"syscall\":\"read\",\"ret\":0,\"process\":" + process + "}";
    }

    private static String action(long pid, String op, long start, long end) {
        return "{\"pid\":" + pid + ",\"op\":\"" + op + "\",\"count\":1,\"bytes\":0,\"start_us\":" + start
                + ",\"end_us\":" + end + "}";
    }
}
