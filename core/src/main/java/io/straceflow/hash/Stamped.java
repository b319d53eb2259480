package io.straceflow.hash;

import io.straceflow.chain.StreamFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hashing stage made of one batch of one stream: the exact bytes to append to the stream's files, as the
 * chain requires them, and where each line begins, for sinks that take records one by one (Kafka, user sinks). The
 * body that the multicast of routes/*.yaml hands to each sink. Its bytes are lent, not copied (the hashing stage's
 * buffers take turns, see {@link io.straceflow.chain.MemoryOutput}): {@link #chain()}, {@link #log()}, {@link
 * #notes()} return copies, while {@link #records()} and the other line lists read the bytes when called and are right
 * only until the stream's batch after next is stamped. Every sink of the pipeline takes them during the multicast.
 *
 * <ul>
 *   <li>{@link #chain()}: the chained lines of the stream's chain file (the JSONL stream itself, or the raw stream's
 *       sidecar {@code syscalls.log.chain}), records and control lines ({@code open}, {@code ckpt}, {@code close}).
 *   <li>{@link #log()}: the raw stream only, strace's bytes for {@code syscalls.log}, written before the sidecar.
 *   <li>{@link #notes()}: checkpoint notes for {@code <stream>.ckpt}, written after the lines they cover, after
 *       those were made durable when {@link #sync()} says so.
 * </ul>
 */
public final class Stamped {
    private static final byte[] CTL = "\"_ctl\"".getBytes(StandardCharsets.US_ASCII);

    /** One line of one of the stream's files, with its index in that file. */
    public record Line(String file, long index, byte[] bytes) {
        /** The record as text, without the newline that ends its line in the file. */
        public String record() {
            int n = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
            return new String(bytes, 0, n, StandardCharsets.UTF_8);
        }
    }

    private final String stream;
    private final String runId;
    private final Part chain;
    private final Part notes;
    private final byte[] log;
    private final int logLength;
    private final long firstLog;
    private final boolean logContinues;
    private final boolean logEndsInLine;
    private final long logLines;
    private final boolean sync;
    private final boolean sealed;

    /**
     * The bytes of one file in this batch ({@code bytes[0, length())}: the array may be longer), where each of its
     * lines (or notes) ends, the index of the first.
     */
    record Part(byte[] bytes, int[] ends, long first) {
        int length() {
            return ends.length == 0 ? 0 : ends[ends.length - 1];
        }

        byte[] copy() {
            return java.util.Arrays.copyOf(bytes, length());
        }
    }

    private Stamped(Builder b) {
        this.stream = b.stream;
        this.runId = b.runId;
        this.chain = b.chain;
        this.notes = b.notes;
        this.log = b.log;
        this.logLength = b.logLength;
        this.firstLog = b.firstLog;
        this.logContinues = b.logContinues;
        this.logEndsInLine = b.logEndsInLine;
        this.logLines = b.logLines;
        this.sync = b.sync;
        this.sealed = b.sealed;
    }

    static Builder builder(String stream, String runId) {
        return new Builder(stream, runId);
    }

    /** The stream's file name: {@code syscalls.log}, {@code events.jsonl}, {@code enriched.jsonl}, ... */
    public String stream() {
        return stream;
    }

    public String runId() {
        return runId;
    }

    /** True for the raw stream: strace's lines in {@link #log()}, the chain in a sidecar. */
    public boolean raw() {
        return log != null;
    }

    /** The file the chain lines go to: the stream itself, or the raw stream's sidecar. */
    public String chainFile() {
        return raw() ? stream + StreamFiles.CHAIN_SUFFIX : stream;
    }

    public String notesFile() {
        return stream + StreamFiles.NOTES_SUFFIX;
    }

    /** The chain file's lines of this batch (a copy). */
    public byte[] chain() {
        return chain.copy();
    }

    /** The checkpoint notes of this batch (a copy). */
    public byte[] notes() {
        return notes.copy();
    }

    /** The raw stream's bytes for its log (a copy), or null. */
    public byte[] log() {
        return log == null ? null : java.util.Arrays.copyOf(log, logLength);
    }

    /**
     * Hands the batch's bytes to {@code sink} without copying them: the log (raw stream only, else null and 0), the
     * chain lines, the notes, each with its length. For the file sink; the arrays are valid only during the call.
     */
    public void writeTo(Sink sink) throws java.io.IOException {
        sink.write(log, logLength, chain.bytes(), chain.length(), notes.bytes(), notes.length());
    }

