package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance (3), the extremes: a line of several MB, nesting far beyond the depth limit. */
class LimitsTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static List<SyscallEvent> parse(String line) {
        EventAssembler assembler = new EventAssembler(ParseOptions.defaults());
        List<SyscallEvent> events = new ArrayList<>();
        assembler.accept(line, 1, events::add);
        assembler.finish(events::add);
        return events;
    }

    @Test
    void severalMegabyteStringIsParsed() {
        String data = "\\x41".repeat(1_500_000); // 6 MB of -x escapes
        String line = "42 12:00:00.000000 write(1, \"" + data + "\", 1500000) = 1500000 <0.000100>";
        List<SyscallEvent> events = assertTimeoutPreemptively(LIMIT, () -> parse(line));
        assertThat(events).hasSize(1);
        SyscallEvent e = events.get(0);
        assertThat(e.ret()).isEqualTo(1_500_000L);
        ArgValue.Str s = (ArgValue.Str) e.args().get(1);
        assertThat(s.text()).hasSize(1_500_000).startsWith("AAAA");
        assertThat(EventJson.toJson(e)).contains("{\"str\":\"AAAA").hasSizeGreaterThan(1_500_000);
    }

    @Test
    void deepNestingFallsBackToRawTextWithoutStackOverflow() {
        int depth = 1_000_000;
        String nested = "{a=".repeat(depth) + "1" + "}".repeat(depth);
        String line = "42 ioctl(3, FOO, " + nested + ") = 0";
        List<SyscallEvent> events = assertTimeoutPreemptively(LIMIT, () -> parse(line));
        assertThat(events).hasSize(1);
        SyscallEvent e = events.get(0);
        assertThat(e.type()).isEqualTo(EventType.SYSCALL);
        assertThat(e.ret()).isZero();
        String json = assertTimeoutPreemptively(LIMIT, () -> EventJson.toJson(e));
        assertThat(json).contains("\"raw\":\"{a={a=");
    }

    @Test
    void unbalancedDeepNestingIsKeptToo() {
        String line = "42 ioctl(3, " + "{[(".repeat(500_000) + ") = 0";
        List<SyscallEvent> events = assertTimeoutPreemptively(LIMIT, () -> parse(line));
        assertThat(events).hasSize(1);
        String json = assertTimeoutPreemptively(LIMIT, () -> EventJson.toJson(events.get(0)));
        assertThat(json).startsWith("{\"type\":");
    }

    @Test
    void depthLimitIsConfigurable() {
        EventAssembler assembler =
                new EventAssembler(ParseOptions.builder().maxDepth(2).build());
        List<SyscallEvent> events = new ArrayList<>();
        assembler.accept("1 f({a={b={c=1}}}) = 0", 1, events::add);
        assembler.finish(events::add);
        assertThat(EventJson.toJson(events.get(0))).contains("\"args\":[{\"a\":{\"b\":{\"raw\":\"{c=1}\"}}}]");
    }
}
