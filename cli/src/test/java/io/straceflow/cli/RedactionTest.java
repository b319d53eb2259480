package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets planted in a real program's environment, arguments and output, traced by real strace. */
class RedactionTest {
    /** The secret parts only: what must never reach a masked stream. */
    private static final List<String> SECRETS = List.of("s3cr3t", "hunter2", "abc123xyz", "plantedkeybody");

    private static final List<String> JSONL = List.of("events.jsonl", "enriched.jsonl", "actions.jsonl", "run.json");

    @TempDir
    Path work;

    @BeforeEach
    void keyFile() throws Exception {
        Files.writeString(
                work.resolve("key.pem"),
                "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANplantedkeybody\n-----END PRIVATE KEY-----\n");
    }

    private Straceflow.Result trace(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "-q", "-o", "out"));
        args.addAll(List.of(options));
        args.addAll(List.of(
                "--",
                "env",
                "SECRET_TOKEN=s3cr3t",
                "sh",
                "-c",
                "echo password=hunter2 > /dev/null; printf 'Authorization: Bearer abc123xyz\\r\\n' > /dev/null;"
                        + " cat key.pem > /dev/null"));
        Straceflow.Result r = Straceflow.start(work, args).await();
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Straceflow.Result verify = Straceflow.run(work, "verify", "out");
        assertThat(verify.exitCode()).as(verify.stdout() + verify.stderr()).isZero();
        return r;
    }

    private String read(String file) throws Exception {
        return new String(Files.readAllBytes(work.resolve("out").resolve(file)), StandardCharsets.UTF_8);
    }

    @Test
    void byDefaultTheJsonStreamsAreMaskedAndTheRawStreamIsNot() throws Exception {
        trace();
        for (String file : JSONL) {
            assertThat(read(file)).as(file).doesNotContain(SECRETS);
        }
        String events = read("events.jsonl");
        assertThat(events)
                .contains("\"SECRET_TOKEN=***\"", "\"PATH=***\"") // names stay, values go
                .contains("password=***\\n")
                .contains("Authorization: Bearer ***")
                .contains("-----BEGIN PRIVATE KEY-----\\n***\\n-----END PRIVATE KEY-----");
        assertThat(read("syscalls.log")).contains(SECRETS);
        assertThat(read("run.json"))
                .contains("\"redact\" : true", "\"redact_raw\" : false")
                .containsPattern("\"redacted\" : [1-9]");
    }

    @Test
    void redactRawMasksSyscallsLogToo() throws Exception {
        trace("--redact-raw");
        for (String file : JSONL) {
            assertThat(read(file)).as(file).doesNotContain(SECRETS);
        }
        assertThat(read("syscalls.log")).doesNotContain(SECRETS).contains("SECRET_TOKEN=***");
    }

    @Test
    void noRedactKeepsEverything() throws Exception {
        trace("--no-redact");
        for (String file : List.of("syscalls.log", "events.jsonl", "enriched.jsonl")) {
            assertThat(read(file)).as(file).contains(SECRETS);
        }
        assertThat(read("run.json")).contains("s3cr3t", "hunter2", "\"redact\" : false");
    }

    @Test
    void redactRawAndNoRedactContradictEachOther() throws Exception {
        Straceflow.Result r = Straceflow.run(work, "run", "--no-redact", "--redact-raw", "-o", "out", "--", "true");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr().strip()).isEqualTo("straceflow: --redact-raw cannot go with --no-redact");
        assertThat(work.resolve("out")).doesNotExist();
    }
}
