package io.straceflow.chain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Names what happened when a line carries seq {@code found} where {@code expected} was due. Runs only on the failure
 * path, so it may re-read the file: a later line with the expected seq means records were moved (REORDERED), none
 * means one was deleted (SEQ_GAP); a seq seen before is a DUPLICATE if the bytes are identical, else SEQ_REWIND.
 */
final class SeqClassifier {
    private SeqClassifier() {}

    static Finding classify(Path file, LineReader at, long found, long expected) throws IOException {
        String name = file.getFileName().toString();
        long line = at.lineNo();
        long offset = at.offset();
        if (found > expected) {
            boolean later = false;
            while (!later && at.next()) {
                RecordFormat.Frame f = RecordFormat.parse(at.data(), at.off(), at.len());
                later = f != null && f.seq() == expected;
            }
            return later
                    ? Finding.fail(
                            Reason.REORDERED,
                            name,
                            line,
                            expected,
                            offset,
                            "seq " + found + " comes before " + expected)
                    : Finding.fail(Reason.SEQ_GAP, name, line, expected, offset, "seq " + expected + " is missing");
        }
        byte[] current = Arrays.copyOfRange(at.data(), at.off(), at.off() + at.len());
        try (LineReader r = new LineReader(file)) {
            while (r.next() && r.lineNo() < line) {
                RecordFormat.Frame f = RecordFormat.parse(r.data(), r.off(), r.len());
                if (f != null && f.seq() == found) {
                    boolean same = Arrays.equals(current, 0, current.length, r.data(), r.off(), r.off() + r.len());
                    return same
                            ? Finding.fail(Reason.DUPLICATE, name, line, found, offset, "seq " + found + " repeated")
                            : Finding.fail(
                                    Reason.SEQ_REWIND,
                                    name,
                                    line,
                                    found,
                                    offset,
                                    "seq " + found + " again, other bytes");
                }
            }
        }
        return Finding.fail(Reason.SEQ_REWIND, name, line, found, offset, "seq goes back to " + found);
    }
}
