package io.straceflow.cli;

import io.straceflow.strace.Fifos;
import io.straceflow.strace.StraceStarter;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started ahead of the next {@code straceflow run} (STRACEFLOW_STANDBY=1): it loads and warms straceflow, Camel
 * and the pipeline on a small trace, then waits for a launcher, serves its one run and exits. A cold start costs
 * ~0.6 s before the program runs and again before the pipeline keeps up; a warm JVM serves {@code run -- true} in
 * ~0.15 s. One run per JVM: a run keeps the JVM-wide state it has today (signal handlers, System.out, exit), and no
 * run can see another's.
 *
 * <p>The launcher still starts strace (RemoteStraceStarter): the program must run in the user's session, terminal,
 * process group and environment, which a JVM started earlier does not have. The JVM takes a run only from a launcher in
 * the same directory, with the same environment and the same jar as its own (else it answers "mismatch", exits, and
 * the launcher starts a JVM of its own): paths, settings and PATH then mean what they would in a JVM of its own.
 *
 * <p>The files, in a private directory (0700, the launcher's): {@code warming.PID} while it warms, then the FIFO
 * {@code standby.PID}, also linked as {@code ready}, and the FIFOs of its answers in {@code io.PID/}: {@code reply} (ok,
 * strace's command line, the exit code), {@code out} and {@code err} (System.out and System.err). A launcher claims the
 * JVM by renaming {@code ready} (one rename wins), opens it (which wakes this JVM) and writes its request
 * (StandbyChannel); it keeps it open for strace's pid, exit and signals: its end means the launcher is gone, and the
 * run is stopped. The JVM made every file beforehand, so that a launcher's hand-over is a rename and two opens.
 */
final class Standby {
    static final String PROTOCOL = "straceflow-standby-1";

    /** Shell and terminal variables that differ between two launches from one shell and that straceflow ignores. */
    private static final Set<String> VOLATILE_ENV = Set.of("_", "OLDPWD", "PWD", "SHLVL", "COLUMNS", "LINES");

    private final Path dir;
    private final long pid = ProcessHandle.current().pid();
    private final Path fifo;
    private final Path ready;
    private final Path io;
    private final FileTime jarTime;
    private volatile boolean accepted;

    private Standby(Path dir) {
        this.dir = dir;
        this.fifo = dir.resolve("standby." + pid);
        this.ready = dir.resolve("ready");
        this.io = dir.resolve("io." + pid);
        this.jarTime = jarTime();
    }

    /**
     * Warms up, waits for a launcher and returns its run; exits the JVM when it serves none (another JVM is ready
     * already, the idle time ran out, or the launcher's run is not one this JVM can serve).
     */
    static Served serve(Path dir, Path training, long idleSeconds) {
        Standby s = new Standby(dir);
        try {
            return s.await(training, idleSeconds);
        } catch (IOException | RuntimeException e) {
            s.cleanUp();
            System.exit(ExitCodes.INTERNAL);
            return null;
        }
    }

    private Served await(Path training, long idleSeconds) throws IOException {
        Path warming = dir.resolve("warming." + pid);
        Files.writeString(warming, "");
        try {
            warmUp(training);
            Files.createDirectory(
                    io,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            Fifos.make(fifo, io.resolve("reply"), io.resolve("out"), io.resolve("err"));
            try {
                Files.createLink(ready, fifo);
            } catch (FileAlreadyExistsException e) {
                cleanUp(); // another JVM is ready: one is enough
                System.exit(0);
            }
        } finally {
            Files.deleteIfExists(warming);
        }
        // a signal now ends this JVM as it would any other (the warm-up's runs had taken the signals over)
        SignalForwarder.install(signal -> {
            cleanUp();
            Runtime.getRuntime().halt(128 + signal);
        });
        retireAfter(idleSeconds);
        InputStream in = new FileInputStream(fifo.toFile()); // returns once a launcher opens it
        accepted = true;
        removeNames();
        return accept(in);
    }

    /**
     * Runs a replay of the small training trace and three traced {@code true} ({@code -Dstraceflow.standby.warm-runs}),
     * in this JVM: the classes a run needs are loaded and its hot code compiled before a launcher waits for them. A
     * served {@code run -- true} took ~15 ms less after four than after one (the JIT's work on Camel's start).
     */
    private static void warmUp(Path training) throws IOException {
        Path scratch = Files.createTempDirectory("straceflow-standby");
        try {
            String out = scratch.resolve("replay").toString();
            execute("replay", "-q", "-o", out, training.toString());
            int runs = Integer.getInteger("straceflow.standby.warm-runs", 3);
            for (int i = 0; i < runs; i++) {
                execute("run", "-q", "-o", scratch.resolve("run" + i).toString(), "--", "true");
            }
        } finally {
            VerifyCommand.deleteTree(scratch);
        }
    }

    private static void execute(String... args) {
        StraceflowCli.commandLine(args).execute(args);
    }

    /** After {@code idleSeconds} without a launcher the JVM takes its FIFO back (unless one was claimed) and exits. */
    private void retireAfter(long idleSeconds) {
        Thread t = new Thread(
                () -> {
                    try {
                        TimeUnit.SECONDS.sleep(idleSeconds);
                        if (!accepted && takeBack()) {
                            cleanUp();
                            System.exit(0);
                        }
                        // claimed by a launcher that did not open it in all that time: it is gone
                        TimeUnit.SECONDS.sleep(idleSeconds);
                        if (!accepted) {
                            cleanUp();
                            System.exit(0);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "straceflow-standby-idle");
        t.setDaemon(true);
        t.start();
    }

    /** Removes {@code ready} if it is still this JVM's FIFO: false when a launcher renamed it first. */
    private boolean takeBack() {
        try {
            if (!Files.isSameFile(ready, fifo)) {
                return true; // not ours (ours was claimed, another JVM is ready since): nobody will open ours
            }
            Path gone = dir.resolve("gone." + pid);
            Files.move(ready, gone, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(gone);
            return true;
        } catch (IOException e) {
            return false; // ready is gone: a launcher claimed it and will open it
        }
    }

    private Served accept(InputStream in) throws IOException {
        if (!PROTOCOL.equals(StandbyChannel.require(in))) {
            cleanUp();
            System.exit(ExitCodes.INTERNAL); // a launcher of another version: it gets no reply and starts its own JVM
        }
        String launched = StandbyChannel.require(in);
        Path cwd = Path.of(StandbyChannel.require(in));
        String umask = StandbyChannel.require(in);
        Map<String, String> env = envMap(StandbyChannel.readList(in));
        List<String> args = StandbyChannel.readList(in);
        OutputStream reply = new FileOutputStream(io.resolve("reply").toFile()); // the launcher has it open
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUp)); // io.PID: open files stay readable

        String mismatch = mismatch(cwd, umask, env);
        if (mismatch != null) {
            StandbyChannel.write(reply, List.of("mismatch", mismatch));
            System.exit(0);
        }
        StandbyChannel.write(reply, List.of("ok", Long.toString(pid)));
        System.setOut(printStream(io.resolve("out")));
        System.setErr(printStream(io.resolve("err")));
        RemoteStraceStarter starter = new RemoteStraceStarter(reply);
        StraceStarter.install(starter);
        Thread listener = new Thread(
                () -> {
                    try {
                        starter.listen(in);
                    } catch (IOException | RuntimeException e) {
                        starter.launcherGone();
                    }
                },
                "straceflow-standby-launcher");
        listener.setDaemon(true);
        listener.start();
        StartupTiming.restart(launched);
        return new Served(args.toArray(String[]::new), reply);
    }

    /** Why this JVM cannot serve the launcher's run as a JVM of its own would, or null when it can. */
    private String mismatch(Path cwd, String umask, Map<String, String> env) throws IOException {
        if (!cwd.toRealPath().equals(Path.of(System.getProperty("user.dir")).toRealPath())) {
            return "another directory";
        }
        if (!umask.equals(ownUmask())) {
            return "another umask"; // the output files would get other permissions
        }
        Map<String, String> ours = new TreeMap<>(System.getenv());
        ours.keySet().removeAll(VOLATILE_ENV);
        if (!ours.equals(env)) {
            return "another environment";
        }
        if (jarTime == null || !jarTime.equals(jarTime())) {
            return "another build";
        }
        return null;
    }

    /** This JVM's umask as /proc/self/status gives it ("0022"); the launcher reads its own the same way. */
    private static String ownUmask() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Umask:")) {
                return line.substring("Umask:".length()).strip();
            }
        }
        return "";
    }

    private static Map<String, String> envMap(List<String> entries) {
        Map<String, String> env = new TreeMap<>();
        for (String e : entries) {
            int eq = e.indexOf('=');
            if (eq > 0) {
                env.put(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        env.keySet().removeAll(VOLATILE_ENV);
        return env;
    }

    private static PrintStream printStream(Path fifo) throws IOException {
        return new PrintStream(new FileOutputStream(fifo.toFile()), true, StandardCharsets.UTF_8);
    }

    private static FileTime jarTime() {
        try {
            Path jar = Path.of(Standby.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.getLastModifiedTime(jar);
        } catch (Exception e) {
            return null; // not from a jar (tests): never stale
        }
    }

    /** Every name of this JVM's FIFO: standby.PID, and the launcher's claim.PID once it opened it. */
    private void removeNames() {
        try (var names = Files.list(dir)) {
            for (Path p : names.toList()) {
                if (p.getFileName().toString().startsWith("claim.") && Files.isSameFile(p, fifo)) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(fifo);
        } catch (IOException e) {
            // the directory is the user's; a stale name is harmless (no JVM reads it)
        }
    }

    /** This JVM's files: its FIFO's names and io.PID (the launcher keeps what it opened). */
    private void cleanUp() {
        removeNames();
        try {
            for (String f : List.of("reply", "out", "err")) {
                Files.deleteIfExists(io.resolve(f));
            }
            Files.deleteIfExists(io);
        } catch (IOException e) {
            // as above
        }
    }

    /** A launcher's run: its arguments, and where its exit code goes once it ran. */
    record Served(String[] args, OutputStream reply) {
        /**
         * Sends the run's exit code after all of System.out and System.err, which it closes: the launcher's readers end
         * now, not when this JVM has finished exiting (~0.3 s later).
         */
        void finish(int rc) {
            System.out.close();
            System.err.close();
            try {
                StandbyChannel.write(reply, List.of("exit", Integer.toString(rc)));
            } catch (IOException e) {
                // the launcher is gone: nobody to tell
            }
        }
    }
}
