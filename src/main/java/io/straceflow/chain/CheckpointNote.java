package io.straceflow.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Checkpoint notes in the C2SP signed-note shape: a text body, a blank line, then signature lines
 * {@code — <name> base64(keyid ‖ sig)}. Body: origin, size, base64 head, {@code epoch e}, {@code time ms} and
 * {@code final} on the closing one. The verifier rebuilds the body from the log and compares the text exactly.
 */
final class CheckpointNote {
    static final String KEY_NAME = "straceflow";
    private static final String SIG_PREFIX = "\u2014 ";

    private CheckpointNote() {}

    /** {@code cut}: the note lacks its final newline (the writer died while writing it). */
    record Note(String body, List<String> signatureLines, boolean cut) {
        String text() {
            StringBuilder sb = new StringBuilder(body).append('\n');
            signatureLines.forEach(l -> sb.append(l).append('\n'));
            return sb.toString();
        }
    }

    static String origin(String host, String run, String stream) {
        return "straceflow/" + host + "/" + run + "/" + stream;
    }

    static String body(String origin, long size, byte[] head, long epoch, long timeMillis, boolean last) {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(head) + "\nepoch " + epoch + "\ntime "
                + timeMillis + "\n" + (last ? "final\n" : "");
    }

    static Note sign(String body, Ed25519PrivateKeyParameters key) {
        if (key == null) {
            return new Note(body, List.of(), false);
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] msg = body.getBytes(StandardCharsets.UTF_8);
        signer.update(msg, 0, msg.length);
        byte[] sig = signer.generateSignature();
        byte[] blob = concat(keyId(key.generatePublicKey()), sig);
        return new Note(
                body, List.of(SIG_PREFIX + KEY_NAME + " " + Base64.getEncoder().encodeToString(blob)), false);
    }

    /** True when some signature line is a valid signature of the body by this key, canonically encoded. */
    static boolean verify(Note note, Ed25519PublicKeyParameters key) {
        byte[] id = keyId(key);
        byte[] msg = note.body().getBytes(StandardCharsets.UTF_8);
        for (String line : note.signatureLines()) {
            String prefix = SIG_PREFIX + KEY_NAME + " ";
            if (!line.startsWith(prefix)) {
                continue;
            }
            String b64 = line.substring(prefix.length());
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(b64);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (blob.length != 4 + 64
                    || !Base64.getEncoder().encodeToString(blob).equals(b64)
                    || !Arrays.equals(id, Arrays.copyOf(blob, 4))) {
                continue;
            }
            Ed25519Signer v = new Ed25519Signer();
            v.init(false, key);
            v.update(msg, 0, msg.length);
            if (v.verifySignature(Arrays.copyOfRange(blob, 4, blob.length))) {
                return true;
            }
        }
        return false;
    }

    /** C2SP key id: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4]. */
    static byte[] keyId(Ed25519PublicKeyParameters pub) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(KEY_NAME.getBytes(StandardCharsets.UTF_8));
            sha.update(new byte[] {0x0A, 0x01});
            sha.update(pub.getEncoded());
            return Arrays.copyOf(sha.digest(), 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The notes of a .ckpt file. {@code canonical} is false when the text is not exactly the notes written one after
     * the other (extra blank lines, lost separators...); a last note cut short by a crash is kept, marked {@code cut}.
     */
    record NoteFile(List<Note> notes, boolean canonical) {}

    /** Reads every note of a .ckpt file; a missing file holds none. */
    static NoteFile readAll(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new NoteFile(List.of(), true);
        } catch (java.nio.charset.MalformedInputException e) {
            return new NoteFile(List.of(), false);
        }
        List<Note> notes = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length - 1 || !lines[i].isEmpty()) {
            StringBuilder body = new StringBuilder();
            while (i < lines.length && !lines[i].isEmpty()) {
                body.append(lines[i++]).append('\n');
            }
            i++; // the blank line
            List<String> sigs = new ArrayList<>();
            while (i < lines.length && lines[i].startsWith(SIG_PREFIX)) {
                sigs.add(lines[i++]);
            }
            notes.add(new Note(body.toString(), sigs, false));
            if (i >= lines.length) {
                break;
            }
        }
        boolean cut = !text.isEmpty() && !text.endsWith("\n");
        if (cut) {
            Note last = notes.remove(notes.size() - 1);
            notes.add(new Note(last.body(), last.signatureLines(), true));
        }
        StringBuilder joined = new StringBuilder();
        notes.stream().filter(n -> !n.cut()).forEach(n -> joined.append(n.text()));
        boolean canonical = cut ? text.startsWith(joined.toString()) : text.contentEquals(joined);
        return new NoteFile(notes, canonical);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
