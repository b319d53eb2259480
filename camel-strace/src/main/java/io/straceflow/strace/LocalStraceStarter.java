package io.straceflow.strace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** strace as a child of this JVM, with the JVM's standard input, output and error ({@link InheritedStdio}). */
final class LocalStraceStarter implements StraceStarter {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStraceStarter.class);

    /** Gives the terminal back to straceflow's own group once strace is gone. */
    private static final String RESTORE_FOREGROUND =
            "use POSIX (); if (-t STDIN) { $SIG{TTOU} = \"IGNORE\"; POSIX::tcsetpgrp(0, $ARGV[0]); }";

    @Override
    public Started start(List<String> command, boolean keepErrors) throws IOException {
        ProcessBuilder pb = InheritedStdio.applyTo(new ProcessBuilder(command));
        if (keepErrors) {
            pb.redirectError(ProcessBuilder.Redirect.PIPE);
        }
        Process p = pb.start();
        CompletableFuture<Integer> exit = p.onExit().thenApply(Process::exitValue);
        return new Started() {
            @Override
            public long pid() {
                return p.pid();
            }

            @Override
            public CompletableFuture<Integer> onExit() {
                return exit;
            }

            @Override
            public InputStream errors() {
                return keepErrors ? p.getErrorStream() : null;
            }
        };
    }

    @Override
    public void restoreForeground() {
        Long ours = ProcStat.pgrp(ProcessHandle.current().pid());
        if (ours == null) {
            return;
        }
        try {
            new ProcessBuilder("perl", "-e", RESTORE_FOREGROUND, ours.toString())
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            LOG.debug("could not restore the terminal's foreground group: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
