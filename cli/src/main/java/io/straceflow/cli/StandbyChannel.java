package io.straceflow.cli;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words a standby JVM and the launcher exchange: each ends with a NUL byte, which no argument, path or environment
 * entry can hold, and which bash reads with {@code read -d ''} and writes with {@code printf '%s\0'}. A list is its
 * count, then its words. A message is written in one write, so it is never mixed with another in a pipe.
 */
final class StandbyChannel {
    private StandbyChannel() {}

    /** The next word, or null at the end of the stream (the other side is gone). */
    static String read(InputStream in) throws IOException {
        ByteArrayOutputStream word = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) > 0) {
            word.write(b);
        }
        if (b < 0) {
            return null;
        }
        return word.toString(StandardCharsets.UTF_8);
    }

    /** The next word; the end of the stream here is a broken message. */
    static String require(InputStream in) throws IOException {
        String word = read(in);
        if (word == null) {
            throw new EOFException("the launcher's message ended early");
        }
        return word;
    }

    /** A counted list of words. */
    static List<String> readList(InputStream in) throws IOException {
        int n;
        try {
            n = Integer.parseInt(require(in));
        } catch (NumberFormatException e) {
            throw new IOException("the launcher's message is not one this JVM knows", e);
        }
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(require(in));
        }
        return words;
    }

    /** Writes {@code words} as one message. */
    static void write(OutputStream out, List<String> words) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        for (String w : words) {
            message.write(w.getBytes(StandardCharsets.UTF_8));
            message.write(0);
        }
        synchronized (out) {
            out.write(message.toByteArray());
            out.flush();
        }
    }
}
