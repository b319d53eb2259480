package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.JsonlChainWriter;
import io.straceflow.chain.Keys;
import io.straceflow.chain.RawChainWriter;
import io.straceflow.chain.StreamFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ChainCommandsTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        return StraceflowCli.withErrorHandling(new CommandLine(command))
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    /** A run written with keys made by keygen, as a user would. */
    private Path writeRun(Path key, Path signing) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("out"));
        ChainConfig cfg = ChainConfig.builder()
                .masterKey(Keys.load(key))
                .signingKey(Keys.loadSigning(signing))
                .checkpointEveryRecords(3)
                .fsync(false)
                .build();
        try (RawChainWriter raw = new RawChainWriter(dir.resolve(StreamFiles.RAW), cfg)) {
            for (String name : StreamFiles.STANDARD.subList(1, 4)) {
                try (JsonlChainWriter w = new JsonlChainWriter(dir.resolve(name), cfg)) {
                    for (int i = 0; i < 7; i++) {
                        w.append(("\"i\":" + i).getBytes(StandardCharsets.UTF_8));
                        byte[] line = ("123 read(3, \"x\", 1) = " + i).getBytes(StandardCharsets.US_ASCII);
                        raw.append(line, 0, line.length, true);
                    }
                }
            }
        }
        return dir;
    }

    @Test
    void keygenThenVerifyIntactAndTampered() throws IOException {
        Path key = tmp.resolve("chain.key");
        Path signing = tmp.resolve("sign.key");
        assertThat(run(new KeygenCommand(), key.toString())).isZero();
        assertThat(run(new KeygenCommand(), "--signing", signing.toString())).isZero();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(signing)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Path dir = writeRun(key, signing);
        String pub = tmp.resolve("sign.key.pub").toString();
        out.getBuffer().setLength(0);

        assertThat(run(new VerifyCommand(), dir.toString(), "--key", key.toString(), "--pubkey", pub))
                .as(err.toString())
                .isZero();
        assertThat(out.toString().lines())
                .hasSize(4)
                .allMatch(l -> l.startsWith("OK "))
                .contains("OK   events.jsonl: 7 records, 3 checkpoints (keyed, signatures checked)");

        byte[] b = Files.readAllBytes(dir.resolve("events.jsonl"));
        int second = new String(b, StandardCharsets.ISO_8859_1).indexOf("\"i\":1");
        b[second + 4] = '9';
        Files.write(dir.resolve("events.jsonl"), b);
        out.getBuffer().setLength(0);
        assertThat(run(new VerifyCommand(), dir.toString(), "--key", key.toString(), "--json"))
                .isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.path("exit").asInt()).isEqualTo(1);
        JsonNode events = report.path("streams").get(1);
        assertThat(events.path("status").asText()).isEqualTo("FAIL");
        JsonNode f = events.path("findings").get(0);
        assertThat(f.path("reason").asText()).isEqualTo("MAC_MISMATCH");
        assertThat(f.path("line").asLong()).isEqualTo(3);
        assertThat(f.path("seq").asLong()).isEqualTo(2);

        out.getBuffer().setLength(0);
        assertThat(run(new VerifyCommand(), dir.toString(), "--key", key.toString()))
                .isEqualTo(1);
        assertThat(out.toString()).contains("FAIL events.jsonl: MAC_MISMATCH events.jsonl line 3 seq 2 byte ");
    }

    @Test
    void usageErrorsAreOneLineAndExit2() throws IOException {
        assertThat(run(new VerifyCommand(), tmp.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("straceflow: " + tmp.resolve("nope") + " is not a directory\n");

        err.getBuffer().setLength(0);
        Path badKey = Files.writeString(tmp.resolve("bad.key"), "not a key");
        assertThat(run(new VerifyCommand(), tmp.toString(), "--key", badKey.toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1).allMatch(l -> l.contains("is not a chain key"));

        err.getBuffer().setLength(0);
        assertThat(run(
                        new VerifyCommand(),
                        tmp.toString(),
                        "--key",
                        tmp.resolve("missing").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("straceflow: no such file: ");

        assertThat(run(new VerifyCommand(), "--bogus")).isEqualTo(2);

        err.getBuffer().setLength(0);
        assertThat(run(new KeygenCommand(), badKey.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("straceflow: " + badKey + " exists; refusing to overwrite a key\n");
        assertThat(Files.readString(badKey)).isEqualTo("not a key");
        assertThat(run(new KeygenCommand(), tmp.resolve("no/such/dir/k").toString()))
                .isEqualTo(2);
    }

    @Test
    void emptyDirectoryFailsWithMissingStreams() {
        assertThat(run(new VerifyCommand(), tmp.toString())).isEqualTo(1);
        assertThat(out.toString().lines())
                .hasSize(4)
                .allMatch(l -> l.startsWith("FAIL") && l.contains("MISSING_STREAM"));
    }
}
