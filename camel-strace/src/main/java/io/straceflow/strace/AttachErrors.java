package io.straceflow.strace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * strace's stderr for {@code attach}, where strace starts no program that would share it. Every line goes on to
 * straceflow's stderr, but a refused attach, {@code strace: attach: ptrace(PTRACE_SEIZE, 812): Operation not
 * permitted}, is said in straceflow's words with the likely cause, and remembered: when strace could attach to none of
 * the processes, the run traced nothing and the command line ends it with its own exit code.
 */
final class AttachErrors {
    private static final Pattern REFUSED = Pattern.compile(".*strace: attach: ptrace\\(PTRACE_SEIZE, (\\d+)\\): (.+)");

    private final Set<Long> refused = ConcurrentHashMap.newKeySet();
    private final Thread reader;

    private AttachErrors(InputStream stderr, PrintStream err) {
        reader = new Thread(() -> copy(stderr, err), "strace-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts relaying {@code stderr} (strace's) to {@code err}. */
    static AttachErrors relay(InputStream stderr, PrintStream err) {
        return new AttachErrors(stderr, err);
    }

    private void copy(InputStream stderr, PrintStream err) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher m = REFUSED.matcher(line);
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    refused.add(pid);
                    err.println("straceflow: cannot attach to " + pid + ": " + m.group(2) + hint(pid, m.group(2)));
                } else {
                    err.println(line);
                }
            }
        } catch (IOException e) {
            err.println("straceflow: reading strace's errors: " + e.getMessage());
        }
    }

    /** Why the kernel said no, when it can be told. */
    private static String hint(long pid, String reason) {
        if (!reason.startsWith("Operation not permitted")) {
            return "";
        }
        Long tracer = ProcStat.tracer(pid);
        if (tracer != null && tracer != 0) {
            String name = ProcessHandle.of(tracer)
                    .flatMap(h -> h.info().command())
                    .map(c -> " (" + c + ")")
                    .orElse("");
            return "; it is already traced by pid " + tracer + name;
        }
        return "; tracing another user's process needs root or CAP_SYS_PTRACE"
                + " (see also /proc/sys/kernel/yama/ptrace_scope)";
    }

    /** Waits until strace's stderr is closed (strace has exited), then says whether none of {@code pids} was traced. */
    boolean refusedAll(Collection<Integer> pids) throws InterruptedException {
        reader.join(5000);
        return !pids.isEmpty() && pids.stream().allMatch(p -> refused.contains(p.longValue()));
    }
}
