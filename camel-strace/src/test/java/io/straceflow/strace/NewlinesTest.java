package io.straceflow.strace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time newline search finds what a byte-by-byte scan finds, at every offset and end. */
class NewlinesTest {
    /** Bytes near '\n' in value or in bit pattern: the zero-byte test must not take them for it. */
    private static final byte[] TRICKY = {
        '\n', '\n', 0x0b, 0x09, 0x00, (byte) 0x8a, (byte) 0x0a ^ 0x01, (byte) 0xff, 0x7f, (byte) 0x80, 'a', ' '
    };

    @Test
    void findsTheFirstNewlineLikeAByteScan() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] data = new byte[random.nextInt(40)];
            for (int i = 0; i < data.length; i++) {
                data[i] = random.nextInt(4) == 0 ? TRICKY[random.nextInt(TRICKY.length)] : (byte) random.nextInt(256);
            }
            for (int from = 0; from <= data.length; from++) {
                for (int end = from; end <= data.length; end++) {
                    assertEquals(
                            byteScan(data, from, end), Newlines.next(data, from, end), "from " + from + " end " + end);
                }
            }
        }
    }

    @Test
    void noNewlineGivesTheEnd() {
        assertEquals(17, Newlines.next(new byte[20], 0, 17));
        assertEquals(3, Newlines.next(new byte[] {1, 2, 3, '\n'}, 0, 3), "a newline past the end is not seen");
    }

    private static int byteScan(byte[] data, int from, int end) {
        for (int i = from; i < end; i++) {
            if (data[i] == '\n') {
                return i;
            }
        }
        return end;
    }
}
