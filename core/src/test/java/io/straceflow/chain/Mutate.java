package io.straceflow.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** File surgery for the attack tests: lines are byte arrays with their newline. */
final class Mutate {
    private Mutate() {}

    static List<byte[]> lines(Path f) throws IOException {
        return split(Files.readAllBytes(f));
    }

    static List<byte[]> split(byte[] all) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                out.add(Arrays.copyOfRange(all, start, i + 1));
                start = i + 1;
            }
        }
        if (start < all.length) {
            out.add(Arrays.copyOfRange(all, start, all.length));
        }
        return out;
    }

    static void write(Path f, List<byte[]> lines) throws IOException {
        Files.write(f, join(lines));
    }

    static byte[] join(List<byte[]> lines) {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        lines.forEach(bos::writeBytes);
        return bos.toByteArray();
    }

    /** Changes byte {@code col} of line {@code index} (0-based) to another printable byte. */
    static void editByte(Path f, int index, int col) throws IOException {
        List<byte[]> ls = lines(f);
        byte[] l = ls.get(index);
        l[col] = (byte) (l[col] == 'x' ? 'y' : 'x');
        write(f, ls);
    }

    static void deleteLine(Path f, int index) throws IOException {
        List<byte[]> ls = lines(f);
        ls.remove(index);
        write(f, ls);
    }

    static void swapLines(Path f, int a, int b) throws IOException {
        List<byte[]> ls = lines(f);
        byte[] t = ls.get(a);
        ls.set(a, ls.get(b));
        ls.set(b, t);
        write(f, ls);
    }

    static void duplicateLine(Path f, int index) throws IOException {
        List<byte[]> ls = lines(f);
        ls.add(index + 1, ls.get(index).clone());
        write(f, ls);
    }

    /** Line {@code line} with its first {@code from} replaced by {@code to} (byte for byte); fails if absent. */
    static byte[] replace(byte[] line, String from, String to) {
        String l = new String(line, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!l.contains(from)) {
            throw new AssertionError(from + " not in " + l);
        }
        return l.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Replaces the first {@code from} in line {@code index} (0-based) by {@code to}. */
    static void replaceInLine(Path f, int index, String from, String to) throws IOException {
        List<byte[]> ls = lines(f);
        ls.set(index, replace(ls.get(index), from, to));
        write(f, ls);
    }

    /** Keeps the first {@code keep} lines. */
    static void keepLines(Path f, int keep) throws IOException {
        write(f, new ArrayList<>(lines(f).subList(0, keep)));
    }

    /** Cuts line {@code index} in the middle, dropping its second half with the newline. */
    static void cutLine(Path f, int index) throws IOException {
        List<byte[]> ls = lines(f);
        byte[] l = ls.get(index);
        ls.set(index, Arrays.copyOf(l, l.length / 2));
        write(f, ls);
    }

    /** Index of the line that holds {@code needle}. */
    static int find(Path f, String needle) throws IOException {
        List<byte[]> ls = lines(f);
        for (int i = 0; i < ls.size(); i++) {
            if (new String(ls.get(i), java.nio.charset.StandardCharsets.ISO_8859_1).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not in " + f);
    }
}
