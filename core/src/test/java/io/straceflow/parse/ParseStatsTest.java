package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counters published with the stream: each one moves when, and only when, its case happens. */
class ParseStatsTest {

    @Test
    void countersFollowWhatHappened() {
        EventAssembler assembler = new EventAssembler(ParseOptions.defaults());
        List<SyscallEvent> events = new ArrayList<>();
        String[] lines = {
            "1 read(3,  <unfinished ...>", // merged with line 3
            "2 getpid() = 2",
            "1 <... read resumed>\"x\", 1) = 1",
            " > /lib/libc.so.6(read+0x1) [0x1]", // frame of the merged read
            "garbage", // unparsed
            "2 wait4(-1,  <unfinished ...>", // dangling at finish
            "% time     seconds  usecs/call     calls    errors syscall",
            "100.00    0.000001           1         1           getpid"
        };
        for (int i = 0; i < lines.length; i++) {
            assembler.accept(lines[i], i + 1, events::add);
        }
        assembler.finish(events::add);

        ParseStats stats = assembler.stats();
        assertThat(stats.lines()).isEqualTo(8);
        assertThat(stats.merged()).isEqualTo(1);
        assertThat(stats.frames()).isEqualTo(1);
        assertThat(stats.unparsed()).isEqualTo(1);
        assertThat(stats.dangling()).isEqualTo(1);
        assertThat(stats.summaryLines()).isEqualTo(2);
        assertThat(stats.events()).isEqualTo(events.size()).isEqualTo(4);
        assertThat(stats.toJson())
                .isEqualTo("{\"lines\":8,\"events\":4,\"merged\":1,\"unparsed\":1,\"long_lines\":0,\"dangling\":1,"
                        + "\"frames\":1,\"summary_lines\":2}");
        assertThat(stats.toString()).doesNotContain("\n").contains("dangling=1");
        SyscallEvent read = events.stream()
                .filter(e -> "read".equals(e.syscall()))
                .findFirst()
                .orElseThrow();
        assertThat(read.frames()).containsExactly("/lib/libc.so.6(read+0x1) [0x1]");
        assertThat(read.line()).isEqualTo(1);
        assertThat(read.endLine()).isEqualTo(3);
    }

    @Test
    void theBeginningOfALineOverTheLimitIsAnUnparsedTruncatedEventAndCounted() {
        EventAssembler assembler = new EventAssembler(ParseOptions.defaults());
        List<SyscallEvent> events = new ArrayList<>();
        assembler.accept("1 getpid() = 1", 1, events::add);
        // cut where it reads like a whole call: it must not be parsed as one
        assembler.acceptTooLong("[pid  7] 12:00:00.000000 write(1, \"a\", 1) = 1", 2, events::add);
        assembler.accept("1 getuid() = 0", 3, events::add);
        assembler.finish(events::add);

        assertThat(events)
                .extracting(EventJson::toJson)
                .containsExactly(
                        "{\"type\":\"syscall\",\"pid\":1,\"line\":1,\"syscall\":\"getpid\",\"args\":[],\"ret\":1}",
                        "{\"type\":\"unparsed\",\"pid\":7,\"line\":2,"
                                + "\"raw\":\"[pid  7] 12:00:00.000000 write(1, \\\"a\\\", 1) = 1\",\"truncated\":true}",
                        "{\"type\":\"syscall\",\"pid\":1,\"line\":3,\"syscall\":\"getuid\",\"args\":[],\"ret\":0}");
        ParseStats stats = assembler.stats();
        assertThat(stats.lines()).isEqualTo(3);
        assertThat(stats.longLines()).isEqualTo(1);
        assertThat(stats.unparsed()).isEqualTo(1);
    }

    @Test
    void withRedactionTheCutArgumentsOfAnExecAreMasked() {
        EventAssembler assembler =
                new EventAssembler(ParseOptions.builder().redact(true).build());
        List<SyscallEvent> events = new ArrayList<>();
        assembler.acceptTooLong("9 execve(\"/bin/env\", [\"env\"], [\"HOME=/root\", \"A=", 1, events::add);
        assembler.finish(events::add);
        assertThat(events).singleElement().extracting(SyscallEvent::text).isEqualTo("9 execve(***");
    }

    @Test
    void flushHandsOutTheHeldEventWithoutWaitingForTheNextLine() {
        EventAssembler assembler = new EventAssembler(ParseOptions.defaults());
        List<SyscallEvent> events = new ArrayList<>();
        assembler.accept("1 getpid() = 1", 1, events::add);
        assertThat(events).isEmpty(); // frames could still follow
        assembler.flush(events::add);
        assertThat(events).extracting(SyscallEvent::syscall).containsExactly("getpid");
    }
}
