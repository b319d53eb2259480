package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.Keys;
import io.straceflow.chain.ManifestSeal;
import io.straceflow.chain.StreamFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run.json of a real run is sealed (run.json.chain): `verify` names run.json when its exit code was edited, with or
 * without a key, and when it was sealed again by someone without the run's key.
 */
class RunJsonSealTest {
    @TempDir
    Path work;

    private Path edit() throws Exception {
        Path manifest = work.resolve("out/run.json");
        String json = Files.readString(manifest);
        assertThat(json).contains("\"exit_code\" : 3");
        Files.writeString(manifest, json.replace("\"exit_code\" : 3", "\"exit_code\" : 0"));
        return manifest;
    }

    @Test
    void editedExitCodeFailsVerify() throws Exception {
        var run = Straceflow.run(work, "run", "-q", "-o", "out", "--", "sh", "-c", "exit 3");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);
        var intact = Straceflow.run(work, "verify", "out");
        assertThat(intact.exitCode()).as(intact.stdout() + intact.stderr()).isZero();
        assertThat(intact.stdout().lines())
                .hasSize(5)
                .contains("OK   run.json: 2 versions sealed, 3 checkpoints (unkeyed: detects accidents, not forgery)");

        edit();
        var edited = Straceflow.run(work, "verify", "out");
        assertThat(edited.exitCode()).as(edited.stdout() + edited.stderr()).isEqualTo(1);
        assertThat(edited.stdout().lines())
                .filteredOn(l -> l.startsWith("FAIL"))
                .singleElement()
                .asString()
                .startsWith("FAIL run.json: MANIFEST_MISMATCH run.json: run.json was changed after the run");
    }

    @Test
    void keyedRunJsonResealedWithoutTheKeyFailsVerify() throws Exception {
        Path key = work.resolve("chain.key");
        Keys.generate(key);
        var run = Straceflow.run(work, "run", "-q", "--key", key.toString(), "-o", "out", "--", "sh", "-c", "exit 3");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);
        var intact = Straceflow.run(work, "verify", "--key", key.toString(), "out");
        assertThat(intact.exitCode()).as(intact.stdout() + intact.stderr()).isZero();

        // the forger edits run.json and seals it anew, as the writer would, with every field right but the key
        Path manifest = edit();
        Path out = work.resolve("out");
        JsonNode open = new ObjectMapper()
                .readTree(
                        Files.readAllLines(out.resolve(ManifestSeal.CHAIN_FILE)).get(0));
        Path forgerKey = work.resolve("forger.key");
        Keys.generate(forgerKey);
        ChainConfig cfg = ChainConfig.builder()
                .masterKey(Keys.load(forgerKey))
                .runId(open.path("run").asText())
                .host(open.path("host").asText())
                .build();
        Files.delete(out.resolve(ManifestSeal.CHAIN_FILE));
        Files.delete(StreamFiles.notesOf(manifest));
        try (ManifestSeal seal = ManifestSeal.create(out, cfg)) {
            seal.seal(Files.readAllBytes(manifest), "complete");
        }

        var resealed = Straceflow.run(work, "verify", "--key", key.toString(), "out");
        assertThat(resealed.exitCode())
                .as(resealed.stdout() + resealed.stderr())
                .isEqualTo(1);
        assertThat(resealed.stdout().lines())
                .filteredOn(l -> l.startsWith("FAIL"))
                .singleElement()
                .asString()
                .startsWith("FAIL run.json: MAC_MISMATCH run.json.chain line 1 seq 0 byte 0: ");
    }
}
