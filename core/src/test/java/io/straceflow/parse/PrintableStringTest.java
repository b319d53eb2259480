package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A string that is no UTF-8 is written as {@code {"hex":...}} alone (docs/events.md); its printable form, for the
 * summary's tables, is what strace -x prints for the same bytes.
 */
class PrintableStringTest {
    @TempDir
    Path dir;

    @Test
    void bytesArePrintedAsStraceXPrintsThem() {
        assertThat(ArgValue.Str.printable("2f61ff")).isEqualTo("\\x2f\\x61\\xff");
        assertThat(ArgValue.Str.printable("abc")).isEqualTo("abc"); // not hex: kept
        assertThat(ArgValue.Str.printable("zz")).isEqualTo("zz");
    }

    /** A real strace, with straceflow's own -x, on a file whose name is no UTF-8: the same text as the event gives. */
    @Test
    void aRealNonUtf8PathReadsAsStracePrintedIt() throws Exception {
        Path script = dir.resolve("make.sh");
        // a quote, a backslash, a tab and the byte 0xff in one file name (printf's octal escapes, in dash and bash)
        Files.writeString(script, "exec 3> \"$1/$(printf 'a\\042b\\134c\\tnew\\377')\"\n");
        Path log = dir.resolve("trace.txt");
        Process p = new ProcessBuilder(
                        "strace",
                        "-x",
                        "-e",
                        "trace=openat",
                        "-o",
                        log.toString(),
                        "--",
                        "sh",
                        script.toString(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        String line = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1).stream()
                .filter(l -> l.contains("\\xff\""))
                .findFirst()
                .orElseThrow();

        EventAssembler assembler = new EventAssembler(ParseOptions.defaults());
        List<SyscallEvent> events = new ArrayList<>();
        assembler.accept(line, 1, events::add);
        assembler.finish(events::add);
        ArgValue.Str path = (ArgValue.Str) events.get(0).args().get(1);
        assertThat(path.text()).isNull();
        // a quote, a backslash, a tab, "new" and 0xff, as strace printed them
        assertThat(ArgValue.Str.printable(path.hex()))
                .isEqualTo(path.raw())
                .endsWith("\\x61\\x22\\x62\\x5c\\x63\\x09\\x6e\\x65\\x77\\xff");
        assertThat(EventJson.toJson(events.get(0))).contains("{\"hex\":\"" + path.hex() + "\"}");
    }
}
