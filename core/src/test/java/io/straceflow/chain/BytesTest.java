package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
    /** Neighbours of '\n' and '\r', and bytes with the high bit set: a word-wise test must not confuse them. */
    private static final byte[] NEAR = {0x09, 0x0b, 0x0c, 0x0e, (byte) 0x8a, (byte) 0x8d, (byte) 0xff, 0x00, 0x7f, '{'};

    @Test
    void findsALineBreakAtEveryPositionAndOffsetAndNothingElse() {
        Random r = new Random(7);
        for (int len = 0; len < 40; len++) {
            for (int off = 0; off < 9; off++) {
                byte[] b = new byte[off + len + 9];
                for (int i = 0; i < b.length; i++) {
                    b[i] = NEAR[r.nextInt(NEAR.length)];
                }
                b[off + len] = '\n'; // just outside the range
                if (off > 0) {
                    b[off - 1] = '\r';
                }
                assertThat(Bytes.hasLineBreak(b, off, len)).isFalse();
                for (int at = off; at < off + len; at++) {
                    for (byte lb : new byte[] {'\n', '\r'}) {
                        byte keep = b[at];
                        b[at] = lb;
                        assertThat(Bytes.hasLineBreak(b, off, len))
                                .as("len %d off %d at %d", len, off, at)
                                .isTrue();
                        b[at] = keep;
                    }
                }
            }
        }
    }
}
