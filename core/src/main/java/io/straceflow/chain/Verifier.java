package io.straceflow.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Verifies every stream of an output directory: the expected ones (missing = failure) plus any other chained file
 * found, then run.json against its seal (when the options ask for it). Then checks that all of them belong to the
 * same run, so files of two runs cannot be mixed.
 */
public final class Verifier {

    /** @throws IllegalArgumentException when {@code dir} is not a readable directory */
    public VerifyReport verify(Path dir, VerifyOptions opts) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        // streams are independent (one digest each): verify them side by side, report them in order
        List<StreamResult> results = new ArrayList<>(streamNames(dir, opts).parallelStream()
                .map(name -> verifyStream(dir, name, opts))
                .toList());
        int streams = results.size();
        if (opts.manifest()) {
            results.add(ManifestVerifier.verify(dir, opts, formatOne(results)));
        }
        results = checkSameRun(results);
        return new VerifyReport(
                List.copyOf(results.subList(0, streams)), opts.manifest() ? results.get(streams) : null);
    }

    /**
     * True when the streams that verified are all of format 1, whose runs have no sealed run.json. Their open records
     * are chained (and tagged), so a run of format 2 cannot pass for one of format 1 without the key.
     */
    private static boolean formatOne(List<StreamResult> streams) {
        List<StreamResult> ok = streams.stream()
                .filter(s -> s.failure().isEmpty() && s.version() > 0)
                .toList();
        return !ok.isEmpty() && ok.stream().allMatch(s -> s.version() == 1);
    }

    private static Set<String> streamNames(Path dir, VerifyOptions opts) {
        Set<String> names = new LinkedHashSet<>(opts.streams());
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(n -> {
                if (StreamFiles.isJsonl(n)) {
                    names.add(n);
                } else if (n.endsWith(StreamFiles.CHAIN_SUFFIX) && !n.equals(ManifestSeal.CHAIN_FILE)) {
                    names.add(n.substring(0, n.length() - StreamFiles.CHAIN_SUFFIX.length()));
                }
            });
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + dir + ": " + IoErrors.reason(e), e);
        }
        return names;
    }

    private static StreamResult verifyStream(Path dir, String name, VerifyOptions opts) {
        Path file = dir.resolve(name);
        if (StreamFiles.isJsonl(name)) {
            if (!Files.exists(file)) {
                return missing(name, Reason.MISSING_STREAM, name + " is missing");
            }
            return new ChainFileVerifier(file, name, opts, null).verify();
        }
        Path chain = StreamFiles.rawChainOf(file);
        if (!Files.exists(file)) {
            return missing(name, Reason.MISSING_STREAM, name + " is missing");
        }
        if (!Files.exists(chain)) {
            return missing(name, Reason.NO_CHAIN, chain.getFileName() + " is missing");
        }
        return new ChainFileVerifier(chain, name, opts, file).verify();
    }

    private static StreamResult missing(String name, Reason reason, String detail) {
        return StreamResult.unread(name, Finding.fail(reason, name, -1, -1, -1, detail));
    }

    /**
     * Every stream must name the same run. The run is the one named by most of the streams that verified: a stream
     * that failed (its open record may be the changed one) neither votes nor is blamed again. With a tie every voter
     * is flagged, since none can tell which run the directory holds.
     */
    private static List<StreamResult> checkSameRun(List<StreamResult> results) {
        Map<String, Long> votes = results.stream()
                .filter(s -> s.runId() != null && s.failure().isEmpty())
                .collect(Collectors.groupingBy(StreamResult::runId, TreeMap::new, Collectors.counting()));
        long most = votes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> leaders = votes.entrySet().stream()
                .filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey)
                .toList();
        String run = leaders.size() == 1 ? leaders.get(0) : null;
        List<StreamResult> out = new ArrayList<>();
        for (StreamResult s : results) {
            if (s.runId() != null && s.failure().isEmpty() && !s.runId().equals(run)) {
                List<Finding> f = new ArrayList<>(s.findings());
                String others =
                        run != null ? "the other streams are " + run : "the streams name runs " + votes.keySet();
                f.add(Finding.fail(Reason.RUN_MISMATCH, s.stream(), 1, 0, 0, "run " + s.runId() + ", " + others));
                s = s.withFindings(f);
            }
            out.add(s);
        }
        return out;
    }
}
