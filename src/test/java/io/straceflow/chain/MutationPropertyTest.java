package io.straceflow.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random mutations of a closed run's files (all of it sealed): every single one must be detected, i.e. verify must not
 * say OK. Fixed seeds keep the runs reproducible.
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
            @ForAll @IntRange(min = 0, max = 8) int file,
            @ForAll Kind kind,
            @ForAll @IntRange(min = 0, max = 1 << 30) int a,
            @ForAll @IntRange(min = 0, max = 1 << 30) int b)
            throws IOException {
        check(KEYED, TestRun.fullOptions(), file, kind, a, b);
    }

    @Property(tries = 500, seed = "6")
    void everyAccidentalMutationOfAnUnkeyedRunIsDetected(
            @ForAll @IntRange(min = 0, max = 8) int file,
            @ForAll Kind kind,
            @ForAll @IntRange(min = 0, max = 1 << 30) int a,
            @ForAll @IntRange(min = 0, max = 1 << 30) int b)
            throws IOException {
        check(UNKEYED, VerifyOptions.of(null, null), file, kind, a, b);
    }

    private static void check(Map<String, byte[]> original, VerifyOptions opts, int file, Kind kind, int a, int b)
            throws IOException {
        assertThat(original).hasSize(9);
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
            assertThat(r.exitCode())
                    .as("%s of %s (%d, %d) went unnoticed: %s", kind, name, a, b, r)
                    .isNotZero();
            // the verifier named what it saw; an exception inside it would show as IO_ERROR
            assertThat(r.streams())
                    .as("%s of %s (%d, %d): %s", kind, name, a, b, r)
                    .flatExtracting(StreamResult::findings)
                    .extracting(Finding::reason)
                    .doesNotContain(Reason.IO_ERROR);
        } finally {
            deleteTree(dir);
        }
    }

    private static byte[] otherFile(Map<String, byte[]> files, String name) {
        List<String> names = new ArrayList<>(files.keySet());
        return files.get(names.get((names.indexOf(name) + 1) % names.size()));
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
