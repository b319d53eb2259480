package io.straceflow.chain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Forward-secure tag keys for one stream. K_0 = derive(ROOT, master ‖ stream); at every checkpoint K_{e+1} =
 * derive(EVOLVE, K_e) and K_e is overwritten, so a thief who reads memory after epoch e cannot re-tag records of
 * earlier epochs. Tags are keyed BLAKE3 with M_e = derive(MAC, K_e) over (epoch, chain value). Not thread-safe.
 */
final class KeySchedule {
    static final String ROOT = "straceflow v1 2026-11 stream root key";
    static final String EVOLVE = "straceflow v1 2026-11 epoch key evolve";
    static final String MAC = "straceflow v1 2026-11 record mac key";
    private static final byte[] TAG_DOMAIN = "SFT1".getBytes(StandardCharsets.US_ASCII);

    private final KeyedBlake3 mac = new KeyedBlake3();
    private final byte[] input = new byte[TAG_DOMAIN.length + 8 + Blake3.OUT];
    private final byte[] out = new byte[Blake3.OUT];
    private byte[] epochKey;
    private long epoch;

    KeySchedule(byte[] master, String stream) {
        epochKey = Blake3.deriveKey(ROOT, master, stream.getBytes(StandardCharsets.UTF_8));
        System.arraycopy(TAG_DOMAIN, 0, input, 0, TAG_DOMAIN.length);
        keyMac();
    }

    long epoch() {
        return epoch;
    }

    /** Writes the 16-byte tag of chain value g into dst. */
    void tag(byte[] g, byte[] dst) {
        Bytes.putLong(input, TAG_DOMAIN.length, epoch);
        System.arraycopy(g, 0, input, TAG_DOMAIN.length + 8, Blake3.OUT);
        mac.reset();
        mac.update(input, 0, input.length);
        mac.doFinal(out, 0);
        System.arraycopy(out, 0, dst, 0, RecordFormat.TAG_BYTES);
    }

    /** Moves to the next epoch and erases the previous epoch key. */
    void evolve() {
        byte[] next = Blake3.deriveKey(EVOLVE, epochKey);
        Arrays.fill(epochKey, (byte) 0);
        epochKey = next;
        epoch++;
        keyMac();
    }

    void erase() {
        Arrays.fill(epochKey, (byte) 0);
        mac.erase();
    }

    private void keyMac() {
        byte[] m = Blake3.deriveKey(MAC, epochKey);
        mac.erase(); // its working state still holds the last tag computed under the previous epoch's MAC key
        mac.init(m);
        Arrays.fill(m, (byte) 0);
    }
}
