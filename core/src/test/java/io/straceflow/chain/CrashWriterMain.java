package io.straceflow.chain;

import java.nio.file.Path;

/**
 * Child process for {@link CrashTest}: seals and writes run.json as "running", then writes all four streams until
 * killed; says "ready" once well under way.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ChainConfig cfg = TestRun.config(true, true, 1000).build();
        TestRun.writeManifest(dir, ManifestSeal.create(dir, cfg), "running");
        RawChainWriter raw = new RawChainWriter(dir.resolve(StreamFiles.RAW), cfg);
        JsonlChainWriter[] jsonl = new JsonlChainWriter[TestRun.JSONL.length];
        for (int s = 0; s < jsonl.length; s++) {
            jsonl[s] = new JsonlChainWriter(dir.resolve(TestRun.JSONL[s]), cfg);
        }
        for (int i = 0; ; i++) {
            byte[] line = TestRun.rawLine(i);
            raw.append(line, 0, line.length, true);
            for (JsonlChainWriter w : jsonl) {
                w.append(TestRun.payload("x", i));
            }
            if (i % 97 == 0) {
                raw.flush();
                for (JsonlChainWriter w : jsonl) {
                    w.flush();
                }
            }
            if (i == 5_000) {
                // flushed past the checkpoint at 5 000 records, so the kill always leaves an unsealed tail
                raw.flush();
                for (JsonlChainWriter w : jsonl) {
                    w.flush();
                }
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
