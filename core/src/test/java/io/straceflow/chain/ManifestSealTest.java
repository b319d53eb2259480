package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * run.json is sealed by run.json.chain (ManifestSeal): any change to it after the run fails verify, a forged seal
 * fails with the key, a crash while it is written is a warning, and directories of format 1 (no seal) still verify.
 */
class ManifestSealTest {
    @TempDir
    Path dir;

    Path manifest;

    @BeforeEach
    void writeRun() throws IOException {
        TestRun.write(dir, TestRun.config(true, true, 10).build(), 20);
        manifest = dir.resolve(ManifestSeal.FILE);
    }

    private VerifyReport verify() {
        return new Verifier().verify(dir, TestRun.fullOptions());
    }

    /** run.json's failure; the four streams verify clean. */
    private static Finding manifestFailure(VerifyReport r) {
        assertThat(r.streams())
                .as(r.toString())
                .allSatisfy(s -> assertThat(s.findings()).isEmpty());
        assertThat(r.manifest().status()).as(r.toString()).isEqualTo(StreamResult.Status.FAIL);
        assertThat(r.exitCode()).isEqualTo(VerifyReport.EXIT_FAIL);
        return r.manifest().failure().orElseThrow();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to));
    }

    @Test
    void intactRunJsonVerifies() {
        VerifyReport r = verify();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.manifest().stream()).isEqualTo("run.json");
        assertThat(r.manifest().runId()).isEqualTo(TestRun.RUN_ID);
        assertThat(r.manifest().version()).isEqualTo(ChainEngine.VERSION);
        assertThat(r.streams()).allSatisfy(s -> assertThat(s.version()).isEqualTo(2));
    }

    @Test
    void editedExitCodeIsManifestMismatch() throws IOException {
        edit(manifest, "\"exit_code\" : 0", "\"exit_code\" : 1");
        Finding f = manifestFailure(verify());
        assertThat(f.reason()).isEqualTo(Reason.MANIFEST_MISMATCH);
        assertThat(f.file()).isEqualTo("run.json");
        assertThat(f.detail()).contains("status complete");
        // an accident shows without the key too
        assertThat(manifestFailure(new Verifier().verify(dir, VerifyOptions.of(null, null)))
                        .reason())
                .isEqualTo(Reason.MANIFEST_MISMATCH);
    }

    @Test
    void reformattedOrRolledBackRunJsonIsManifestMismatch() throws IOException {
        Files.writeString(manifest, Files.readString(manifest) + "\n"); // same JSON, other bytes
        assertThat(manifestFailure(verify()).reason()).isEqualTo(Reason.MANIFEST_MISMATCH);
        // the version sealed at the start is not enough once the seal is closed
        Files.write(manifest, TestRun.manifest("running"));
        assertThat(manifestFailure(verify()).reason()).isEqualTo(Reason.MANIFEST_MISMATCH);
    }

    @Test
    void runJsonOrItsSealDeletedFails() throws IOException {
        Files.delete(manifest);
        assertThat(manifestFailure(verify()).reason()).isEqualTo(Reason.MISSING_STREAM);
        Files.write(manifest, TestRun.manifest("complete"));
        assertThat(verify().exitCode()).isZero();
        // the streams are of format 2: their run.json must have a seal
        Files.delete(dir.resolve(ManifestSeal.CHAIN_FILE));
        Files.delete(StreamFiles.notesOf(manifest));
        assertThat(manifestFailure(verify()).reason()).isEqualTo(Reason.NO_CHAIN);
    }

    /** The forger changes run.json and seals it again with a key of his own, or none. */
    @Test
    void runJsonResealedWithoutTheKeyFails() throws IOException {
        for (boolean forgerKeyed : new boolean[] {true, false}) {
            Files.write(manifest, TestRun.manifest("complete"));
            edit(manifest, "\"exit_code\" : 0", "\"exit_code\" : 1");
            ChainConfig cfg = TestRun.config(false, false, 10)
                    .masterKey(forgerKeyed ? TestRun.seq(32, 7) : null)
                    .build();
            reseal(cfg);
            Finding f = manifestFailure(verify());
            assertThat(f.reason()).isEqualTo(forgerKeyed ? Reason.MAC_MISMATCH : Reason.MODE_MISMATCH);
            assertThat(f.file()).isEqualTo(ManifestSeal.CHAIN_FILE);
            // without the chain key, the signatures still tell
            assertThat(manifestFailure(new Verifier().verify(dir, VerifyOptions.of(null, TestRun.PUBLIC)))
                            .reason())
                    .isEqualTo(Reason.BAD_SIGNATURE);
        }
    }

    private void reseal(ChainConfig cfg) throws IOException {
        Files.delete(dir.resolve(ManifestSeal.CHAIN_FILE));
        Files.delete(StreamFiles.notesOf(manifest));
        try (ManifestSeal seal = ManifestSeal.create(dir, cfg)) {
            seal.seal(Files.readAllBytes(manifest), "complete");
        }
    }

    @Test
    void runJsonWithTheSealOfAnotherRunIsRunMismatch(@TempDir Path other) throws IOException {
        TestRun.write(other, TestRun.config(true, true, 10).runId("run-2").build(), 20);
        for (String f : List.of(ManifestSeal.FILE, ManifestSeal.CHAIN_FILE, ManifestSeal.FILE + ".ckpt")) {
            Files.copy(other.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Finding f = manifestFailure(verify());
        assertThat(f.reason()).isEqualTo(Reason.RUN_MISMATCH);
    }

    @Test
    void theRunIsTheOneMostVerifiedFilesName(@TempDir Path other) throws IOException {
        TestRun.write(other, TestRun.config(true, true, 10).runId("run-2").build(), 20);
        List<String> moved = List.of("events.jsonl", "enriched.jsonl", ManifestSeal.FILE, ManifestSeal.CHAIN_FILE);
        for (String f : moved) {
            Files.copy(other.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            Path notes = StreamFiles.notesOf(other.resolve(f.replace(".chain", "")));
            Files.copy(notes, dir.resolve(notes.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        VerifyReport r = verify(); // run-2: events, enriched, run.json; run-1: syscalls.log, actions
        assertThat(r.all())
                .as(r.toString())
                .filteredOn(s -> s.status() == StreamResult.Status.FAIL)
                .extracting(StreamResult::stream)
                .containsExactly(StreamFiles.RAW, "actions.jsonl");
        assertThat(r.stream("actions.jsonl").failure().orElseThrow().reason()).isEqualTo(Reason.RUN_MISMATCH);
    }

    /** Where a writer can stop while it seals run.json: each leaves a warning, never a failure. */
    enum Crash {
        /** the first version sealed, not yet written */
        BEFORE_THE_FIRST_WRITE,
        /** "running" written, the streams under way */
        MID_RUN,
        /** the last version sealed, not yet written: run.json still says "running" */
        BEFORE_THE_LAST_WRITE,
        /** the last version written, the seal not closed */
        BEFORE_THE_CLOSE
    }

    @ParameterizedTest
    @EnumSource(Crash.class)
    void crashWhileSealingRunJsonIsAWarning(Crash crash, @TempDir Path run) throws IOException {
        ManifestSeal seal =
                ManifestSeal.create(run, TestRun.config(true, true, 10).build());
        seal.seal(TestRun.manifest("running"), "running");
        if (crash != Crash.BEFORE_THE_FIRST_WRITE) {
            Files.write(run.resolve(ManifestSeal.FILE), TestRun.manifest("running"));
        }
        if (crash == Crash.BEFORE_THE_LAST_WRITE || crash == Crash.BEFORE_THE_CLOSE) {
            seal.seal(TestRun.manifest("complete"), "complete");
        }
        if (crash == Crash.BEFORE_THE_CLOSE) {
            Files.write(run.resolve(ManifestSeal.FILE), TestRun.manifest("complete"));
        }
        // and the process dies: no close()
        VerifyReport r = new Verifier().verify(run, VerifyOptions.of(TestRun.KEY, TestRun.PUBLIC));
        StreamResult m = r.manifest();
        assertThat(m.status()).as(m.toString()).isEqualTo(StreamResult.Status.WARN);
        assertThat(m.warnings()).extracting(Finding::reason).containsOnly(Reason.UNSEALED_TAIL);

        // but a run.json that is none of the versions sealed is a change, crash or not
        if (crash != Crash.BEFORE_THE_FIRST_WRITE) {
            edit(run.resolve(ManifestSeal.FILE), "\"status\"", "\"Status\"");
            StreamResult edited = new Verifier()
                    .verify(run, VerifyOptions.of(TestRun.KEY, TestRun.PUBLIC))
                    .manifest();
            assertThat(edited.failure().orElseThrow().reason()).isEqualTo(Reason.MANIFEST_MISMATCH);
        }
    }

    /** A directory written before run.json was sealed (format 1, by the writer of commit 6c32e3e). */
    @Test
    void formatOneDirectoryStillVerifiesWithRunJsonUnsealed(@TempDir Path old) throws IOException {
        Path fixture = Path.of("src/test/resources/chain/v1-run");
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : files.toList()) {
                Files.copy(f, old.resolve(f.getFileName()));
            }
        }
        VerifyReport r = new Verifier().verify(old, TestRun.fullOptions());
        assertThat(r.streams()).as(r.toString()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(StreamResult.Status.OK);
            assertThat(s.version()).isEqualTo(1);
        });
        assertThat(r.manifest().warnings()).extracting(Finding::reason).containsExactly(Reason.MANIFEST_UNSEALED);
        assertThat(r.exitCode()).isEqualTo(VerifyReport.EXIT_WARN);

        // a stream of format 2 cannot pass for format 1 without the key: its open record is tagged
        Path events = dir.resolve("events.jsonl");
        Mutate.replaceInLine(events, 0, "\"v\":2,", "\"v\":1,");
        Files.delete(dir.resolve(ManifestSeal.CHAIN_FILE));
        Files.delete(StreamFiles.notesOf(manifest));
        VerifyReport downgraded = verify();
        assertThat(downgraded.stream("events.jsonl").failure().orElseThrow().reason())
                .isEqualTo(Reason.MAC_MISMATCH);
        assertThat(downgraded.manifest().failure().orElseThrow().reason()).isEqualTo(Reason.NO_CHAIN);
    }

    @Test
    void streamsAloneLeaveRunJsonUnchecked() throws IOException {
        Files.delete(manifest);
        VerifyReport r = new Verifier().verify(dir, TestRun.fullOptions().withoutManifest());
        assertThat(r.manifest()).isNull();
        assertThat(r.all()).hasSize(4);
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void sealRecordsNameTheVersionsOfRunJson() throws IOException {
        List<byte[]> lines = Mutate.lines(dir.resolve(ManifestSeal.CHAIN_FILE));
        // open, running, ckpt, complete, ckpt, close
        assertThat(lines).hasSize(6);
        String complete = new String(lines.get(3), StandardCharsets.UTF_8);
        assertThat(complete)
                .startsWith("{\"_seq\":3,\"status\":\"complete\",\"bytes\":"
                        + TestRun.manifest("complete").length + ",\"blake3\":\""
                        + Bytes.hex(Blake3.hash(TestRun.manifest("complete"))) + "\",\"_h\":\"");
        assertThat(new String(lines.get(5), StandardCharsets.UTF_8)).contains("\"_ctl\":\"close\",\"epoch\":2");
    }
}
