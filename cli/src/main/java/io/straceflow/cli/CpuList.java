package io.straceflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * {@code run --cpus LIST}: checked before anything is started or written, since taskset would only fail once strace
 * was due to start (and the run then "produced no trace"). The list is taskset's {@code -c} syntax without strides;
 * each CPU must be one this process may run on (Cpus_allowed_list in /proc/self/status: online, and in its cpuset).
 */
final class CpuList {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final String ALLOWED = "Cpus_allowed_list:";

    private CpuList() {}

    /** {@code list} as given, once it names CPUs this process may use and taskset is there; a UserError otherwise. */
    static String check(String list) {
        BitSet wanted = parse(list);
        if (wanted == null || wanted.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "--cpus: not a CPU list (like 1, 0-3 or 0,2): " + list);
        }
        String allowed = allowed();
        BitSet usable = allowed == null ? null : parse(allowed);
        if (usable != null) {
            BitSet missing = (BitSet) wanted.clone();
            missing.andNot(usable);
            if (!missing.isEmpty()) {
                throw new UserError(
                        ExitCodes.USAGE,
                        "--cpus: CPU " + missing.nextSetBit(0) + " cannot be used here (these can: " + allowed + ")");
            }
        }
        if (Executables.find("taskset").isEmpty()) {
            throw new UserError(
                    ExitCodes.STRACE_MISSING,
                    "--cpus needs taskset, which is not installed (or not on PATH): install util-linux");
        }
        return list.strip();
    }

    /** The CPUs of a list like {@code 0-2,5}, or null if it is not one. */
    static BitSet parse(String list) {
        BitSet cpus = new BitSet();
        for (String part : list.strip().split(",", -1)) {
            String[] range = part.split("-", -1);
            if (range.length > 2
                    || !range[0].matches("\\d{1,4}")
                    || (range.length == 2 && !range[1].matches("\\d{1,4}"))) {
                return null;
            }
            int from = Integer.parseInt(range[0]);
            int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
            if (to < from) {
                return null;
            }
            cpus.set(from, to + 1);
        }
        return cpus;
    }

    /** The CPUs this process may run on, as the kernel lists them, or null where it does not say. */
    private static String allowed() {
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(l -> l.startsWith(ALLOWED))
                    .map(l -> l.substring(ALLOWED.length()).strip())
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
