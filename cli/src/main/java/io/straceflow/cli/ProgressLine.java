package io.straceflow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One frame of the replay progress bar, e.g.
 * {@code replay  42% [###-----]  27.5/65.0 MB  3.1 MB/s  41.2k lines/s  ETA 0:12}; without a total
 * (standard input) only what was read and the rates. Once everything is read the ETA gives way to the stage:
 * {@code writing} (the last batches), {@code sealing} (the end of the trace through every stage, the streams sealed),
 * {@code report} (run.json's end and the summary); the last frame shows the time taken. A frame never reaches the
 * terminal's last column, so a redraw never wraps: on a narrow terminal the rates go first, then the bar, then the
 * byte counts.
 */
final class ProgressLine {
    private static final int BAR = 8;
    /** An ETA beyond this (a rate near zero) says nothing: shown as unknown. */
    private static final long MAX_ETA_SECONDS = 100L * 3600 - 1;

    /** What the replay is doing. */
    enum Stage {
        READING,
        WRITING,
        SEALING,
        REPORT,
        DONE
    }

    private ProgressLine() {}

    /**
     * @param read bytes read; total bytes in all inputs or -1 when unknown
     * @param bytesPerSecond recent read rate (0 while unknown); linesPerSecond likewise
     * @param elapsedSeconds since the start, shown in the last frame
     * @param columns the terminal's width: the frame is at most {@code columns - 1} characters long
     */
    static String format(
            long read,
            long total,
            double bytesPerSecond,
            double linesPerSecond,
            long elapsedSeconds,
            Stage stage,
            int columns) {
        String head = "replay";
        String bar = null;
        if (total > 0) {
            double fraction = Math.min(1.0, (double) read / total);
            int filled = (int) Math.round(fraction * BAR);
            head += String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction * 100));
            bar = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]";
        }
        // in the order shown; the parts that go first on a narrow terminal are dropped in the order of `drop`
        String amount = total > 0 ? readOfTotal(read, total) : bytes(read);
        String byteRate = bytes(bytesPerSecond) + "/s";
        String lineRate = count(linesPerSecond) + " lines/s";
        String tail = tail(read, total, bytesPerSecond, elapsedSeconds, stage);
        List<String> parts = new ArrayList<>(List.of(amount, byteRate, lineRate));
        if (tail != null) {
            parts.add(tail);
        }
        List<String> drop = new ArrayList<>(List.of(lineRate, byteRate, "bar", amount));
        String line = join(head, bar, parts);
        while (line.length() > columns - 1 && !drop.isEmpty()) {
            String gone = drop.remove(0);
            if (gone.equals("bar")) {
                bar = null;
            } else {
                parts.remove(gone);
            }
            line = join(head, bar, parts);
        }
        return line.length() > columns - 1 ? line.substring(0, Math.max(0, columns - 1)) : line;
    }

    private static String join(String head, String bar, List<String> parts) {
        StringBuilder b = new StringBuilder(head);
        if (bar != null) {
            b.append(' ').append(bar);
        }
        for (String p : parts) {
            b.append("  ").append(p);
        }
        return b.toString();
    }

    /** The ETA, the stage once all is read, or the time taken; null while reading standard input. */
    private static String tail(long read, long total, double bytesPerSecond, long elapsedSeconds, Stage stage) {
        switch (stage) {
            case DONE:
                return "in " + clock(elapsedSeconds);
            case READING:
                if (total <= 0) {
                    return null;
                }
                double eta = bytesPerSecond > 0 ? (total - read) / bytesPerSecond : Double.POSITIVE_INFINITY;
                return "ETA " + (eta <= MAX_ETA_SECONDS ? clock(Math.round(eta)) : "--:--");
            default:
                return stage.name().toLowerCase(Locale.ROOT);
        }
    }

    /** 27.5/65.0 MB, or 950 kB/1.2 MB when the units differ. */
    static String readOfTotal(long read, long total) {
        String r = bytes(read);
        String t = bytes(total);
        String unit = t.substring(t.indexOf(' '));
        return r.endsWith(unit) ? r.substring(0, r.length() - unit.length()) + "/" + t : r + "/" + t;
    }

    /** Decimal units (as ls -h --si and pv): 950 B, 27.5 MB, 1.2 GB. */
    static String bytes(double n) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        int u = 0;
        while (n >= 999.5 && u < units.length - 1) {
            n /= 1000;
            u++;
        }
        return u == 0
                ? String.format(Locale.ROOT, "%d %s", Math.round(n), units[u])
                : String.format(Locale.ROOT, "%.1f %s", n, units[u]);
    }

    static String count(double n) {
        if (n < 999.5) {
            return String.format(Locale.ROOT, "%d", Math.round(n));
        }
        return n < 999_500
                ? String.format(Locale.ROOT, "%.1fk", n / 1000)
                : String.format(Locale.ROOT, "%.1fM", n / 1_000_000);
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
