package io.straceflow.strace;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs strace with {@code -o FIFO} and reads its lines.
 *
 * <p>Why a FIFO: on stderr strace mixes the program's own stderr into the trace and splices notices
 * into syscall lines; with -o every line starts with a bare pid and the program keeps the user's
 * stdin, stdout and stderr. The FIFO lives in a private 0700 directory that is removed afterwards.
 *
 * <p>Why a process group: strace is started through a one-line perl wrapper that calls setpgrp()
 * before exec, so strace and everything it starts form one group. Signals reach that group and every
 * process strace traces (a child that left the group included) through the run's {@link ProcessGuard}
 * (SIGTERM, then SIGKILL after a grace period), which also ends the run if straceflow's JVM dies.
 */
public final class LiveTrace implements TraceSource {
    private static final Logger LOG = LoggerFactory.getLogger(LiveTrace.class);

    /**
     * Base flags: every process, no attach/detach chatter on the user's stderr, microsecond wall clock, fd paths and
     * sockets, full structs, hex escapes.
     */
    public static final List<String> BASE_FLAGS = List.of("-f", "-q", "-tt", "-yy", "-v", "-x", "-s", "1000");

    private static final String PGRP_WRAPPER = "setpgrp(0,0) or die \"straceflow: setpgrp: $!\\n\";"
            + " exec {$ARGV[0]} @ARGV or die \"straceflow: cannot run $ARGV[0]: $!\\n\"";

    /**
     * For run with a terminal on stdin: the new group also becomes the terminal's foreground group,
     * else a traced program that reads the terminal would be stopped by SIGTTIN. Ctrl+C then reaches
     * the program as it would without straceflow. SIGTTOU is ignored only for the tcsetpgrp call.
     */
    private static final String FOREGROUND_WRAPPER = "use POSIX (); setpgrp(0,0) or die \"straceflow: setpgrp: $!\\n\";"
            + " if (-t STDIN) { local $SIG{TTOU} = \"IGNORE\"; POSIX::tcsetpgrp(0, getpgrp()); }"
            + " exec {$ARGV[0]} @ARGV or die \"straceflow: cannot run $ARGV[0]: $!\\n\"";

    private static final long STRACE_KILL_DELAY_MS = 2000;
    /** A live batch gathers what strace writes for this long (LineReader): ~100 lines at strace's pace here. */
    private static final long GATHER_MILLIS = 5;

