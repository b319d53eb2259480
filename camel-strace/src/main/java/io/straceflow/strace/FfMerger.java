package io.straceflow.strace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Merges {@code strace -ff} per-process files into one trace in time order, giving each line the
 * {@code PID } prefix that {@code strace -f -o} would have written, so syscalls.log reads like a
 * single -o trace and replays the same way. Lines without a timestamp (e.g. -k stack frames) stay
 * right after the line they belong to.
 */
final class FfMerger {
    private static final int BATCH_LINES = 512;

    private record Cursor(int order, int pid, byte[] prefix, LineSource src) {}

    private static final class Head implements Comparable<Head> {
        final Cursor cursor;
        final byte[] line;
        final long key;
        /** Only the first bytes of a line over the limit: its source holds the rest. */
        final boolean open;

        Head(Cursor cursor, byte[] line, long key, boolean open) {
            this.cursor = cursor;
            this.line = line;
            this.key = key;
            this.open = open;
        }

        @Override
        public int compareTo(Head o) {
            int c = Long.compare(key, o.key);
            return c != 0 ? c : Integer.compare(cursor.order, o.cursor.order);
        }
    }

    private FfMerger() {}

    static long merge(
            List<Path> files,
            List<Integer> pids,
            ReadProgress progress,
            int maxLine,
            LineReader.BatchHandler handler,
            BooleanSupplier stop,
            BiConsumer<String, InputReadException> damaged)
            throws Exception {
        PriorityQueue<Head> heads = new PriorityQueue<>();
        List<LineSource> sources = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                LineSource src = new LineSource(TraceInput.open(files.get(i), progress), maxLine);
                sources.add(src);
                int pid = pids.get(i);
                Cursor c = new Cursor(i, pid, String.format("%-5d ", pid).getBytes(StandardCharsets.US_ASCII), src);
                advance(c, Long.MIN_VALUE, heads);
            }
            // one input for the lines' origin (ParseStage's check of unparsed lines): a merged line has no single file
            String source =
                    files.get(0) + (files.size() > 1 ? " and the other " + (files.size() - 1) + " -ff files" : "");
            long lineNo = 1;
            LineBatch.Builder batch = new LineBatch.Builder(lineNo, source);
            while (!heads.isEmpty() && !stop.getAsBoolean()) {
                Head h = heads.poll();
                boolean frame = h.line.length > 1 && h.line[0] == ' ' && h.line[1] == '>';
                byte[] prefix = frame ? null : h.cursor.prefix();
                if (h.open) { // as LineReader does: the beginning ends the batch, the rest follows in pieces
                    batch.addOpen(prefix, h.line, 0, h.line.length);
                    lineNo += batch.size();
                    handler.handle(batch.build());
                    LineSource src = h.cursor.src();
                    while (src.open() && !stop.getAsBoolean()) {
                        byte[] more = src.more();
                        handler.handle(
                                LineBatch.continuation(more, 0, more.length, !src.open(), true, lineNo - 1, source));
                    }
                    batch = new LineBatch.Builder(lineNo, source);
                } else {
                    batch.add(prefix, h.line, 0, h.line.length, true);
                }
                advance(h.cursor, h.key, heads);
                if (batch.size() == BATCH_LINES) {
                    lineNo += batch.size();
                    handler.handle(batch.build());
                    batch = new LineBatch.Builder(lineNo, source);
                }
            }
            if (batch.size() > 0) {
                lineNo += batch.size();
                handler.handle(batch.build());
            }
            for (int i = 0; i < sources.size(); i++) {
                InputReadException failure = sources.get(i).failure();
                if (failure != null) {
                    damaged.accept(files.get(i).toString(), failure);
                }
            }
            return lineNo - 1;
        } finally {
            for (LineSource s : sources) {
                s.close();
            }
        }
    }

    private static void advance(Cursor c, long previousKey, PriorityQueue<Head> heads) throws IOException {
        byte[] line = c.src().next();
        if (line != null) {
            long key = timeKey(line);
            heads.add(new Head(
                    c, line, key == Long.MIN_VALUE ? previousKey : key, c.src().open()));
        }
    }

    /**
     * Sort key from the leading timestamp: hh:mm:ss[.frac] (-t/-tt) or seconds.frac (-ttt), in
     * microseconds; Long.MIN_VALUE when the line has none.
     */
    static long timeKey(byte[] line) {
        int n = line.length;
        if (n >= 8 && line[2] == ':' && line[5] == ':') {
            long s = digits(line, 0, 2) * 3600 + digits(line, 3, 5) * 60 + digits(line, 6, 8);
            return s < 0 ? Long.MIN_VALUE : s * 1_000_000 + fraction(line, 8);
        }
        int i = 0;
        while (i < n && line[i] >= '0' && line[i] <= '9') {
            i++;
        }
        if (i > 0 && i < n && line[i] == '.') {
            long s = digits(line, 0, i);
            return s * 1_000_000 + fraction(line, i);
        }
        return Long.MIN_VALUE;
    }

    private static long digits(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    private static long fraction(byte[] b, int dot) {
        if (dot >= b.length || b[dot] != '.') {
            return 0;
        }
        long v = 0;
        int digits = 0;
        for (int i = dot + 1; i < b.length && digits < 6 && b[i] >= '0' && b[i] <= '9'; i++, digits++) {
            v = v * 10 + (b[i] - '0');
        }
        for (; digits < 6; digits++) {
            v *= 10;
        }
        return v;
    }

    /**
     * Reads lines one at a time (without newline), scanning its own buffer rather than a byte per call. A failed read
     * (a gzip file cut short) ends the file like its end: the lines before it, and the part of a line read, still come.
     * A line longer than {@code maxLine} comes as its first {@code maxLine} bytes ({@link #open()}), then in pieces
     * ({@link #more()}), so that no line is held whole.
     */
    static final class LineSource implements AutoCloseable {
        private final InputStream in;
        private final int maxLine;
        private byte[] buf = new byte[64 * 1024];
        private int start;
        private int end;
        private boolean eof;
        private boolean open;
        private long bytesRead;
        private long lines;
        private InputReadException failure;

        LineSource(InputStream in, int maxLine) {
            this.in = in;
            this.maxLine = maxLine;
        }

        /** The next line, or its first {@code maxLine} bytes when it is longer; null at the end. */
        byte[] next() throws IOException {
            int scan = start;
            while (true) {
                for (int i = scan; i < end; i++) {
                    if (buf[i] == '\n') {
                        if (i - start > maxLine) {
                            return beginOpen();
                        }
                        byte[] line = java.util.Arrays.copyOfRange(buf, start, i);
                        start = i + 1;
                        lines++;
                        return line;
                    }
                }
                if (end - start > maxLine) {
                    return beginOpen();
                }
                if (eof) {
                    if (start == end) {
                        return null;
                    }
                    byte[] last = java.util.Arrays.copyOfRange(buf, start, end);
                    start = end;
                    lines++;
                    return last;
                }
                scan = end - start;
                fill();
            }
        }

        private byte[] beginOpen() {
            byte[] head = java.util.Arrays.copyOfRange(buf, start, start + maxLine);
            start += maxLine;
            open = true;
            return head;
        }

        /** Whether the line last returned by {@link #next()} has bytes still to come from {@link #more()}. */
        boolean open() {
            return open;
        }

        /** The next bytes of the open line, up to its newline (not included); the last piece may be empty. */
        byte[] more() throws IOException {
            while (true) {
                for (int i = start; i < end; i++) {
                    if (buf[i] == '\n') {
                        byte[] piece = java.util.Arrays.copyOfRange(buf, start, i);
                        start = i + 1;
                        open = false;
                        lines++;
                        return piece;
                    }
                }
                if (start < end || eof) {
                    byte[] piece = java.util.Arrays.copyOfRange(buf, start, end);
                    start = end;
                    if (eof) {
                        open = false;
                        lines++;
                    }
                    return piece;
                }
                fill();
            }
        }

        /** Moves the unread bytes to the front (growing the buffer for a long line) and reads more. */
        private void fill() throws IOException {
            int kept = end - start;
            if (kept == buf.length) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, maxLine + 1L));
            } else if (start > 0) {
                System.arraycopy(buf, start, buf, 0, kept);
            }
            start = 0;
            end = kept;
            try {
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    eof = true;
                } else {
                    end += n;
                    bytesRead += n;
                }
            } catch (IOException e) {
                eof = true;
                failure = new InputReadException(e, bytesRead, lines + 1);
            }
        }

        /** The read that ended this file early, or null. */
        InputReadException failure() {
            return failure;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
