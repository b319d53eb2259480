package io.straceflow.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads /proc/PID/{status,stat,cmdline,exe,cwd}. A process that is gone yields null. So does one that nobody
 * traces: every process of a strace session is traced, so an untraced process under that pid is a stranger that
 * reused the pid after ours exited, and its data must not be mixed in.
 */
public final class LinuxProcReader implements ProcReader {
    private final Path proc;

    public LinuxProcReader() {
        this(Path.of("/proc"));
    }

    /** {@code proc} other than /proc: tests with a fake tree. */
    public LinuxProcReader(Path proc) {
        this.proc = proc;
    }

    @Override
    public ProcSnapshot read(int pid) throws IOException {
        Path dir = proc.resolve(Integer.toString(pid));
        String status;
        try {
            status = Files.readString(dir.resolve("status"), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException gone) {
            return null;
        }
        Integer tracer = statusInt(status, "TracerPid:");
        if (tracer == null || tracer == 0) {
            return null;
        }
        String comm = statusText(status, "Name:");
        Integer tgid = statusInt(status, "Tgid:");
        Integer ppid = statusInt(status, "PPid:");
        Integer uid = statusNth(status, "Uid:", 1);
        Long start = startTicks(dir);
        List<String> argv = cmdline(dir);
        String exe = link(dir.resolve("exe"));
        String cwd = link(dir.resolve("cwd"));
        return new ProcSnapshot(pid, tgid, ppid, comm, exe, argv, cwd, uid, start);
    }

    private static String statusText(String status, String key) {
        int at = status.startsWith(key) ? 0 : status.indexOf("\n" + key);
        if (at < 0) {
            return null;
        }
        int from = status.indexOf(key, at) + key.length();
        int end = status.indexOf('\n', from);
        return status.substring(from, end < 0 ? status.length() : end).strip();
    }

    private static Integer statusInt(String status, String key) {
        return statusNth(status, key, 0);
    }

    private static Integer statusNth(String status, String key, int n) {
        String text = statusText(status, key);
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\\s+");
        try {
            return parts.length > n ? Integer.valueOf(parts[n]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long startTicks(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"), StandardCharsets.ISO_8859_1);
            // comm may contain spaces and ')': the fields after it start past the last ')'; starttime is field 22
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.valueOf(f[19]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> cmdline(Path dir) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve("cmdline"));
            if (bytes.length == 0) {
                return null; // zombie or kernel thread
            }
            List<String> argv = new ArrayList<>();
            int from = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == 0) {
                    if (i > from || i < bytes.length) {
                        argv.add(new String(bytes, from, i - from, StandardCharsets.UTF_8));
                    }
                    from = i + 1;
                }
            }
            return argv;
        } catch (IOException e) {
            return null;
        }
    }

    private static String link(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // gone, or not ours to read
        }
    }
}
