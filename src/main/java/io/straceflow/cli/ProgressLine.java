package io.straceflow.cli;

import java.util.Locale;

/**
 * One frame of the replay progress bar, e.g.
 * {@code replay  42% [###-----]  27.5/65.0 MB  3.1 MB/s  41.2k lines/s  ETA 0:12}; without a total
 * (standard input) only what was read and the rates. Kept under 80 columns.
 */
final class ProgressLine {
    private static final int BAR = 8;

    private ProgressLine() {}

    /**
     * @param read bytes read; total bytes in all inputs or -1 when unknown
     * @param bytesPerSecond recent read rate (0 while unknown); linesPerSecond likewise
     * @param elapsedSeconds since the start, shown once the replay is done
     * @param done the last frame: elapsed time instead of an ETA
     */
    static String format(
            long read, long total, double bytesPerSecond, double linesPerSecond, long elapsedSeconds, boolean done) {
        StringBuilder b = new StringBuilder("replay ");
        if (total > 0) {
            double fraction = Math.min(1.0, (double) read / total);
            int filled = (int) Math.round(fraction * BAR);
            b.append(String.format(Locale.ROOT, "%3d%% [", (int) Math.floor(fraction * 100)))
                    .append("#".repeat(filled))
                    .append("-".repeat(BAR - filled))
                    .append("]  ")
                    .append(readOfTotal(read, total));
        } else {
            b.append(' ').append(bytes(read));
        }
        b.append("  ").append(bytes(bytesPerSecond)).append("/s");
        b.append("  ").append(count(linesPerSecond)).append(" lines/s");
        if (done) {
            b.append("  in ").append(clock(elapsedSeconds));
        } else if (total > 0 && read >= total) {
            b.append("  writing"); // all read; the stages still drain
        } else if (total > 0) {
            b.append("  ETA ")
                    .append(bytesPerSecond > 0 ? clock(Math.round((total - read) / bytesPerSecond)) : "--:--");
        }
        return b.toString();
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
