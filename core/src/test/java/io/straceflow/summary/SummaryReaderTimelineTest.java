package io.straceflow.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader keeps for the HTML timeline: process start and end, and each process's calls as spans per
 * operation class (their -T time), merged and bounded as {@link CallSpans} says.
 */
class SummaryReaderTimelineTest {
    @TempDir
    Path dir;

    @Test
    void processesGetTheirStartAndEndAndTheirCallsTheirOwnTimePerOperationClass() throws Exception {
        // pid 100 is reused: first process 100-1, then (after it exited) process 100-2; tid 101 is a thread of 100-2
        String first = proc(100, "100-1", 900);
        String second = proc(100, "100-2", 4_800);
        Files.write(
                dir.resolve("enriched.jsonl"),
                List.of(
                        call(100, "read", 1_000, 200, "", first),
                        call(100, "read", 1_200, 50, "", first), // touches the one before: one span
                        call(100, "read", 1_300, 10, "", first), // 50 µs later: a span of its own
                        "{\"type\":\"exit\",\"pid\":100,\"time_us\":2000,\"exit_code\":0,\"process\":" + first + "}",
                        call(100, "mmap", 5_000, 5, ",\"fd\":3", second), // a file mapping
                        call(101, "mmap", 6_000, 7, "", second), // anonymous: memory
                        "{\"type\":\"signal\",\"pid\":101,\"time_us\":6500,\"signal\":\"SIGCHLD\",\"process\":" + second
                                + "}",
                        call(100, "wait4", 7_000, 0, "", second)));

        RunSummary s = SummaryReader.read(dir);

        RunSummary.ProcessRow p1 = s.processes.get("100-1");
        assertThat(p1.startUs).isEqualTo(900);
        assertThat(p1.endUs).isEqualTo(2_000); // its exit
        RunSummary.ProcessRow p2 = s.processes.get("100-2");
        assertThat(p2.startUs).isEqualTo(4_800);
        assertThat(p2.endUs).isEqualTo(7_000); // no exit: last seen
        assertThat(p2.exitCode).isNull();

        assertThat(spans(s, "100-1"))
                .containsExactlyInAnyOrder(
                        "read 1000-1250 x2 250us", "read 1300-1310 x1 10us", "exit 2000-2000 x1 0us");
        assertThat(spans(s, "100-2"))
                .containsExactlyInAnyOrder(
                        "mmap 5000-5005 x1 5us",
                        "memory 6000-6007 x1 7us",
                        "signal 6500-6500 x1 0us",
                        "other 7000-7000 x1 0us");
        assertThat(s.callSpans.resolutionUs()).isZero();
    }

    /** Blank lines and chain controls are not events; a torn last line (a crash mid-write) is skipped, not fatal. */
    @Test
    void controlsBlankLinesAndATornLastLineAreSkipped() throws Exception {
        String p = proc(200, "200-1", 100);
        Files.writeString(
                dir.resolve("enriched.jsonl"),
                "{\"_ctl\":\"open\",\"stream\":\"enriched.jsonl\"}\n"
                        + call(200, "read", 1_000, 5, "", p) + "\n\n"
                        + call(200, "write", 2_000, 5, "", p) + "\n"
                        + "{\"type\":\"syscall\",\"pid\":200,\"sysc"); // no end, no newline
        RunSummary s = SummaryReader.read(dir);
        assertThat(s.syscalls.keySet()).containsExactlyInAnyOrder("read", "write");
        assertThat(s.processes.get("200-1").calls).isEqualTo(2);
    }

    @Test
    void aRunWithMoreSpansThanTheLimitIsMergedAtACoarserResolutionAndKeepsEveryCall() {
        CallSpans spans = new CallSpans(100);
        for (int i = 0; i < 1_000; i++) {
            spans.add("1-1", "read", 10L * i, 2); // a 2 µs call every 10 µs
        }
        assertThat(spans.spans()).isLessThanOrEqualTo(100);
        assertThat(spans.resolutionUs()).isGreaterThanOrEqualTo(8); // 0, 1, 4, 16: gaps of 8 µs merge at 16
        CallSpans.Group g = spans.of("1-1").iterator().next();
        long calls = 0;
        long busy = 0;
        for (int i = 0; i < g.size(); i++) {
            calls += g.calls(i);
            busy += g.busyUs(i);
        }
        assertThat(calls).isEqualTo(1_000);
        assertThat(busy).isEqualTo(2_000);
        assertThat(g.startUs(0)).isZero();
        assertThat(g.endUs(g.size() - 1)).isEqualTo(9_992);
    }

    @Test
    void spansThatArriveOutOfOrderAreSortedWhenMerged() {
        CallSpans.Group g = new CallSpans.Group("1-1", "read");
        g.add(100, 110, 1, 10, 0);
        g.add(50, 60, 1, 10, 0); // a call that resumed late is written after a later one
        g.add(105, 130, 1, 25, 0);
        CallSpans.Group m = g.merged(0);
        assertThat(m.size()).isEqualTo(2);
        assertThat(List.of(m.startUs(0), m.endUs(0), m.startUs(1), m.endUs(1), m.calls(1)))
                .containsExactly(50L, 60L, 100L, 130L, 2L);
    }

    private static List<String> spans(RunSummary s, String processId) {
        List<String> out = new ArrayList<>();
        for (CallSpans.Group g : s.callSpans.of(processId)) {
            for (int i = 0; i < g.size(); i++) {
                out.add(g.op + " " + g.startUs(i) + "-" + g.endUs(i) + " x" + g.calls(i) + " " + g.busyUs(i) + "us");
            }
        }
        return out;
    }

    private static String proc(long tgid, String id, long startUs) {
        return "{\"pid\":" + tgid + ",\"tgid\":" + tgid + ",\"id\":\"" + id + "\",\"start_us\":" + startUs
                + ",\"exe\":\"/bin/x\",\"argv\":[\"x\"]}";
    }

    private static String call(long pid, String syscall, long us, long duration, String more, String process) {
        return "{\"type\":\"syscall\",\"pid\":" + pid + ",\"time_us\":" + us + ",\"syscall\":\"" + syscall
                + "\",\"ret\":0,\"duration_us\":" + duration + more + ",\"process\":" + process + "}";
    }
}
