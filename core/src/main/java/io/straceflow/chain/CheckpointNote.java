package io.straceflow.chain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
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
    /** Characters of the base64 of key id (4 bytes) ‖ Ed25519 signature (64 bytes), the last one '='. */
    private static final int SIG_CHARS = 92;

    private CheckpointNote() {}

    record Note(String body, List<String> signatureLines) {
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
            return new Note(body, List.of());
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] msg = body.getBytes(StandardCharsets.UTF_8);
        signer.update(msg, 0, msg.length);
        byte[] sig = signer.generateSignature();
        byte[] blob = concat(keyId(key.generatePublicKey()), sig);
        return new Note(
                body, List.of(SIG_PREFIX + KEY_NAME + " " + Base64.getEncoder().encodeToString(blob)));
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
     * The notes of a .ckpt file: the longest run of whole notes from its start, then the bytes after them as
     * {@code tail} (null when there are none). A tail is the last note cut short by a writer that died while writing
     * it, or damage: the verifier accepts it only as a prefix of the note the chain expects ({@link #isCutOf}).
     */
    record NoteFile(List<Note> notes, byte[] tail) {}

    /** Reads every note of a .ckpt file; a missing file holds none. */
    static NoteFile readAll(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new NoteFile(List.of(), null);
        }
        String text = utf8Prefix(bytes);
        List<Note> notes = new ArrayList<>();
        int pos = 0;
        int bytePos = 0;
        for (Note n : parse(text)) {
            String t = n.text();
            if (n.body().isEmpty() || !text.startsWith(t, pos)) {
                break;
            }
            notes.add(n);
            pos += t.length();
            bytePos += t.getBytes(StandardCharsets.UTF_8).length;
        }
        byte[] tail = bytePos == bytes.length ? null : Arrays.copyOfRange(bytes, bytePos, bytes.length);
        return new NoteFile(notes, tail);
    }

    /** Splits text into notes: body lines up to a blank line, then the signature lines. */
    private static List<Note> parse(String text) {
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
            notes.add(new Note(body.toString(), sigs));
            if (i >= lines.length) {
                break;
            }
        }
        return notes;
    }

    /** The longest prefix of {@code bytes} that is well-formed UTF-8: a crash may cut a character in two. */
    private static String utf8Prefix(byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), out, true); // stops at the first malformed byte
        return out.flip().toString();
    }

    /**
     * True when {@code tail} is what a writer leaves that died while appending the note with this body: a proper
     * prefix of the body, its blank line and (when the stream is signed) a signature line, as far as that line can be
     * known without the signature: its prefix, then at most {@value #SIG_CHARS} base64 characters. A cut note seals
     * nothing, so its signature is not checked.
     */
    static boolean isCutOf(byte[] tail, String body, boolean signed) {
        byte[] head = (body + "\n").getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(tail, 0, Math.min(tail.length, head.length), head, 0, Math.min(tail.length, head.length))) {
            return false;
        }
        if (tail.length < head.length) {
            return true;
        }
        if (!signed) {
            return false; // the whole unsigned note would have been read as a note
        }
        byte[] prefix = (SIG_PREFIX + KEY_NAME + " ").getBytes(StandardCharsets.UTF_8);
        int rest = Math.min(tail.length - head.length, prefix.length);
        if (!Arrays.equals(tail, head.length, head.length + rest, prefix, 0, rest)) {
            return false;
        }
        int sigStart = head.length + prefix.length;
        if (tail.length - sigStart > SIG_CHARS) {
            return false;
        }
        for (int i = sigStart; i < tail.length; i++) {
            boolean last = i - sigStart == SIG_CHARS - 1;
            if (last ? tail[i] != '=' : !isBase64(tail[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
