package io.straceflow.strace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes of one live trace, held by a small perl process (the guard) that outlives straceflow's JVM.
 *
 * <p>Why a separate process: when the JVM dies without running any code (kill -9, the OOM killer, a crash), nothing
 * in it can stop strace, and strace and the traced program would run on under init (strace printing "Broken pipe"
 * for every line it could no longer write). Measured alternatives: strace 6.1 has no --kill-on-exit; a parent-death
 * signal on strace kills strace only, and its tracees are then detached and run on; a parent-death signal on the
 * program would put an extra execve into the trace and miss grandchildren. The guard reads commands on its standard
 * input, a pipe from the JVM; end of file without "done" means the JVM is gone, and the guard ends the run as
 * straceflow would have: {@code run} kills every traced process (then strace), {@code attach} stops strace, which
 * detaches and leaves the processes running. Then it removes the FIFO's private directory and says so on stderr.
 *
 * <p>Who belongs to the run: strace's process group and every process whose tracer is strace (TracerPid in
 * /proc/PID/status): a child that called setsid() or setpgid() has left the group but is still traced. They are
 * looked up right before each signal, so no pid is remembered (a remembered pid may since belong to another process);
 * strace itself is known by pid and start time. The guard also holds the FIFO open for reading ({@link #holdFifo}): once the
 * JVM is gone, strace's writes wait instead of failing, so it prints no "Broken pipe" and the program is held at its
 * next syscall. (Stopping strace with SIGSTOP instead does not hold: when the JVM, strace's parent, finishes dying,
 * strace's process group is orphaned and the kernel sends a stopped orphaned group SIGHUP and SIGCONT.)
 *
 * <p>The guard has a process group of its own and ignores the terminal's signals, so Ctrl+C, a closed terminal or a
 * kill of straceflow's group does not end it. Signals to the run also go through it (one implementation of "the
 * run's processes"), which spares a kill(1) process per signal.
 */
final class ProcessGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessGuard.class);

    /** Without backslashes, so that it reads the same here and as perl. Arguments: mode, strace pid, dir, JVM pid. */
    private static final String SCRIPT = """
            use strict; use warnings; use feature 'say'; use Fcntl;
            my ($mode, $strace, $dir, $jvm) = @ARGV;
            $SIG{$_} = 'IGNORE' for qw(INT TERM HUP QUIT PIPE TSTP TTIN TTOU);
            setpgrp(0, 0);
            chdir '/';
            my $fifo;
            # fields of /proc/PID/stat after the command name (which may hold spaces and parentheses):
            # state, process group, start time
            sub stat_of {
                open(my $f, '<', "/proc/$_[0]/stat") or return;
                my $s = <$f>;
                return unless defined $s;
                my @f = split / /, substr($s, rindex($s, ')') + 2);
                return ($f[0], $f[2], $f[19]);
            }
            my $started = (stat_of($strace))[2];
            sub strace_alive {
                my ($state, $pgrp, $start) = stat_of($strace);
                return defined $state && defined $started && $state ne 'Z' && $start eq $started;
            }
            sub tracer_of {
                open(my $f, '<', "/proc/$_[0]/status") or return 0;
                while (<$f>) { return $1 if /^TracerPid:[[:space:]]*([0-9]+)/ }
                return 0;
            }
            # the run's live processes but strace: its process group, and its tracees while it lives
            sub members {
                my $tracing = strace_alive();
                opendir(my $d, '/proc') or return ();
                my @m;
                for my $pid (grep { /^[0-9]+$/ } readdir $d) {
                    next if $pid == $strace || $pid == $$;
                    my ($state, $pgrp) = stat_of($pid);
                    next if !defined $state || $state eq 'Z' || $state eq 'X';
                    push @m, $pid if $pgrp == $strace || ($tracing && tracer_of($pid) == $strace);
                }
                return @m;
            }
            # attach: only strace is ours (it detaches on SIGTERM, the kernel detaches on SIGKILL)
            sub signal_run {
                my ($sig, $with_strace) = @_;
                my @m = $mode eq 'attach' ? () : members();
                push @m, $strace if $with_strace && strace_alive();
                kill $sig, @m if @m;
            }
            while (defined(my $cmd = <STDIN>)) {
                chomp $cmd;
                if ($cmd eq 'hold') { sysopen($fifo, "$dir/trace.fifo", O_RDONLY | O_NONBLOCK) }
                elsif ($cmd eq 'term') { signal_run('TERM', 1) }
                elsif ($cmd eq 'kill') { signal_run('KILL', 0) }
                elsif ($cmd eq 'end') { signal_run('KILL', 1) }
                elsif ($cmd eq 'done') { signal_run('KILL', 1); exit 0 }
            }
            # end of file without "done": straceflow's JVM is gone
            my %killed;
            if ($mode eq 'attach') {
                kill 'TERM', $strace if strace_alive();
                for (1 .. 250) { # up to 5 s; lines written meanwhile are dropped, so strace is not held up
                    1 while $fifo && sysread($fifo, my $lines, 65536);
                    last unless strace_alive();
                    select(undef, undef, undef, 0.02);
                }
            } else {
                # again until no new one: a child forked meanwhile is traced too (-f), so the next look finds it
                while (my @m = grep { !$killed{$_} } members()) {
                    kill 'KILL', @m;
                    $killed{$_} = 1 for @m;
                }
            }
            kill 'KILL', $strace if strace_alive();
            unlink "$dir/trace.fifo";
            rmdir $dir;
            say STDERR "straceflow: straceflow (pid $jvm) ended before its trace: ",
                $mode eq 'attach' ? 'detached from the traced processes'
                    : 'stopped the traced program (' . scalar(keys %killed) . ' processes)';
            """;

    private final Process process;
    private final OutputStream commands;
    private boolean lost;
    private boolean closed;

    private ProcessGuard(Process process) {
        this.process = process;
        this.commands = process.getOutputStream();
    }

    /**
     * Starts the guard of the trace whose strace has pid {@code strace}; {@code fifoDir} is removed if the JVM dies.
     * The guard's stderr is straceflow's (when it was given one).
     */
    static ProcessGuard start(long strace, boolean attach, Path fifoDir) throws IOException {
        List<String> cmd = List.of(
                "perl",
                "-e",
                SCRIPT,
                attach ? "attach" : "run",
                Long.toString(strace),
                fifoDir.toString(),
                Long.toString(ProcessHandle.current().pid()));
        return new ProcessGuard(new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(InheritedStdio.error())
                .start());
    }

    /**
     * The JVM has opened the FIFO: the guard opens it too, as a second reader that reads nothing, so that once the JVM
     * is gone strace's writes wait instead of failing ("Broken pipe" on the user's terminal for every line) until the
     * guard has ended the run. Not sooner: with a reader of the guard's, strace (or the JVM's own writer that unblocks
     * the reader when strace failed early) could open and close the FIFO before the JVM opened it, and the JVM's open
     * would then wait for a writer forever.
     */
    void holdFifo() {
        send("hold");
    }

    /** SIGTERM to every traced process and strace ({@code attach}: to strace only, which detaches). */
    void term() {
        send("term");
    }

    /** SIGKILL to every traced process but strace, which lives on to record how they died ({@code attach}: none). */
    void kill() {
        send("kill");
    }

    /** SIGKILL to whatever of the run is left, strace included. */
    void end() {
        send("end");
    }

    /** The trace is over: the guard kills anything of the run still alive (nothing, normally) and exits. */
    @Override
    public void close() {
        synchronized (this) {
            send("done");
            closed = true;
            try {
                commands.close();
            } catch (IOException e) {
                LOG.debug("closing the process guard: {}", e.getMessage());
            }
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                LOG.debug("the process guard is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void send(String command) {
        if (closed) {
            return; // a grace period that ended with the trace
        }
        try {
            commands.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
            commands.flush();
        } catch (IOException e) {
            if (!lost) { // someone killed the guard: say it once, signals no longer reach the traced processes
                lost = true;
                LOG.warn("the process guard (pid {}) is gone: the traced processes get no signal", process.pid());
            }
        }
    }
}
