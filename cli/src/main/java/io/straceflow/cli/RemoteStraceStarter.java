package io.straceflow.cli;

import io.straceflow.strace.StraceStarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * strace started by the launcher a standby JVM serves (Standby): the JVM sends the command line (wrapper, strace, its
 * flags), the launcher runs it in the user's session, terminal and environment, and sends back strace's pid and, once
 * it ended, its exit code. The launcher also gives the terminal back to its own process group afterwards.
 */
final class RemoteStraceStarter implements StraceStarter {
    /** Exit code taken when the launcher is gone and cannot say: as if strace had been stopped by SIGTERM. */
    private static final int GONE = 128 + 15;

    private final OutputStream reply;
    private final CompletableFuture<Long> pid = new CompletableFuture<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    RemoteStraceStarter(OutputStream reply) {
        this.reply = reply;
    }

    @Override
    public Started start(List<String> command, boolean keepErrors) throws IOException {
        if (keepErrors) {
            throw new IOException("a standby JVM runs only `run`"); // the launcher never sends it another command
        }
        List<String> message = new ArrayList<>(List.of("run", Integer.toString(command.size())));
        message.addAll(command);
        StandbyChannel.write(reply, message);
        long started;
        try {
            started = pid.get();
        } catch (ExecutionException e) {
            throw new IOException(
                    "the launcher did not start strace: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the launcher started strace", e);
        }
        return new Started() {
            @Override
            public long pid() {
                return started;
            }

            @Override
            public CompletableFuture<Integer> onExit() {
                return exit;
            }

            @Override
            public InputStream errors() {
                return null;
            }
        };
    }

    @Override
    public void restoreForeground() {
        // the launcher does it: the terminal and the process group are its own
    }

    /** Reads the launcher's messages until it closes its end: strace's pid and exit, and signals it received. */
    void listen(InputStream fromLauncher) throws IOException {
        String word;
        while ((word = StandbyChannel.read(fromLauncher)) != null) {
            String value = StandbyChannel.require(fromLauncher);
            switch (word) {
                case "pid" -> pid.complete(Long.parseLong(value));
                case "exit" -> exit.complete(Integer.parseInt(value));
                case "signal" -> SignalForwarder.deliver(Integer.parseInt(value));
                default -> throw new IOException("unknown message from the launcher: " + word);
            }
        }
        launcherGone();
    }

    /**
     * The launcher is gone (killed, SIGKILL included) before strace ended: the run is stopped as a SIGTERM would stop
     * it (the program must not run on), and strace's end is learnt from the process itself.
     */
    void launcherGone() {
        pid.completeExceptionally(new IOException("the launcher is gone"));
        if (exit.isDone()) {
            return;
        }
        SignalForwarder.deliver(15);
        Long known = pid.isCompletedExceptionally() ? null : pid.getNow(null);
        if (known == null) {
            exit.complete(GONE);
            return;
        }
        ProcessHandle.of(known)
                .map(ProcessHandle::onExit)
                .orElse(CompletableFuture.completedFuture(null))
                .thenRun(() -> exit.complete(GONE));
    }
}
