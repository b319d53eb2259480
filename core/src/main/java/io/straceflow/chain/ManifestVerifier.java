package io.straceflow.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks run.json against its seal ({@link ManifestSeal}). The seal is verified like any chain (stream name
 * {@code run.json}); its data records list the versions of run.json in the order they were written. A closed seal
 * vouches for its last version only. An open one (the writer stopped) allows the last version, or the one before it
 * when the writer stopped between sealing a version and putting it in place; both are warnings.
 */
final class ManifestVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Version(String status, long bytes, String blake3) {
        boolean is(byte[] content) {
            return content != null
                    && content.length == bytes
                    && Bytes.hex(Blake3.hash(content)).equals(blake3);
        }

        @Override
        public String toString() {
            return "status " + status + ", " + bytes + " bytes";
        }
    }

    private ManifestVerifier() {}

    /** @param formatOne the streams are of format 1, written before run.json was sealed: no seal is expected */
    static StreamResult verify(Path dir, VerifyOptions opts, boolean formatOne) {
        Path manifest = dir.resolve(ManifestSeal.FILE);
        Path chain = dir.resolve(ManifestSeal.CHAIN_FILE);
        boolean sealFound = Files.exists(chain, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(StreamFiles.notesOf(manifest), LinkOption.NOFOLLOW_LINKS);
        if (!sealFound && formatOne) {
            return result(Finding.warn(
                    Reason.MANIFEST_UNSEALED,
                    ManifestSeal.FILE,
                    -1,
                    -1,
                    -1,
                    "not sealed: the streams are of format 1, written before run.json was sealed; its status, exit"
                            + " code and counters are not checked"));
        }
        if (!Files.exists(chain, LinkOption.NOFOLLOW_LINKS)) {
            return Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)
                    ? result(fail(Reason.NO_CHAIN, ManifestSeal.CHAIN_FILE + " is missing"))
                    : result(fail(Reason.MISSING_STREAM, ManifestSeal.FILE + " is missing"));
        }
        List<byte[]> records = new ArrayList<>();
        ChainFileVerifier seal = new ChainFileVerifier(chain, ManifestSeal.FILE, opts, null).dataRecords(records::add);
        StreamResult chained = seal.verify();
        if (chained.failure().isPresent()) {
            return chained;
        }
        List<Finding> findings = new ArrayList<>(chained.findings());
        List<Version> versions = versions(records);
        Finding f;
        try {
            f = versions == null
                    ? fail(
                            Reason.MALFORMED_LINE,
                            "a record of " + ManifestSeal.CHAIN_FILE + " is not a run.json version")
                    : check(read(manifest), versions, seal.closed());
        } catch (IOException e) {
            f = fail(Reason.IO_ERROR, String.valueOf(e.getMessage()));
        }
        if (f != null) {
            findings.add(f);
        }
        return chained.withFindings(findings);
    }

    /** The finding on run.json's content, or null when it is the version the closed seal vouches for. */
    private static Finding check(byte[] content, List<Version> versions, boolean closed) {
        int last = versions.size() - 1;
        Version sealed = last < 0 ? null : versions.get(last);
        if (closed) {
            if (content == null) {
                return fail(Reason.MISSING_STREAM, ManifestSeal.FILE + " is missing");
            }
            if (sealed == null || !sealed.is(content)) {
                return fail(
                        Reason.MANIFEST_MISMATCH,
                        "run.json was changed after the run: it is not the version sealed last"
                                + (sealed == null ? "" : " (" + sealed + ")"));
            }
            return null;
        }
        if (content == null) {
            return last <= 0
                    ? warn("run.json is missing: the run stopped before writing it")
                    : fail(Reason.MISSING_STREAM, ManifestSeal.FILE + " is missing");
        }
        if (sealed != null && sealed.is(content)) {
            return warn("run.json is the version sealed last (" + sealed + "); the run did not end (crash?)");
        }
        if (last >= 1 && versions.get(last - 1).is(content)) {
            return warn("run.json is the version sealed before the last one (" + versions.get(last - 1) + "); the last"
                    + " one (" + sealed + ") was sealed but not written: the run stopped while writing run.json");
        }
        return fail(
                Reason.MANIFEST_MISMATCH,
                "run.json was changed: it is none of the versions sealed"
                        + (sealed == null ? "" : " (the last: " + sealed + ")"));
    }

    /** The versions the records list, or null when one is not a version record. */
    private static List<Version> versions(List<byte[]> records) {
        List<Version> out = new ArrayList<>();
        for (byte[] r : records) {
            JsonNode n;
            try {
                n = JSON.readTree(r);
            } catch (IOException e) {
                return null;
            }
            String blake3 = n.path("blake3").asText();
            if (!n.path("status").isTextual()
                    || !n.path("bytes").canConvertToLong()
                    || !blake3.matches("[0-9a-f]{64}")) {
                return null;
            }
            out.add(new Version(n.path("status").asText(), n.path("bytes").asLong(), blake3));
        }
        return out;
    }

    private static byte[] read(Path manifest) throws IOException {
        try {
            return Files.readAllBytes(manifest);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static Finding fail(Reason reason, String detail) {
        return Finding.fail(reason, ManifestSeal.FILE, -1, -1, -1, detail);
    }

    private static Finding warn(String detail) {
        return Finding.warn(Reason.UNSEALED_TAIL, ManifestSeal.FILE, -1, -1, -1, detail);
    }

    private static StreamResult result(Finding f) {
        return StreamResult.unread(ManifestSeal.FILE, f);
    }
}
