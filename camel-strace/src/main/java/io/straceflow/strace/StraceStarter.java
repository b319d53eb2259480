package io.straceflow.strace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How this JVM starts strace: as its own child (the default), or, in a standby JVM that serves a command line started
 * elsewhere, through that command line (the program must run in the user's session, terminal and environment, which a
 * JVM started earlier does not have). One per JVM: a standby JVM serves one run and exits.
 */
public interface StraceStarter {
    /** A started strace. */
    interface Started {
        long pid();

        /** Completes with strace's exit code (128+N when a signal N killed it). */
        CompletableFuture<Integer> onExit();

        /** strace's stderr, when {@code start} was asked to keep it (attach); else null. */
        InputStream errors();
    }

    /**
     * Starts {@code command} (the wrapper, strace, its flags and the target).
     *
     * @param keepErrors read strace's stderr ({@link Started#errors}) instead of handing it the user's
     */
    Started start(List<String> command, boolean keepErrors) throws IOException;

    /** After strace of a run ended: the terminal back to straceflow's own process group, if it had given it away. */
    void restoreForeground();

    /** The starter this JVM uses: {@link LocalStraceStarter} unless {@link #install} said otherwise. */
    static StraceStarter current() {
        return Installed.starter;
    }

    /** For the standby JVM, before its one run. */
    static void install(StraceStarter starter) {
        Installed.starter = starter;
    }

    /** Holder of the installed starter. */
    final class Installed {
        private static volatile StraceStarter starter = new LocalStraceStarter();

        private Installed() {}
    }
}
