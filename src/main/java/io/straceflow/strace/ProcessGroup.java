package io.straceflow.strace;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Signals a whole process group. Java can signal a single process only, so this runs kill(1) with a
 * negative pid: strace and every process it started share one group that we created for them.
 */
final class ProcessGroup {
    private static final String KILL = new File("/bin/kill").canExecute() ? "/bin/kill" : "kill";

    private final long pgid;

    ProcessGroup(long pgid) {
        this.pgid = pgid;
    }

    long id() {
        return pgid;
    }

    /** Sends {@code signal} (e.g. "TERM", "KILL") to every member; a group with no members is fine. */
    void signal(String signal) {
        run(List.of(KILL, "-" + signal, "--", "-" + pgid));
    }

    private static void run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends {@code signal} to every member but {@code keep}: used to SIGKILL the traced processes while
     * strace itself lives on long enough to write how they died.
     */
    void signalAllBut(long keep, String signal) {
        List<String> cmd = new ArrayList<>(List.of(KILL, "-" + signal, "--"));
        ProcessHandle.allProcesses()
                .filter(this::inGroup)
                .filter(h -> h.pid() != keep)
                .forEach(h -> cmd.add(Long.toString(h.pid())));
        if (cmd.size() > 3) {
            run(cmd);
        }
    }

    /** True while some process of the group is alive (checked through /proc, Linux only). */
    boolean alive() {
        return ProcessHandle.allProcesses().anyMatch(this::inGroup);
    }

    private boolean inGroup(ProcessHandle h) {
        return Long.valueOf(pgid).equals(ProcStat.pgrp(h.pid()));
    }
}
