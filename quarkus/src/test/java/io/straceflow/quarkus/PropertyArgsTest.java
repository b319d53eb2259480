package io.straceflow.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A trace said in properties becomes the command line that says the same. */
class PropertyArgsTest {
    private static Function<String, Optional<String>> props(Map<String, String> p) {
        return k -> Optional.ofNullable(p.get(k)).filter(v -> !v.isBlank());
    }

    @Test
    void everyTracingPropertyBecomesItsOption() {
        Map<String, String> p = Map.ofEntries(
                Map.entry("straceflow.mode", "Replay"),
                Map.entry("straceflow.out", "/tmp/o"),
                Map.entry("straceflow.force", "true"),
                Map.entry("straceflow.quiet", "false"),
                Map.entry("straceflow.strace-options", " -e  trace=%file "),
                Map.entry("straceflow.grace", "2.5"),
                Map.entry("straceflow.key", "/k"),
                Map.entry("straceflow.signing-key", "/s"),
                Map.entry("straceflow.date", "2026-01-02"),
                Map.entry("straceflow.window", "50"),
                Map.entry("straceflow.routes", "/r"),
                Map.entry("straceflow.sinks.events", "stream:out, log:x"),
                Map.entry("straceflow.files", "a.txt,b.txt"));
        assertThat(PropertyArgs.of(props(p)))
                .containsExactly(
                        "replay",
                        "--out",
                        "/tmp/o",
                        "--force",
                        "--strace-opt=-e",
                        "--strace-opt=trace=%file",
                        "--grace=2.5",
                        "--key=/k",
                        "--signing-key=/s",
                        "--date=2026-01-02",
                        "--window=50",
                        "--routes=/r",
                        "--to",
                        "events=stream:out",
                        "--to",
                        "events=log:x",
                        "--",
                        "a.txt",
                        "b.txt");
    }

    @Test
    void argumentsWinOverTheInputProperties() {
        Map<String, String> p = Map.of("straceflow.command", "ls /tmp", "straceflow.cpus", "1");
        assertThat(PropertyArgs.of(props(p))).containsExactly("run", "--cpus=1", "--", "ls", "/tmp");
        // only a leading -- is the separator: the program's own arguments keep theirs
        assertThat(PropertyArgs.of(props(p), "--", "sh", "-c", "x", "--", "y"))
                .containsExactly("run", "--cpus=1", "--", "sh", "-c", "x", "--", "y");
        assertThat(PropertyArgs.of(props(Map.of("straceflow.mode", "attach", "straceflow.attach-pids", "1, 2"))))
                .containsExactly("attach", "--", "1", "2");
    }

    @Test
    void aBadModeOrNoInputIsAUsageError() {
        assertThatThrownBy(() -> PropertyArgs.of(props(Map.of("straceflow.mode", "trace"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("straceflow.mode: run, attach or replay, not trace");
        assertThatThrownBy(() -> PropertyArgs.of(props(Map.of("straceflow.mode", "replay"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replay: no input (arguments, or straceflow.files)");
        assertThatThrownBy(() -> PropertyArgs.of(props(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("run: no program (arguments, or straceflow.command)");
    }
}
