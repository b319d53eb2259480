package io.straceflow.parse;

import java.util.Arrays;

/**
 * Replacements of ranges of one text, applied in one copy at the end. The detectors of {@link SecretMasker} run one
 * after the other over the same text; a range that overlaps one already taken is refused, so the first detector
 * to claim text wins (private key blocks before the keys inside their base64).
 */
final class Edits {
    private int[] starts = new int[4];
    private int[] ends = new int[4];
    private String[] replacements = new String[4];
    private int size;

    /** Adds {@code [start, end) -> replacement} unless it overlaps an edit already taken; true if taken. */
    boolean add(int start, int end, String replacement) {
        for (int i = 0; i < size; i++) {
            if (start < ends[i] && starts[i] < end) {
                return false;
            }
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            replacements = Arrays.copyOf(replacements, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        replacements[size] = replacement;
        size++;
        return true;
    }

    /** True if {@code at} lies inside a range already taken. */
    boolean covers(int at) {
        for (int i = 0; i < size; i++) {
            if (starts[i] <= at && at < ends[i]) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    String apply(String text) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(starts[a], starts[b]));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int i : order) {
            out.append(text, at, starts[i]).append(replacements[i]);
            at = ends[i];
        }
        return out.append(text, at, text.length()).toString();
    }
}