    private final TraceRequest request;
    private final AtomicBoolean fifoOpened = new AtomicBoolean();
    private volatile ProcessGuard guard;
    private Path dir;
    private Path fifo;
    private StraceStarter.Started strace;
    private FifoPrefetch prefetch;
    private AttachErrors attachErrors;
    private volatile boolean ran;
    private volatile int interruptedBy;
    private volatile boolean escalated;
    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "straceflow-grace");
        t.setDaemon(true);
        return t;
    });

    public LiveTrace(TraceRequest request) {
        this.request = request;
    }

    /** The full command line: wrapper, strace, its flags, the FIFO and the target. */
    List<String> command(Path fifo) {
        String wrapper = runMode() ? FOREGROUND_WRAPPER : PGRP_WRAPPER;
        List<String> cmd = new ArrayList<>(List.of("perl", "-e", wrapper));
        if (request.getCpus() != null) {
            // taskset sets the affinity and execs strace (the same pid), whose children inherit it
            cmd.addAll(List.of("taskset", "-c", request.getCpus()));
        }
        cmd.add(request.getStrace());
        cmd.addAll(BASE_FLAGS);
        cmd.addAll(request.getStraceOptions());
        cmd.add("-o");
        cmd.add(fifo.toString());
        if (request.getMode() == TraceRequest.Mode.ATTACH) {
            for (Integer pid : request.getPids()) {
                cmd.add("-p");
                cmd.add(pid.toString());
            }
        } else {
            cmd.add("--");
            cmd.addAll(request.getCommand());
        }
        return cmd;
    }

    private boolean runMode() {
        return request.getMode() != TraceRequest.Mode.ATTACH;
    }

    /**
     * Starts strace now and reads its FIFO into memory until {@link #run} takes over: the command line calls this
     * before Camel starts, so the program does not wait the pipeline's start-up (~0.7 s) before it runs. Without it,
     * {@link #run} starts strace itself.
     */
    public synchronized void launch() throws IOException, InterruptedException {
        if (strace != null || interruptedBy != 0) {
            return;
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        FifoDir.removeStale(tmp);
        dir = FifoDir.create(tmp);
        fifo = dir.resolve(FifoDir.FIFO);
        Fifos.make(fifo);
        // attach: no program shares strace's stderr, which is read for refused attaches
        strace = StraceStarter.current().start(command(fifo), !runMode());
        if (!runMode()) {
            attachErrors = AttachErrors.relay(strace.errors(), System.err);
        }
        guard = ProcessGuard.start(strace.pid(), !runMode(), dir);
        // If strace dies before it opens the FIFO (bad option, exec failure), our open() would block
        // forever: open the write end ourselves so the reader sees end of file.
        Path f = fifo;
        strace.onExit().thenRun(() -> unblockReader(f));
        ProcessGuard g = guard;
        prefetch = new FifoPrefetch(fifo, () -> {
            fifoOpened.set(true);
            g.holdFifo();
        });
    }

    @Override
    public TraceEnd run(LineReader.BatchHandler handler) throws Exception {
        ran = true;
        try {
            launch();
            if (strace == null) {
                return new TraceEnd(128 + interruptedBy, 0, interruptedBy, null); // stopped before it started
            }
            long lines = readAll(handler);
            int straceExit = waitForStrace();
            if (runMode()) {
                StraceStarter.current().restoreForeground();
            } else if (lines == 0 && attachErrors.refusedAll(request.getPids())) {
                return new TraceEnd(straceExit, 0, interruptedBy, null, true);
            }
            return end(straceExit, lines);
        } finally {
            cleanUp();
        }
    }

    /**
     * Reads the FIFO into the pipeline. When the pipeline fails (a full disk), strace and the program are killed
     * before the FIFO is closed: strace would otherwise print "Broken pipe" for every line it still writes (hundreds
     * on the terminal before the group was killed).
     */
    private long readAll(LineReader.BatchHandler handler) throws Exception {
        try (InputStream in = prefetch.handOver()) {
            try {
                return new LineReader(in, 1, GATHER_MILLIS)
                        .maxLine(request.getMaxLineBytes())
                        .readAll(handler);
            } catch (Exception | Error e) {
                destroy();
                throw e;
            }
        }
    }

    /** After the pipeline: if it never ran this trace (it failed to start), stop strace and remove the FIFO. */
    public void abandonIfNotRun() {
        if (!ran) {
            destroy();
            cleanUp();
        }
    }

    private synchronized void cleanUp() {
        killer.shutdownNow();
        if (prefetch != null) {
            prefetch.abandon();
        }
        if (guard != null) {
            // strace waits for every tracee, so normally nobody is left; this catches escapes.
            guard.close();
        }
        try {
            if (fifo != null) {
                Files.deleteIfExists(fifo);
            }
            if (dir != null) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            LOG.debug("could not remove the trace FIFO: {}", e.getMessage());
        }
    }

    private TraceEnd end(int straceExit, long lines) {
        int sig = interruptedBy;
        if (sig != 0) {
            return new TraceEnd(128 + sig, lines, sig, null);
        }
        // strace exits with the tracee's status, or kills itself with the tracee's fatal signal,
        // which the JDK reports as 128+N: both are what straceflow must exit with.
        String failure = lines == 0 && straceExit != 0 ? "strace produced no trace (exit " + straceExit + ")" : null;
        return new TraceEnd(straceExit, lines, 0, failure);
    }

    private int waitForStrace() throws InterruptedException {
        try {
            return strace.onExit().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not learn how strace ended", e.getCause());
        }
    }

    private void unblockReader(Path fifo) {
        if (fifoOpened.get()) {
            return;
        }
        try (FileOutputStream ignored = new FileOutputStream(fifo.toFile())) {
            LOG.debug("strace exited before opening the trace FIFO");
        } catch (IOException e) {
            LOG.debug("could not unblock the FIFO reader: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void interrupt(int signal) {
        if (interruptedBy == 0) {
            interruptedBy = signal;
        }
        ProcessGuard g = guard;
        if (g == null) {
            return; // not started: launch() (synchronized, like this) will not start it
        }
        if (!escalated && signal == interruptedBy && !killer.isShutdown()) {
            escalated = true;
            g.term();
            long graceMs = request.getGrace().toMillis();
            killer.schedule(() -> killTree(g), graceMs, TimeUnit.MILLISECONDS);
        } else {
            killTree(g); // a second Ctrl+C does not wait for the grace period
        }
    }

    /**
     * SIGKILL the traced processes but not strace, so strace still writes their "+++ killed by SIGKILL"
     * lines and exits by itself; strace gets SIGKILL too if it is still there a little later.
     */
    private void killTree(ProcessGuard g) {
        g.kill();
        if (!killer.isShutdown()) {
            killer.schedule(g::end, STRACE_KILL_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        ProcessGuard g = guard;
        if (g != null) {
            g.end();
        }
    }
}
