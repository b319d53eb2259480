package io.straceflow.chain;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Keyed BLAKE3 with a 256-bit output, incremental: the hash every chain record and every tag costs, so it is written
 * for speed. BouncyCastle's Blake3Digest (still used for the one-shot modes in {@link Blake3}) keeps its state in
 * arrays and converts the chaining value to bytes and back on every block: on 800-byte records it measured ~280 MB/s
 * with C2 and ~110 MB/s with C1 alone (the launcher's JIT for live runs and small replays); this one ~320 and
 * ~240 MB/s. The chains hash every byte of three JSONL streams (~1.4 GB per million lines), so a 300 k-line replay
 * took 12.7 s of CPU instead of 16.7 s (C1, medians of 3). The state lives in locals (the seven rounds unrolled),
 * whole blocks are read straight from the caller's array, nothing is allocated. Checked against the official test
 * vectors and against Blake3Digest on random inputs and splits (KeyedBlake3Test). Not thread-safe.
 */
final class KeyedBlake3 {
    static final int OUT = 32;
    private static final int CHUNK_START = 1;
    private static final int CHUNK_END = 2;
    private static final int PARENT = 4;
    private static final int ROOT = 8;
    private static final int KEYED_HASH = 16;
    private static final int BLOCK = 64;
    private static final int BLOCKS_PER_CHUNK = 16;
    private static final int IV0 = 0x6A09E667;
    private static final int IV1 = 0xBB67AE85;
    private static final int IV2 = 0x3C6EF372;
    private static final int IV3 = 0xA54FF53A;
    private static final VarHandle LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final int[] key = new int[8];
    /** The current chunk's chaining value. */
    private final int[] cv = new int[8];

    private final byte[] block = new byte[BLOCK];
    private int blockLen;
    private int blocksCompressed;
    private long chunkCounter;
    /** Chaining values of completed subtrees, 8 words each (at most 54: 2^54 chunks). */
    private final int[] stack = new int[54 * 8];

    private int stackLen;
    /** A parent node's block: two chaining values. */
    private final byte[] parentBlock = new byte[BLOCK];

    /** Starts a new hash under a 32-byte key. */
    void init(byte[] key32) {
        for (int i = 0; i < 8; i++) {
            key[i] = (int) LE.get(key32, 4 * i);
        }
        reset();
    }

    /** Starts a new hash under the same key. */
    void reset() {
        System.arraycopy(key, 0, cv, 0, 8);
        blockLen = 0;
        blocksCompressed = 0;
        chunkCounter = 0;
        stackLen = 0;
    }

    void update(byte b) {
        if (blockLen == BLOCK) {
            consume(block, 0);
            blockLen = 0;
        }
        block[blockLen++] = b;
    }

    void update(byte[] in, int off, int len) {
        while (len > 0) {
            // a full buffered block is compressed only once more input follows: the last block is the output node's
            if (blockLen == BLOCK) {
                consume(block, 0);
                blockLen = 0;
            }
            if (blockLen == 0) {
                while (len > BLOCK) {
                    consume(in, off);
                    off += BLOCK;
                    len -= BLOCK;
                }
            }
            int n = Math.min(BLOCK - blockLen, len);
            System.arraycopy(in, off, block, blockLen, n);
            blockLen += n;
            off += n;
            len -= n;
        }
    }

    /** Writes the 32-byte hash to out at off. The hasher must be reset or re-initialised before the next use. */
    void doFinal(byte[] out, int off) {
        Arrays.fill(block, blockLen, BLOCK, (byte) 0);
        int flags = KEYED_HASH | CHUNK_END | (blocksCompressed == 0 ? CHUNK_START : 0);
        if (stackLen == 0) {
            compress(cv, block, 0, chunkCounter, blockLen, flags | ROOT, cv);
        } else {
            compress(cv, block, 0, chunkCounter, blockLen, flags, cv);
            for (int i = stackLen - 1; i >= 0; i--) {
                parent(i, i == 0 ? ROOT : 0);
            }
        }
        for (int i = 0; i < 8; i++) {
            LE.set(out, off + 4 * i, cv[i]);
        }
    }

    /** Erases the key and the state (a tag key must not outlive its epoch). */
    void erase() {
        Arrays.fill(key, 0);
        Arrays.fill(cv, 0);
        Arrays.fill(block, (byte) 0);
        Arrays.fill(stack, 0);
        Arrays.fill(parentBlock, (byte) 0);
    }

    /** Compresses a block known not to be the input's last into the chunk; a full chunk goes onto the tree. */
    private void consume(byte[] buf, int off) {
        boolean last = blocksCompressed == BLOCKS_PER_CHUNK - 1;
        int flags = KEYED_HASH | (blocksCompressed == 0 ? CHUNK_START : 0) | (last ? CHUNK_END : 0);
        compress(cv, buf, off, chunkCounter, BLOCK, flags, cv);
        if (!last) {
            blocksCompressed++;
            return;
        }
        // merge completed subtrees: as many as the new chunk count has trailing zero bits
        long total = ++chunkCounter;
        while ((total & 1) == 0) {
            parent(--stackLen, 0);
            total >>= 1;
        }
        System.arraycopy(cv, 0, stack, 8 * stackLen++, 8);
        System.arraycopy(key, 0, cv, 0, 8);
        blocksCompressed = 0;
    }

    /** cv = the parent of stack entry i (left) and cv (right). */
    private void parent(int i, int extraFlags) {
        for (int w = 0; w < 8; w++) {
            LE.set(parentBlock, 4 * w, stack[8 * i + w]);
            LE.set(parentBlock, 32 + 4 * w, cv[w]);
        }
        compress(key, parentBlock, 0, 0, BLOCK, KEYED_HASH | PARENT | extraFlags, cv);
    }

    /** The compression function; writes the first 8 output words (the chaining value) to out (may be in). */
    private static void compress(int[] in, byte[] buf, int off, long counter, int blockLen, int flags, int[] out) {
        int m0 = (int) LE.get(buf, off);
        int m1 = (int) LE.get(buf, off + 4);
        int m2 = (int) LE.get(buf, off + 8);
        int m3 = (int) LE.get(buf, off + 12);
        int m4 = (int) LE.get(buf, off + 16);
        int m5 = (int) LE.get(buf, off + 20);
        int m6 = (int) LE.get(buf, off + 24);
        int m7 = (int) LE.get(buf, off + 28);
        int m8 = (int) LE.get(buf, off + 32);
        int m9 = (int) LE.get(buf, off + 36);
        int m10 = (int) LE.get(buf, off + 40);
        int m11 = (int) LE.get(buf, off + 44);
        int m12 = (int) LE.get(buf, off + 48);
        int m13 = (int) LE.get(buf, off + 52);
        int m14 = (int) LE.get(buf, off + 56);
        int m15 = (int) LE.get(buf, off + 60);
        int s0 = in[0];
        int s1 = in[1];
        int s2 = in[2];
        int s3 = in[3];
        int s4 = in[4];
        int s5 = in[5];
        int s6 = in[6];
        int s7 = in[7];
        int s8 = IV0;
        int s9 = IV1;
        int s10 = IV2;
        int s11 = IV3;
        int s12 = (int) counter;
        int s13 = (int) (counter >>> 32);
        int s14 = blockLen;
        int s15 = flags;
        // the seven rounds unrolled, each G on its columns then diagonals, the message schedule applied by hand
        // (generated; see the BLAKE3 specification, section 2.2)
        // spotless:off
        // round 1
        s0 += s4 + m0; s12 = Integer.rotateRight(s12 ^ s0, 16); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 12);
        s0 += s4 + m1; s12 = Integer.rotateRight(s12 ^ s0, 8); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 7);
        s1 += s5 + m2; s13 = Integer.rotateRight(s13 ^ s1, 16); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 12);
        s1 += s5 + m3; s13 = Integer.rotateRight(s13 ^ s1, 8); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 7);
        s2 += s6 + m4; s14 = Integer.rotateRight(s14 ^ s2, 16); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 12);
        s2 += s6 + m5; s14 = Integer.rotateRight(s14 ^ s2, 8); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 7);
        s3 += s7 + m6; s15 = Integer.rotateRight(s15 ^ s3, 16); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 12);
        s3 += s7 + m7; s15 = Integer.rotateRight(s15 ^ s3, 8); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 7);
        s0 += s5 + m8; s15 = Integer.rotateRight(s15 ^ s0, 16); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 12);
        s0 += s5 + m9; s15 = Integer.rotateRight(s15 ^ s0, 8); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 7);
        s1 += s6 + m10; s12 = Integer.rotateRight(s12 ^ s1, 16); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 12);
        s1 += s6 + m11; s12 = Integer.rotateRight(s12 ^ s1, 8); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 7);
        s2 += s7 + m12; s13 = Integer.rotateRight(s13 ^ s2, 16); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 12);
        s2 += s7 + m13; s13 = Integer.rotateRight(s13 ^ s2, 8); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 7);
        s3 += s4 + m14; s14 = Integer.rotateRight(s14 ^ s3, 16); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 12);
        s3 += s4 + m15; s14 = Integer.rotateRight(s14 ^ s3, 8); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 7);
        // round 2
        s0 += s4 + m2; s12 = Integer.rotateRight(s12 ^ s0, 16); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 12);
        s0 += s4 + m6; s12 = Integer.rotateRight(s12 ^ s0, 8); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 7);
        s1 += s5 + m3; s13 = Integer.rotateRight(s13 ^ s1, 16); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 12);
        s1 += s5 + m10; s13 = Integer.rotateRight(s13 ^ s1, 8); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 7);
        s2 += s6 + m7; s14 = Integer.rotateRight(s14 ^ s2, 16); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 12);
        s2 += s6 + m0; s14 = Integer.rotateRight(s14 ^ s2, 8); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 7);
        s3 += s7 + m4; s15 = Integer.rotateRight(s15 ^ s3, 16); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 12);
        s3 += s7 + m13; s15 = Integer.rotateRight(s15 ^ s3, 8); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 7);
        s0 += s5 + m1; s15 = Integer.rotateRight(s15 ^ s0, 16); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 12);
        s0 += s5 + m11; s15 = Integer.rotateRight(s15 ^ s0, 8); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 7);
        s1 += s6 + m12; s12 = Integer.rotateRight(s12 ^ s1, 16); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 12);
        s1 += s6 + m5; s12 = Integer.rotateRight(s12 ^ s1, 8); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 7);
        s2 += s7 + m9; s13 = Integer.rotateRight(s13 ^ s2, 16); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 12);
        s2 += s7 + m14; s13 = Integer.rotateRight(s13 ^ s2, 8); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 7);
        s3 += s4 + m15; s14 = Integer.rotateRight(s14 ^ s3, 16); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 12);
        s3 += s4 + m8; s14 = Integer.rotateRight(s14 ^ s3, 8); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 7);
        // round 3
        s0 += s4 + m3; s12 = Integer.rotateRight(s12 ^ s0, 16); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 12);
        s0 += s4 + m4; s12 = Integer.rotateRight(s12 ^ s0, 8); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 7);
        s1 += s5 + m10; s13 = Integer.rotateRight(s13 ^ s1, 16); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 12);
        s1 += s5 + m12; s13 = Integer.rotateRight(s13 ^ s1, 8); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 7);
        s2 += s6 + m13; s14 = Integer.rotateRight(s14 ^ s2, 16); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 12);
        s2 += s6 + m2; s14 = Integer.rotateRight(s14 ^ s2, 8); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 7);
        s3 += s7 + m7; s15 = Integer.rotateRight(s15 ^ s3, 16); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 12);
        s3 += s7 + m14; s15 = Integer.rotateRight(s15 ^ s3, 8); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 7);
        s0 += s5 + m6; s15 = Integer.rotateRight(s15 ^ s0, 16); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 12);
        s0 += s5 + m5; s15 = Integer.rotateRight(s15 ^ s0, 8); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 7);
        s1 += s6 + m9; s12 = Integer.rotateRight(s12 ^ s1, 16); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 12);
        s1 += s6 + m0; s12 = Integer.rotateRight(s12 ^ s1, 8); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 7);
        s2 += s7 + m11; s13 = Integer.rotateRight(s13 ^ s2, 16); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 12);
        s2 += s7 + m15; s13 = Integer.rotateRight(s13 ^ s2, 8); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 7);
        s3 += s4 + m8; s14 = Integer.rotateRight(s14 ^ s3, 16); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 12);
        s3 += s4 + m1; s14 = Integer.rotateRight(s14 ^ s3, 8); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 7);
        // round 4
        s0 += s4 + m10; s12 = Integer.rotateRight(s12 ^ s0, 16); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 12);
        s0 += s4 + m7; s12 = Integer.rotateRight(s12 ^ s0, 8); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 7);
        s1 += s5 + m12; s13 = Integer.rotateRight(s13 ^ s1, 16); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 12);
        s1 += s5 + m9; s13 = Integer.rotateRight(s13 ^ s1, 8); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 7);
        s2 += s6 + m14; s14 = Integer.rotateRight(s14 ^ s2, 16); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 12);
        s2 += s6 + m3; s14 = Integer.rotateRight(s14 ^ s2, 8); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 7);
        s3 += s7 + m13; s15 = Integer.rotateRight(s15 ^ s3, 16); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 12);
        s3 += s7 + m15; s15 = Integer.rotateRight(s15 ^ s3, 8); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 7);
        s0 += s5 + m4; s15 = Integer.rotateRight(s15 ^ s0, 16); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 12);
        s0 += s5 + m0; s15 = Integer.rotateRight(s15 ^ s0, 8); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 7);
        s1 += s6 + m11; s12 = Integer.rotateRight(s12 ^ s1, 16); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 12);
        s1 += s6 + m2; s12 = Integer.rotateRight(s12 ^ s1, 8); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 7);
        s2 += s7 + m5; s13 = Integer.rotateRight(s13 ^ s2, 16); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 12);
        s2 += s7 + m8; s13 = Integer.rotateRight(s13 ^ s2, 8); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 7);
        s3 += s4 + m1; s14 = Integer.rotateRight(s14 ^ s3, 16); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 12);
        s3 += s4 + m6; s14 = Integer.rotateRight(s14 ^ s3, 8); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 7);
        // round 5
        s0 += s4 + m12; s12 = Integer.rotateRight(s12 ^ s0, 16); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 12);
        s0 += s4 + m13; s12 = Integer.rotateRight(s12 ^ s0, 8); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 7);
        s1 += s5 + m9; s13 = Integer.rotateRight(s13 ^ s1, 16); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 12);
        s1 += s5 + m11; s13 = Integer.rotateRight(s13 ^ s1, 8); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 7);
        s2 += s6 + m15; s14 = Integer.rotateRight(s14 ^ s2, 16); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 12);
        s2 += s6 + m10; s14 = Integer.rotateRight(s14 ^ s2, 8); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 7);
        s3 += s7 + m14; s15 = Integer.rotateRight(s15 ^ s3, 16); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 12);
        s3 += s7 + m8; s15 = Integer.rotateRight(s15 ^ s3, 8); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 7);
        s0 += s5 + m7; s15 = Integer.rotateRight(s15 ^ s0, 16); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 12);
        s0 += s5 + m2; s15 = Integer.rotateRight(s15 ^ s0, 8); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 7);
        s1 += s6 + m5; s12 = Integer.rotateRight(s12 ^ s1, 16); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 12);
        s1 += s6 + m3; s12 = Integer.rotateRight(s12 ^ s1, 8); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 7);
        s2 += s7 + m0; s13 = Integer.rotateRight(s13 ^ s2, 16); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 12);
        s2 += s7 + m1; s13 = Integer.rotateRight(s13 ^ s2, 8); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 7);
        s3 += s4 + m6; s14 = Integer.rotateRight(s14 ^ s3, 16); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 12);
        s3 += s4 + m4; s14 = Integer.rotateRight(s14 ^ s3, 8); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 7);
        // round 6
        s0 += s4 + m9; s12 = Integer.rotateRight(s12 ^ s0, 16); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 12);
        s0 += s4 + m14; s12 = Integer.rotateRight(s12 ^ s0, 8); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 7);
        s1 += s5 + m11; s13 = Integer.rotateRight(s13 ^ s1, 16); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 12);
        s1 += s5 + m5; s13 = Integer.rotateRight(s13 ^ s1, 8); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 7);
        s2 += s6 + m8; s14 = Integer.rotateRight(s14 ^ s2, 16); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 12);
        s2 += s6 + m12; s14 = Integer.rotateRight(s14 ^ s2, 8); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 7);
        s3 += s7 + m15; s15 = Integer.rotateRight(s15 ^ s3, 16); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 12);
        s3 += s7 + m1; s15 = Integer.rotateRight(s15 ^ s3, 8); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 7);
        s0 += s5 + m13; s15 = Integer.rotateRight(s15 ^ s0, 16); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 12);
        s0 += s5 + m3; s15 = Integer.rotateRight(s15 ^ s0, 8); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 7);
        s1 += s6 + m0; s12 = Integer.rotateRight(s12 ^ s1, 16); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 12);
        s1 += s6 + m10; s12 = Integer.rotateRight(s12 ^ s1, 8); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 7);
        s2 += s7 + m2; s13 = Integer.rotateRight(s13 ^ s2, 16); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 12);
        s2 += s7 + m6; s13 = Integer.rotateRight(s13 ^ s2, 8); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 7);
        s3 += s4 + m4; s14 = Integer.rotateRight(s14 ^ s3, 16); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 12);
        s3 += s4 + m7; s14 = Integer.rotateRight(s14 ^ s3, 8); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 7);
        // round 7
        s0 += s4 + m11; s12 = Integer.rotateRight(s12 ^ s0, 16); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 12);
        s0 += s4 + m15; s12 = Integer.rotateRight(s12 ^ s0, 8); s8 += s12; s4 = Integer.rotateRight(s4 ^ s8, 7);
        s1 += s5 + m5; s13 = Integer.rotateRight(s13 ^ s1, 16); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 12);
        s1 += s5 + m0; s13 = Integer.rotateRight(s13 ^ s1, 8); s9 += s13; s5 = Integer.rotateRight(s5 ^ s9, 7);
        s2 += s6 + m1; s14 = Integer.rotateRight(s14 ^ s2, 16); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 12);
        s2 += s6 + m9; s14 = Integer.rotateRight(s14 ^ s2, 8); s10 += s14; s6 = Integer.rotateRight(s6 ^ s10, 7);
        s3 += s7 + m8; s15 = Integer.rotateRight(s15 ^ s3, 16); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 12);
        s3 += s7 + m6; s15 = Integer.rotateRight(s15 ^ s3, 8); s11 += s15; s7 = Integer.rotateRight(s7 ^ s11, 7);
        s0 += s5 + m14; s15 = Integer.rotateRight(s15 ^ s0, 16); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 12);
        s0 += s5 + m10; s15 = Integer.rotateRight(s15 ^ s0, 8); s10 += s15; s5 = Integer.rotateRight(s5 ^ s10, 7);
        s1 += s6 + m2; s12 = Integer.rotateRight(s12 ^ s1, 16); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 12);
        s1 += s6 + m12; s12 = Integer.rotateRight(s12 ^ s1, 8); s11 += s12; s6 = Integer.rotateRight(s6 ^ s11, 7);
        s2 += s7 + m3; s13 = Integer.rotateRight(s13 ^ s2, 16); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 12);
        s2 += s7 + m4; s13 = Integer.rotateRight(s13 ^ s2, 8); s8 += s13; s7 = Integer.rotateRight(s7 ^ s8, 7);
        s3 += s4 + m7; s14 = Integer.rotateRight(s14 ^ s3, 16); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 12);
        s3 += s4 + m13; s14 = Integer.rotateRight(s14 ^ s3, 8); s9 += s14; s4 = Integer.rotateRight(s4 ^ s9, 7);
        // spotless:on
        out[0] = s0 ^ s8;
        out[1] = s1 ^ s9;
        out[2] = s2 ^ s10;
        out[3] = s3 ^ s11;
        out[4] = s4 ^ s12;
        out[5] = s5 ^ s13;
        out[6] = s6 ^ s14;
        out[7] = s7 ^ s15;
    }
}
