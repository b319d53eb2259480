package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.JsonlChainWriter;
import io.straceflow.chain.Keys;
import io.straceflow.chain.ManifestSeal;
import io.straceflow.chain.RawChainWriter;
import io.straceflow.chain.StreamFiles;
import io.straceflow.chain.VerifyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

    /** Seals and writes run.json as a run does; the seal is closed after the second version when {@code end}. */
    private static ManifestSeal manifest(Path dir, ChainConfig cfg, boolean end) throws IOException {
        ManifestSeal seal = ManifestSeal.create(dir, cfg);
        for (String status : end ? new String[] {"running", "complete"} : new String[] {"running"}) {
            byte[] json = ("{\"status\":\"" + status + "\"}").getBytes(StandardCharsets.UTF_8);
            seal.seal(json, status);
            Files.write(dir.resolve(ManifestSeal.FILE), json);
        }
        if (end) {
            seal.close();
        }
        return seal;
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
        manifest(dir, cfg, true);
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
                .hasSize(5)
                .allMatch(l -> l.startsWith("OK "))
                .contains("OK   events.jsonl: 7 records, 3 checkpoints (keyed, signatures checked)")
                .contains("OK   run.json: 2 versions sealed, 3 checkpoints (keyed, signatures checked)");

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

    /**
     * A writer killed mid-run (as in CrashTest): events.jsonl was flushed after its second checkpoint and one more
     * record, and never closed; the other streams were closed. Nothing is tampered, so verify warns and exits 3, in
     * process and as the real command line.
     */
    @Test
    void unsealedTailAfterACrashWarnsAndExits3() throws Exception {
        Path key = tmp.resolve("chain.key");
        assertThat(run(new KeygenCommand(), key.toString())).isZero();
        Path dir = Files.createDirectory(tmp.resolve("out"));
        ChainConfig cfg = ChainConfig.builder()
                .masterKey(Keys.load(key))
                .checkpointEveryRecords(3)
                .clock(Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC)) // no checkpoint by time
                .fsync(false)
                .build();
        manifest(dir, cfg, false); // run.json says "running"
        JsonlChainWriter events = new JsonlChainWriter(dir.resolve("events.jsonl"), cfg);
        try (RawChainWriter raw = new RawChainWriter(dir.resolve(StreamFiles.RAW), cfg);
                JsonlChainWriter enriched = new JsonlChainWriter(dir.resolve("enriched.jsonl"), cfg);
                JsonlChainWriter actions = new JsonlChainWriter(dir.resolve("actions.jsonl"), cfg)) {
            for (int i = 0; i < 7; i++) {
                byte[] line = ("123 read(3, \"x\", 1) = " + i).getBytes(StandardCharsets.US_ASCII);
                raw.append(line, 0, line.length, true);
                byte[] payload = ("\"i\":" + i).getBytes(StandardCharsets.UTF_8);
                // open 0, data 1-3, ckpt 4 (taken by the next append), data 5-7, ckpt 8, data 9
                events.append(payload);
                enriched.append(payload);
                actions.append(payload);
            }
        }
        events.flush(); // and then the process is killed: no close record, no final note

        out.getBuffer().setLength(0);
        assertThat(run(new VerifyCommand(), dir.toString(), "--key", key.toString()))
                .as(err.toString())
                .isEqualTo(VerifyReport.EXIT_WARN);
        String warn =
                "WARN events.jsonl: 7 records, 2 checkpoints (keyed); UNSEALED_TAIL events.jsonl seq 9: not closed:"
                        + " records from seq 9 to 9 are after the last checkpoint (writer stopped?)";
        assertThat(out.toString().lines())
                .containsExactly(
                        "OK   syscalls.log: 7 records, 3 checkpoints (keyed)",
                        warn,
                        "OK   enriched.jsonl: 7 records, 3 checkpoints (keyed)",
                        "OK   actions.jsonl: 7 records, 3 checkpoints (keyed)",
                        "WARN run.json: 1 versions sealed, 1 checkpoints (keyed); UNSEALED_TAIL run.json.chain seq 3:"
                                + " not closed: no close record after the last checkpoint (writer stopped?);"
                                + " UNSEALED_TAIL run.json: run.json is the version sealed last (status running,"
                                + " 20 bytes); the run did not end (crash?)");
        assertThat(err.toString()).isEmpty();

        out.getBuffer().setLength(0);
        assertThat(run(new VerifyCommand(), dir.toString(), "--key", key.toString(), "--json"))
                .isEqualTo(VerifyReport.EXIT_WARN);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.path("exit").asInt()).isEqualTo(VerifyReport.EXIT_WARN);
        JsonNode finding = report.path("streams").get(1).path("findings");
        assertThat(finding).hasSize(1);
        assertThat(finding.get(0).path("reason").asText()).isEqualTo("UNSEALED_TAIL");
        assertThat(finding.get(0).path("severity").asText()).isEqualTo("warning");

        // the real command line: main's exit status is the verdict's
        Straceflow.Result cli = Straceflow.run(tmp, "verify", dir.toString(), "--key", key.toString());
        assertThat(cli.exitCode()).as(cli.stderr()).isEqualTo(VerifyReport.EXIT_WARN);
        assertThat(cli.stdout().lines()).contains(warn).hasSize(5);
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
                .hasSize(5)
                .allMatch(l -> l.startsWith("FAIL") && l.contains("MISSING_STREAM"))
                .contains("FAIL run.json: MISSING_STREAM run.json: run.json is missing");
    }
}
