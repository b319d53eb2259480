package io.straceflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.Keys;
import io.straceflow.chain.RunKeys;
import io.straceflow.chain.StreamFiles;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream writers take the run's keys from memory and are the last to need the chain key: it is erased then. */
class RunStreamsKeysTest {
    @TempDir
    Path work;

    @Test
    void streamsAreKeyedAndTheChainKeyIsErasedOnceTheyAreOpen() throws Exception {
        Path keyFile = work.resolve("chain.key");
        Keys.generate(keyFile);
        byte[] key = Keys.load(keyFile); // the verifier's copy
        RunKeys keys = RunKeys.read(keyFile, null);
        Files.delete(keyFile); // nothing reads the file again
        Path out = Files.createDirectory(work.resolve("out"));
        RunStreams streams = new RunStreams();
        streams.setDir(out.toString());
        streams.setKeys(keys);

        streams.open();
        assertThatThrownBy(() -> keys.applyTo(ChainConfig.builder())).isInstanceOf(IllegalStateException.class);
        streams.seal();

        VerifyReport report = new Verifier().verify(out, new VerifyOptions(key, null, StreamFiles.STANDARD));
        assertThat(report.exitCode()).as(report.toString()).isEqualTo(VerifyReport.EXIT_OK);
    }
}
