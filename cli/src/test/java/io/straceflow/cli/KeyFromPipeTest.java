package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.chain.Keys;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys given as pipes, as docs/integrity.md suggests for a key that must not stay on the traced host ({@code --key
 * <(vault read ...)}): bash hands straceflow {@code /dev/fd/N}, a pipe that holds the key once. A run reads each key
 * file exactly once (the run.json seal and the stream writers take the keys from memory), so the run is keyed and
 * signed, and verifies with the key file and with the key through a pipe again.
 */
class KeyFromPipeTest {
    @TempDir
    Path work;

    /** straceflow started by bash, which runs {@code exec "$@" ARGS}: ARGS may hold process substitutions. */
    private Straceflow.Result viaBash(String args) throws Exception {
        return Straceflow.start(work, List.of("bash", "-c", "exec \"$@\" " + args, "bash"), List.of(), Map.of(), null)
                .await();
    }

    @Test
    void runAndVerifyWithKeysFromPipes() throws Exception {
        Keys.generate(work.resolve("chain.key"));
        Keys.generateSigning(work.resolve("signing.key"), work.resolve("signing.key.pub"));

        var run = viaBash("run -q --key <(cat chain.key) --signing-key <(cat signing.key) -o out -- sh -c 'exit 3'");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);

        var verify = Straceflow.run(work, "verify", "--key", "chain.key", "--pubkey", "signing.key.pub", "out");
        assertThat(verify.exitCode()).as(verify.stdout() + verify.stderr()).isZero();
        assertThat(verify.stdout().lines())
                .hasSize(5)
                .allMatch(l -> l.startsWith("OK   ") && l.contains("(keyed, signatures checked)"), "keyed and signed");

        var piped = viaBash("verify --key <(cat chain.key) --pubkey <(cat signing.key.pub) out");
        assertThat(piped.exitCode()).as(piped.stdout() + piped.stderr()).isZero();
        assertThat(piped.stdout()).isEqualTo(verify.stdout());
    }

    @Test
    void aPipeThatIsNotAKeyIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
        var run = viaBash("run -q --key <(echo nonsense) -o out -- true");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("is not a chain key");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aPipeThatNeverEndsIsRefusedWithoutFillingTheHeap() throws Exception {
        // `yes` writes forever: the key is read with a bound, so this ends at once (not in an OutOfMemoryError)
        var run = viaBash("run -q --key <(yes) -o out -- true");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("is not a chain key: longer than 1024 bytes");
        assertThat(run.stderr().lines()).hasSize(1);
        assertThat(work.resolve("out")).doesNotExist();
    }
}
