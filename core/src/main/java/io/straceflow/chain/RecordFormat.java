package io.straceflow.chain;

import java.nio.charset.StandardCharsets;

/**
 * One chained JSONL record: {@code {"_seq":N,<payload>,"_h":"<32 hex>"}\n}. {@code _seq} is first and {@code _h} last
 * so the hashed part P (everything before {@code ,"_h":"}) is found without parsing JSON, and the exact bytes on disk
 * are what is hashed. Control records written by the chain itself have {@code "_ctl"} as their second member.
 */
final class RecordFormat {
    static final int TAG_BYTES = 16;
    static final byte[] SEQ_PREFIX = ascii("{\"_seq\":");
    static final byte[] TAG_PREFIX = ascii(",\"_h\":\"");
    static final byte[] TAG_END = ascii("\"}");
    static final byte[] CTL_PREFIX = ascii(",\"_ctl\":\"");
    /** Bytes after P, without the newline. */
    static final int SUFFIX = TAG_PREFIX.length + 2 * TAG_BYTES + TAG_END.length;

    private RecordFormat() {}

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The framing of one line, or null when the line is not a chained record. */
    record Frame(long seq, int seqEnd, int pLen, boolean control) {}

    /** Parses the framing of b[off, off+len) (no newline). */
    static Frame parse(byte[] b, int off, int len) {
        if (len < SEQ_PREFIX.length + 1 + SUFFIX || !Bytes.startsWith(b, off, len, SEQ_PREFIX)) {
            return null;
        }
        int pLen = len - SUFFIX;
        if (!Bytes.startsWith(b, off + pLen, TAG_PREFIX.length, TAG_PREFIX)
                || b[off + len - 2] != '"'
                || b[off + len - 1] != '}') {
            return null;
        }
        for (int i = off + pLen + TAG_PREFIX.length; i < off + len - 2; i++) {
            byte c = b[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        int i = off + SEQ_PREFIX.length;
        int digitsStart = i;
        long seq = 0;
        while (i < off + pLen && b[i] >= '0' && b[i] <= '9' && i - digitsStart < 18) {
            seq = seq * 10 + (b[i] - '0');
            i++;
        }
        int digits = i - digitsStart;
        boolean canonical = digits > 0 && (digits == 1 || b[digitsStart] != '0');
        if (!canonical || (i < off + pLen && b[i] != ',')) {
            return null;
        }
        boolean control = Bytes.startsWith(b, i, off + pLen - i, CTL_PREFIX);
        return new Frame(seq, i - off, pLen, control);
    }

    /** True when the line holds the start of another record: a line cut short and joined to the next one. */
    static boolean holdsAnotherRecord(byte[] b, int off, int len) {
        return Bytes.indexOf(b, off + 1, off + len, SEQ_PREFIX) >= 0;
    }
}
