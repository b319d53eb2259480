package io.straceflow.hash;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Stamped batches made by hand, for tests and benches of the sinks: the lines are taken as they are (no chain is
 * computed), each ending in a newline as in the files.
 */
public final class StampedBatches {
    private StampedBatches() {}

    /** A JSONL stream's batch: its chain lines from index {@code first}, and checkpoint notes from {@code firstNote}. */
    public static Stamped jsonl(String stream, List<byte[]> lines, long first, List<byte[]> notes, long firstNote) {
        Parts chain = parts(lines);
        Parts n = parts(notes);
        return Stamped.builder(stream, "run")
                .chain(chain.bytes, chain.ends, first)
                .notes(n.bytes, n.ends, firstNote)
                .build();
    }

    /**
     * The raw stream's batch: its log lines from index {@code first} (a null line stands for one too long to hold:
     * its place is taken, its bytes are not there) and its sidecar's chain lines from {@code firstChain}.
     */
    public static Stamped raw(String stream, List<byte[]> log, long first, List<byte[]> chain, long firstChain) {
        Parts c = parts(chain);
        Parts none = parts(List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int lines = 0;
        boolean tooLongFirst = !log.isEmpty() && log.get(0) == null;
        for (byte[] line : log) {
            if (line != null) {
                bytes.write(line, 0, line.length);
                bytes.write('\n');
            }
            lines++;
        }
        if (log.stream().skip(1).anyMatch(l -> l == null)) {
            throw new IllegalArgumentException("only the first line of a batch can be the end of one too long");
        }
        byte[] b = bytes.toByteArray();
        if (tooLongFirst) { // the end of a line begun in an earlier batch: the rest of it, then its newline
            byte[] withEnd = new byte[b.length + 2];
            withEnd[0] = 'x';
            withEnd[1] = '\n';
            System.arraycopy(b, 0, withEnd, 2, b.length);
            b = withEnd;
        }
        return Stamped.builder(stream, "run")
                .chain(c.bytes, c.ends, firstChain)
                .notes(none.bytes, none.ends, 0)
                .log(b, b.length, first, tooLongFirst, false, lines)
                .build();
    }

    private record Parts(byte[] bytes, int[] ends) {}

    private static Parts parts(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] ends = new int[lines.size()];
        for (int i = 0; i < ends.length; i++) {
            out.write(lines.get(i), 0, lines.get(i).length);
            out.write('\n');
            ends[i] = out.size();
        }
        return new Parts(out.toByteArray(), ends);
    }
}
