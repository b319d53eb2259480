package io.straceflow.enrich;

import io.straceflow.parse.SecretMasker;
import java.io.IOException;
import java.util.List;

/**
 * Masks secrets in the command line /proc gives ({@code /proc/PID/cmdline} of a process whose execve the trace did
 * not show, e.g. the root of {@code attach}): a live process may hold {@code --password=x} there. Runs on the /proc
 * pool, so each read gets its own masker.
 */
final class RedactingProcReader implements ProcReader {
    private final ProcReader reader;

    RedactingProcReader(ProcReader reader) {
        this.reader = reader;
    }

    @Override
    public ProcSnapshot read(int pid) throws IOException {
        ProcSnapshot s = reader.read(pid);
        if (s == null || s.argv() == null) {
            return s;
        }
        List<String> argv = new SecretMasker().maskArgv(s.argv());
        return argv == s.argv()
                ? s
                : new ProcSnapshot(
                        s.pid(), s.tgid(), s.ppid(), s.comm(), s.exe(), argv, s.cwd(), s.uid(), s.startTicks());
    }
}
