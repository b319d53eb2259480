package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Environment values of execve/execveat and planted secrets, through the redactor and the event assembler. */
class RedactorTest {
    static final String EXECVE = "812 12:00:00.000001 execve(\"/usr/bin/env\", [\"env\", \"HOME=/root\", \"sh\"],"
            + " [\"HOME=/root\", \"SECRET_TOKEN=s3cr3t\", \"EMPTY=\", \"NOEQUALS\", \"LANG=C.UTF-8\"]) = 0";

    @Test
    void execveKeepsVariableNamesAndMasksTheirValues() {
        Redactor r = new Redactor();
        assertThat(r.line(EXECVE))
                .isEqualTo("812 12:00:00.000001 execve(\"/usr/bin/env\", [\"env\", \"HOME=/root\", \"sh\"],"
                        + " [\"HOME=***\", \"SECRET_TOKEN=***\", \"EMPTY=\", \"NOEQUALS\", \"LANG=***\"]) = 0");
        assertThat(r.secrets()).isEqualTo(1); // SECRET_TOKEN: a secret by its name
        assertThat(r.environment()).isEqualTo(2); // HOME, LANG
    }

    @Test
    void execveatUnfinishedAndEscapedValues() {
        Redactor r = new Redactor();
        String line = "813 12:00:00.000002 execveat(3</usr/bin>, \"env\", [\"env\", \"--password\", \"hunter2\"],"
                + " [\"PS1=\\\"\\\\u@\\\\h\\\" \\xc3\\xa9\", \"A=b\"...], AT_SYMLINK_NOFOLLOW <unfinished ...>";
        assertThat(r.line(line))
                .isEqualTo("813 12:00:00.000002 execveat(3</usr/bin>, \"env\", [\"env\", \"--password\", \"***\"],"
                        + " [\"PS1=***\", \"A=***\"...], AT_SYMLINK_NOFOLLOW <unfinished ...>");
        assertThat(r.secrets()).isEqualTo(1);
        assertThat(r.environment()).isEqualTo(2);
    }

    @Test
    void environmentNotPrintedMeansNothingToMask() {
        String line = "10 12:00:00.000001 execve(\"/bin/true\", [\"true\"], 0x7ffd2f6c1e68 /* 35 vars */) = 0";
        assertThat(new Redactor().line(line)).isSameAs(line);
    }

    @Test
    void eventsCarryTheMaskedTextInStrAndRaw() {
        List<SyscallEvent> events = assemble(
                true,
                EXECVE,
                "812 12:00:00.000002 write(1</dev/null<char 1:3>>, \"password=hunter2\\n\", 17) = 17",
                "812 12:00:00.000003 write(3, \"Authorization: Bearer abc\\r\\n\", 27) = 27",
                "812 12:00:00.000004 this is no strace line, token=abc",
                "812 12:00:00.000005 +++ exited with 0 +++");
        String json = events.stream().map(EventJson::toJson).reduce("", String::concat);
        assertThat(json)
                .doesNotContain("s3cr3t", "hunter2", "abc")
                .contains("\"HOME=***\"", "\"SECRET_TOKEN=***\"")
                .contains("{\"str\":\"password=***\\n\"}")
                .contains("Authorization: Bearer ***")
                .contains("\"raw\":\"812 12:00:00.000004 this is no strace line, token=***\"");
        assertThat(events.get(0).args().get(2))
                .isEqualTo(new ArgValue.Array(
                        List.of(
                                StraceString.of("HOME=***", false),
                                StraceString.of("SECRET_TOKEN=***", false),
                                StraceString.of("EMPTY=", false),
                                StraceString.of("NOEQUALS", false),
                                StraceString.of("LANG=***", false)),
                        false));
    }

    @Test
    void withoutRedactionTheParserKeepsEverything() {
        String json = assemble(false, EXECVE).stream().map(EventJson::toJson).reduce("", String::concat);
        assertThat(json).contains("SECRET_TOKEN=s3cr3t", "HOME=/root");
    }

    @Test
    void countsMaskedValuesInTheParseStats() {
        EventAssembler a =
                new EventAssembler(ParseOptions.builder().redact(true).build());
        a.accept(EXECVE, 1, e -> {});
        a.accept("812 12:00:00.000002 write(1, \"password=hunter2\\n\", 17) = 17", 2, e -> {});
        a.finish(e -> {});
        assertThat(a.stats().redacted()).isEqualTo(2);
        assertThat(a.stats().redactedEnv()).isEqualTo(2);
    }

    private static List<SyscallEvent> assemble(boolean redact, String... lines) {
        EventAssembler a =
                new EventAssembler(ParseOptions.builder().redact(redact).build());
        List<SyscallEvent> out = new ArrayList<>();
        long n = 0;
        for (String line : lines) {
            a.accept(line, ++n, out::add);
        }
        a.finish(out::add);
        return out;
    }
}
