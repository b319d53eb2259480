package io.straceflow.chain;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Seals {@code run.json}, the run's manifest (command, status, exit code, counters), with a chain of its own:
 * {@code run.json.chain} and its notes {@code run.json.ckpt}. The chain is an ordinary JSONL chain whose stream name
 * is {@code run.json}, so it has its own keys from the same master key and the same key schedule. Each version of
 * run.json gets one record, {@code "status":S,"bytes":N,"blake3":"<hex>"}, sealed by a checkpoint (on disk, note
 * written, key evolved) before that version replaces the file; once the last version is in place, {@link #close()}
 * writes the close record. A crash between the two steps leaves the previous version, which verify tells from a
 * change. Its own writer, after the four streams: run.json's last version is known only once they are sealed.
 */
public final class ManifestSeal implements Closeable {
    public static final String FILE = "run.json";
    public static final String CHAIN_FILE = FILE + StreamFiles.CHAIN_SUFFIX;

    private final ChainEngine engine;

    private ManifestSeal(ChainEngine engine) {
        this.engine = engine;
    }

    /** Creates {@code run.json.chain} and {@code run.json.ckpt} in {@code dir} (neither may exist): the open record. */
    public static ManifestSeal create(Path dir, ChainConfig cfg) throws IOException {
        Path manifest = dir.resolve(FILE);
        return new ManifestSeal(
                ChainEngine.toFiles(FILE, dir.resolve(CHAIN_FILE), StreamFiles.notesOf(manifest), cfg, null));
    }

    /**
     * Chains the digest of the next version of run.json and seals it. Call it before that version replaces the file,
     * and do not write the file when this throws: run.json must never be a version that is not sealed.
     */
    public void seal(byte[] manifest, String status) throws IOException {
        byte[] payload = payload(manifest, status);
        engine.append(payload, 0, payload.length, null, 0, 0, false, false, false);
        engine.checkpoint(false);
    }

    /** Once the last version of run.json is in place: the close record and the final note. */
    @Override
    public void close() throws IOException {
        engine.close();
    }

    static byte[] payload(byte[] manifest, String status) {
        String json =
                "\"status\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(status)) + "\",\"bytes\":"
                        + manifest.length + ",\"blake3\":\"" + Bytes.hex(Blake3.hash(manifest)) + "\"";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
