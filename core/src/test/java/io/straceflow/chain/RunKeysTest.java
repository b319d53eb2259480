package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's keys are read once, from a FIFO as well as from a file, and handed out in memory until erased. */
class RunKeysTest {
    @TempDir
    Path dir;

    /** A named pipe with one writer: its content can be read once. */
    private Path fifo(String name, Path content) throws Exception {
        Path fifo = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mk.exitValue()).isZero();
        byte[] bytes = Files.readAllBytes(content);
        // the open blocks until the reader opens the other end; then one write, and EOF
        writers = CompletableFuture.allOf(writers, CompletableFuture.runAsync(() -> {
            try {
                Files.write(fifo, bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        return fifo;
    }

    private CompletableFuture<Void> writers = CompletableFuture.completedFuture(null);

    @Test
    void keysFromFifosAreReadOnceAndHandedOutUntilErased() throws Exception {
        Path keyFile = dir.resolve("chain.key");
        Keys.generate(keyFile);
        Path signingFile = dir.resolve("signing.key");
        Keys.generateSigning(signingFile, dir.resolve("signing.key.pub"));
        byte[] key = Keys.load(keyFile);

        RunKeys keys = RunKeys.read(fifo("key.fifo", keyFile), fifo("signing.fifo", signingFile));
        writers.get(30, TimeUnit.SECONDS);
        assertThat(keys.keyed()).isTrue();
        assertThat(keys.signed()).isTrue();
        assertThat(keys.toString()).doesNotContain(HexFormat.of().formatHex(key));

        // two users (the run.json seal, then the stream writers), each with its own copy
        ChainConfig seal = keys.applyTo(ChainConfig.builder()).build();
        ChainConfig streams = keys.applyTo(ChainConfig.builder()).build();
        assertThat(seal.masterKey()).isEqualTo(key);
        assertThat(streams.masterKey()).isEqualTo(key);
        assertThat(streams.signingKey().getEncoded())
                .isEqualTo(Keys.loadSigning(signingFile).getEncoded());

        keys.eraseChainKey();
        assertThatThrownBy(() -> keys.applyTo(ChainConfig.builder()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("erased");
        assertThat(streams.masterKey()).isEqualTo(key); // the copies are their holders' to erase
        keys.close(); // idempotent
    }

    @Test
    void noKeys() {
        RunKeys none = RunKeys.none();
        none.eraseChainKey();
        ChainConfig cfg = none.applyTo(ChainConfig.builder()).build();
        assertThat(cfg.keyed()).isFalse();
        assertThat(cfg.signingKey()).isNull();
    }
}
