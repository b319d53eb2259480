package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random mutations of a closed run's files (all of it sealed): every single one must fail verification, with a reason
 * that fits the mutation and the file, and leave the other streams' verdicts alone. The one exception is documented: a
 * notes file cut short in its last note looks like a writer killed while sealing, a warning (see
 * {@link #lastNoteCut}). Fixed seeds keep the runs reproducible.
 */
class MutationPropertyTest {
    enum Kind {
        FLIP_BYTE,
        INSERT_BYTE,
        DELETE_BYTES,
        DELETE_LINE,
        SWAP_LINES,
        DUPLICATE_LINE,
        TRUNCATE,
        LINE_FROM_OTHER_FILE,
        DELETE_FILE
    }

    private static final Map<String, byte[]> KEYED = fixture(true);
    private static final Map<String, byte[]> UNKEYED = fixture(false);
    private static final Path WORK = tempDir();

    private static Map<String, byte[]> fixture(boolean keyed) {
        Path dir = tempDir();
        try {
            TestRun.write(dir, TestRun.config(keyed, keyed, 7).build(), 25);
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> s = Files.list(dir).sorted()) {
                for (Path p : s.toList()) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
            deleteTree(dir);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 1010, seed = "20261126")
    void everyMutationOfAKeyedSignedRunIsDetected(
            @ForAll @IntRange(min = 0, max = 11) int file,
            @ForAll Kind kind,
            @ForAll @IntRange(min = 0, max = 1 << 30) int a,
            @ForAll @IntRange(min = 0, max = 1 << 30) int b)
            throws IOException {
        check(KEYED, TestRun.fullOptions(), file, kind, a, b);
    }

    @Property(tries = 500, seed = "6")
    void everyAccidentalMutationOfAnUnkeyedRunIsDetected(
            @ForAll @IntRange(min = 0, max = 11) int file,
            @ForAll Kind kind,
            @ForAll @IntRange(min = 0, max = 1 << 30) int a,
            @ForAll @IntRange(min = 0, max = 1 << 30) int b)
            throws IOException {
        check(UNKEYED, VerifyOptions.of(null, null), file, kind, a, b);
    }

    private static void check(Map<String, byte[]> original, VerifyOptions opts, int file, Kind kind, int a, int b)
            throws IOException {
        assertThat(original).hasSize(12); // four streams, their notes, the raw sidecar; run.json and its seal
        Map<String, byte[]> files = new LinkedHashMap<>(original);
        String name = new ArrayList<>(files.keySet()).get(file);
        byte[] before = files.get(name);
        byte[] after = mutate(before, kind, a, b, otherFile(original, name));
        Assume.that(after == null || !Arrays.equals(before, after));
        if (after == null) {
            files.remove(name);
        } else {
            files.put(name, after);
        }
        Path dir = Files.createTempDirectory(WORK, "m");
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
            VerifyReport r = new Verifier().verify(dir, opts);
            String what = String.format("%s of %s (%d, %d): %s", kind, name, a, b, r);
            StreamResult hit = r.stream(streamOf(name));
            if (hit.status() == StreamResult.Status.WARN) {
                assertThat(lastNoteCut(name, before, after))
                        .as("only a notes file cut short in its last note may pass as a crash; %s", what)
                        .isTrue();
                assertThat(hit.findings()).extracting(Finding::reason).as(what).containsExactly(Reason.UNSEALED_TAIL);
            } else {
                assertThat(hit.status()).as(what).isEqualTo(StreamResult.Status.FAIL);
                assertThat(hit.failure().orElseThrow().reason())
                        .as(what)
                        .isIn(plausible(kind, FileKind.of(name), FileKind.of(otherName(original, name)), opts));
            }
            // the others are intact, even when the mutation changed the run id of the file it hit
            assertThat(r.streams()).as(what).hasSize(4);
            assertThat(r.all()).as(what).hasSize(5);
            for (StreamResult s : r.all()) {
                if (s != hit) {
                    assertThat(s.findings()).as("%s; %s", s.stream(), what).isEmpty();
                }
            }
            assertThat(r.exitCode())
                    .as(what)
                    .isEqualTo(
                            hit.status() == StreamResult.Status.WARN ? VerifyReport.EXIT_WARN : VerifyReport.EXIT_FAIL);
        } finally {
            deleteTree(dir);
        }
    }

    /** The file LINE_FROM_OTHER_FILE takes a line from: the next one in name order (a chain file's own notes). */
    private static String otherName(Map<String, byte[]> files, String name) {
        List<String> names = new ArrayList<>(files.keySet());
        return names.get((names.indexOf(name) + 1) % names.size());
    }

    private static byte[] otherFile(Map<String, byte[]> files, String name) {
        return files.get(otherName(files, name));
    }

    enum FileKind {
        /** A JSONL stream: records with their chain inline. */
        JSONL,
        /** syscalls.log: strace's lines, chained by the sidecar. */
        RAW,
        /** syscalls.log.chain: one chained record per raw line. */
        SIDECAR,
        /** A stream's checkpoint notes. */
        NOTES,
        /** run.json: the run's manifest, as written (pretty-printed JSON). */
        MANIFEST,
        /** run.json.chain: the chain that seals run.json, one record per version. */
        SEAL;

        static FileKind of(String name) {
            if (name.equals(ManifestSeal.FILE)) {
                return MANIFEST;
            }
            if (name.endsWith(StreamFiles.NOTES_SUFFIX)) {
                return NOTES;
            }
            if (name.equals(ManifestSeal.CHAIN_FILE)) {
                return SEAL;
            }
            if (name.endsWith(StreamFiles.CHAIN_SUFFIX)) {
                return SIDECAR;
            }
            return StreamFiles.isJsonl(name) ? JSONL : RAW;
        }
    }

    /** The stream a file belongs to: its notes and the raw sidecar are verified with it. */
    private static String streamOf(String name) {
        for (String suffix : List.of(StreamFiles.NOTES_SUFFIX, StreamFiles.CHAIN_SUFFIX)) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /**
     * The one mutation of a sealed run that verify may take for a crash (documented: a crash while the last note is
     * appended; ChainFileVerifier warns UNSEALED_TAIL when the last checkpoint record's note is missing, or is cut
     * short, i.e. a proper prefix of the note the chain expects): a notes file cut short inside its last note, every
     * earlier note whole. Any other change to the last note fails. That notes can be cut like this is why
     * docs/integrity.md asks to ship them off the host.
     */
    static boolean lastNoteCut(String name, byte[] before, byte[] after) {
        if (FileKind.of(name) != FileKind.NOTES || after == null) {
            return false;
        }
        int lastNote = new String(before, StandardCharsets.ISO_8859_1).lastIndexOf("\nstraceflow/") + 1; // bytes
        boolean prefix = after.length < before.length && Arrays.equals(after, 0, after.length, before, 0, after.length);
        return prefix && after.length >= lastNote;
    }

    /**
     * The reasons verify may give for {@code kind} done to a file of kind {@code file}, read off ChainFileVerifier,
     * SeqClassifier, RawLines and CheckpointNote. Checks run in this order for a chained line: framing (else
     * MALFORMED_LINE, or TORN_LINE when the line holds the start of another record), seq (else SeqClassifier), the
     * open record's fields (seq 0), the raw line against its sidecar record, the tag, then a checkpoint record
     * against its note. run.json is checked by its digest once its seal verifies.
     */
    static Set<Reason> plausible(Kind kind, FileKind file, FileKind other, VerifyOptions opts) {
        boolean keyed = opts.key() != null;
        Reason tag = keyed ? Reason.MAC_MISMATCH : Reason.HASH_MISMATCH;
        Set<Reason> s = EnumSet.noneOf(Reason.class);
        switch (file) {
            case MANIFEST -> s.add(kind == Kind.DELETE_FILE ? Reason.MISSING_STREAM : Reason.MANIFEST_MISMATCH);
            case JSONL, SIDECAR, SEAL -> {
                switch (kind) {
                    // a record gone: the next seq is early; the close record gone: the notes vouch for it
                    case DELETE_LINE -> s.addAll(List.of(Reason.SEQ_GAP, Reason.TRUNCATED_TAIL));
                    case SWAP_LINES -> s.add(Reason.REORDERED);
                    // the copy after its original, before it, or after the close record
                    case DUPLICATE_LINE -> s.addAll(List.of(Reason.DUPLICATE, Reason.REORDERED, Reason.EXTRA_DATA));
                    case TRUNCATE -> s.add(Reason.TRUNCATED_TAIL);
                    case DELETE_FILE -> s.add(file == FileKind.JSONL ? Reason.MISSING_STREAM : Reason.NO_CHAIN);
                    case LINE_FROM_OTHER_FILE -> {
                        if (other == FileKind.NOTES) {
                            s.add(Reason.MALFORMED_LINE); // a line of a notes file is no chained record
                        } else {
                            s.addAll(bytesChanged(kind, file, tag, keyed));
                        }
                    }
                    case FLIP_BYTE, INSERT_BYTE, DELETE_BYTES -> s.addAll(bytesChanged(kind, file, tag, keyed));
                }
            }
            case RAW -> {
                // RawLines names a raw line that does not match its record MAC_MISMATCH in every mode, unless the
                // neighbouring records tell a deleted, swapped or repeated line
                switch (kind) {
                    case FLIP_BYTE, DELETE_BYTES -> // a byte changed; the last line's newline gone: a torn line
                        s.addAll(List.of(Reason.MAC_MISMATCH, Reason.TORN_LINE));
                    case INSERT_BYTE -> s.addAll(List.of(Reason.MAC_MISMATCH, Reason.EXTRA_DATA));
                    case DELETE_LINE -> s.addAll(List.of(Reason.SEQ_GAP, Reason.TRUNCATED_TAIL));
                    case SWAP_LINES -> s.addAll(List.of(Reason.REORDERED, Reason.MAC_MISMATCH));
                    case DUPLICATE_LINE ->
                        s.addAll(List.of(Reason.DUPLICATE, Reason.REORDERED, Reason.MAC_MISMATCH, Reason.EXTRA_DATA));
                    case TRUNCATE -> s.addAll(List.of(Reason.TRUNCATED_TAIL, Reason.TORN_LINE));
                    case LINE_FROM_OTHER_FILE -> s.add(Reason.MAC_MISMATCH);
                    case DELETE_FILE -> s.add(Reason.MISSING_STREAM);
                }
            }
            case NOTES -> {
                switch (kind) {
                    case DELETE_FILE -> s.add(Reason.CHECKPOINT_MISSING);
                    // cut at the end of an earlier note: the later ones stripped; inside a note: a cut note
                    // before the end, or a text that is no longer a sequence of notes
                    case TRUNCATE -> s.addAll(List.of(Reason.CHECKPOINT_MISSING, Reason.CHECKPOINT_MISMATCH));
                    // an extra note after the last checkpoint record
                    case INSERT_BYTE, DUPLICATE_LINE ->
                        s.addAll(List.of(Reason.CHECKPOINT_MISMATCH, Reason.TRUNCATED_TAIL));
                    default -> s.add(Reason.CHECKPOINT_MISMATCH);
                }
                if (opts.publicKey() != null && kind != Kind.DELETE_FILE) {
                    s.add(Reason.BAD_SIGNATURE); // a signature line changed, lost, or one too many
                }
            }
        }
        return s;
    }

    /** Bytes changed, inserted or deleted in a chained file. */
    private static Set<Reason> bytesChanged(Kind kind, FileKind file, Reason tag, boolean keyed) {
        Set<Reason> s = EnumSet.of(
                tag, // anywhere in the hashed part or the tag
                Reason.MALFORMED_LINE, // the framing, or a control record's JSON
                Reason.TORN_LINE, // a newline lost: two records on one line
                Reason.TRUNCATED_TAIL, // the last newline lost
                Reason.SEQ_GAP, // a seq digit: later
                Reason.SEQ_REWIND, // a seq digit: earlier
                Reason.NO_OPEN_RECORD, // the open record's version, run or mode
                Reason.STREAM_MISMATCH); // the open record's stream name
        if (keyed) {
            s.add(Reason.MODE_MISMATCH); // "keyed" changed, and a key was given
        }
        if (kind == Kind.INSERT_BYTE) {
            s.add(Reason.EXTRA_DATA); // a byte after the close record
        }
        if (file == FileKind.SIDECAR) {
            s.add(Reason.MAC_MISMATCH); // the length or CRC no longer describes the raw line (RawLines)
        }
        return s;
    }

    /** The mutated bytes, or null to delete the file. */
    static byte[] mutate(byte[] f, Kind kind, int a, int b, byte[] other) {
        List<byte[]> lines = Mutate.split(f);
        int n = lines.size();
        switch (kind) {
            case FLIP_BYTE -> {
                byte[] c = f.clone();
                c[a % c.length] ^= (byte) (1 + b % 255);
                return c;
            }
            case INSERT_BYTE -> {
                int at = a % (f.length + 1);
                byte[] c = new byte[f.length + 1];
                System.arraycopy(f, 0, c, 0, at);
                c[at] = (byte) b;
                System.arraycopy(f, at, c, at + 1, f.length - at);
                return c;
            }
            case DELETE_BYTES -> {
                int at = a % f.length;
                int len = 1 + b % Math.min(16, f.length - at);
                byte[] c = new byte[f.length - len];
                System.arraycopy(f, 0, c, 0, at);
                System.arraycopy(f, at + len, c, at, f.length - at - len);
                return c;
            }
            case DELETE_LINE -> lines.remove(a % n);
            case SWAP_LINES -> {
                int i = a % n;
                int j = b % n;
                byte[] t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case DUPLICATE_LINE -> {
                int i = a % n;
                lines.add(b % (n + 1), lines.get(i));
            }
            case TRUNCATE -> {
                return Arrays.copyOf(f, a % f.length);
            }
            case LINE_FROM_OTHER_FILE -> {
                List<byte[]> src = Mutate.split(other);
                lines.set(a % n, src.get(b % src.size()));
            }
            case DELETE_FILE -> {
                return null;
            }
        }
        return Mutate.join(lines);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("chain-mutations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        deleteTree(WORK);
    }
}