    /** Takes a batch's bytes without a copy: see {@link #writeTo}. */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] log, int logLength, byte[] chain, int chainLength, byte[] notes, int notesLength)
                throws java.io.IOException;
    }

    /** Lines of the log that end in this batch (the raw stream's line count grows by it). */
    public long logLines() {
        return logLines;
    }

    /** A checkpoint was taken: make the files durable before its note is written. */
    public boolean sync() {
        return sync;
    }

    /** The stream was sealed (its close record is in this batch): nothing follows. */
    public boolean sealed() {
        return sealed;
    }

    /**
     * The stream's records as written to its file, one by one, each with its line index there (for a JSONL stream
     * its {@code _seq}): the JSONL records without the chain's control lines, or the raw lines of the log. A raw line
     * too long to hold (over the parse limit) is in the log only and not among them.
     */
    public List<Line> records() {
        if (raw()) {
            return logLinesOf(false);
        }
        List<Line> out = new ArrayList<>(chain.ends().length);
        for (Line l : lines(stream, chain)) {
            if (!isControl(l.bytes())) {
                out.add(l);
            }
        }
        return out;
    }

    /** Every line of the chain file (records and control lines), in order. */
    public List<Line> chainLines() {
        return lines(chainFile(), chain);
    }

    /** Every checkpoint note (each one record: a note spans lines). */
    public List<Line> noteRecords() {
        return lines(notesFile(), notes);
    }

    /**
     * The raw lines of the log in order; with {@code withTooLong} a line too long to hold gives a {@link Line} with
     * null bytes, so a sink that numbers lines can count it as not delivered.
     */
    public List<Line> logLinesOf(boolean withTooLong) {
        List<Line> out = new ArrayList<>();
        if (log == null) {
            return out;
        }
        long index = firstLog;
        int from = 0;
        if (logContinues) { // the end of a line begun in an earlier batch: too long to hold
            int nl = indexOf(log, 0, logLength);
            if (nl < 0 && !(sealed && !logEndsInLine)) {
                return out;
            }
            if (withTooLong) {
                out.add(new Line(stream, index, null));
            }
            index++;
            from = nl < 0 ? logLength : nl + 1;
        }
        while (from < logLength) {
            int nl = indexOf(log, from, logLength);
            if (nl < 0) {
                if (logEndsInLine) { // the beginning of a line too long to hold: counted where it ends
                    break;
                }
                nl = logLength - 1; // the last line of the trace, without a newline
            }
            out.add(new Line(stream, index++, java.util.Arrays.copyOfRange(log, from, nl + 1)));
            from = nl + 1;
        }
        return out;
    }

    private static List<Line> lines(String file, Part part) {
        List<Line> out = new ArrayList<>(part.ends().length);
        int from = 0;
        for (int i = 0; i < part.ends().length; i++) {
            int to = part.ends()[i];
            out.add(new Line(file, part.first() + i, java.util.Arrays.copyOfRange(part.bytes(), from, to)));
            from = to;
        }
        return out;
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A control line: {@code {"_seq":N,"_ctl":...}}. */
    private static boolean isControl(byte[] line) {
        int comma = 0;
        while (comma < line.length && line[comma] != ',') {
            comma++;
        }
        return java.util.Arrays.equals(
                line, comma + 1, Math.min(line.length, comma + 1 + CTL.length), CTL, 0, CTL.length);
    }

    static final class Builder {
        private final String stream;
        private final String runId;
        private Part chain;
        private Part notes;
        private byte[] log;
        private int logLength;
        private long firstLog;
        private boolean logContinues;
        private boolean logEndsInLine;
        private long logLines;
        private boolean sync;
        private boolean sealed;

        private Builder(String stream, String runId) {
            this.stream = stream;
            this.runId = runId;
        }

        Builder chain(byte[] bytes, int[] ends, long first) {
            this.chain = new Part(bytes, ends, first);
            return this;
        }

        Builder notes(byte[] bytes, int[] ends, long first) {
            this.notes = new Part(bytes, ends, first);
            return this;
        }

        Builder log(byte[] bytes, int length, long first, boolean continues, boolean endsInLine, long lines) {
            this.log = bytes;
            this.logLength = length;
            this.firstLog = first;
            this.logContinues = continues;
            this.logEndsInLine = endsInLine;
            this.logLines = lines;
            return this;
        }

        Builder sync(boolean sync) {
            this.sync = sync;
            return this;
        }

        Builder sealed(boolean sealed) {
            this.sealed = sealed;
            return this;
        }

        Stamped build() {
            return new Stamped(this);
        }
    }
}
