package io.straceflow.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.straceflow.chain.ChainConfig;
import io.straceflow.chain.Keys;
import io.straceflow.chain.RunKeys;
import io.straceflow.chain.StreamFiles;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
import io.straceflow.strace.TraceEnd;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chains take the run's keys from memory and are the last to need the chain key: it is erased then. */
class RunChainsKeysTest {
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
        try (ChainedStreams streams = new ChainedStreams(out, keys);
                DefaultCamelContext camel = new DefaultCamelContext()) {
            Exchange end = new DefaultExchange(camel);
            end.getMessage().setBody(new TraceEnd(0, 0, 0, null));
            streams.stamp(StreamFiles.RAW, end);
            assertThatThrownBy(() -> keys.applyTo(ChainConfig.builder())).isInstanceOf(IllegalStateException.class);
            for (String stream : StreamFiles.STANDARD.subList(1, 4)) {
                Exchange x = new DefaultExchange(camel);
                x.getMessage().setBody(Payloads.end());
                streams.stamp(stream, x);
            }
        }

        VerifyReport report = new Verifier().verify(out, new VerifyOptions(key, null, StreamFiles.STANDARD));
        assertThat(report.exitCode()).as(report.toString()).isEqualTo(VerifyReport.EXIT_OK);
    }
}
