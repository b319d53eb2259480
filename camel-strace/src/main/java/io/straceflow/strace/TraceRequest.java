package io.straceflow.strace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What to trace, as the command line (or a YAML route) asked for it. Bound in the registry as
 * {@code traceRequest} by the CLI; the {@code strace:} endpoint picks it up.
 */
public final class TraceRequest {
    /** run: start a program; attach: trace running pids; replay: read saved output. */
    public enum Mode {
        RUN,
        ATTACH,
        REPLAY
    }

    private Mode mode = Mode.RUN;
    private List<String> command = new ArrayList<>();
    private List<Integer> pids = new ArrayList<>();
    private List<String> files = new ArrayList<>();
    private List<String> straceOptions = new ArrayList<>();
    private String strace = "strace";
    private Duration grace = Duration.ofSeconds(5);
    private int maxLineBytes = LineReader.DEFAULT_MAX_LINE;
    private String cpus;

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public List<String> getCommand() {
        return command;
    }

    public void setCommand(List<String> command) {
        this.command = new ArrayList<>(command);
    }

    public List<Integer> getPids() {
        return pids;
    }

    public void setPids(List<Integer> pids) {
        this.pids = new ArrayList<>(pids);
    }

    /** Saved strace output files; "-" is standard input. */
    public List<String> getFiles() {
        return files;
    }

    public void setFiles(List<String> files) {
        this.files = new ArrayList<>(files);
    }

    /** Extra strace options from the user (-e expressions, -T, -Y, --seccomp-bpf …), passed through. */
    public List<String> getStraceOptions() {
        return straceOptions;
    }

    public void setStraceOptions(List<String> straceOptions) {
        this.straceOptions = new ArrayList<>(straceOptions);
    }

    /** The strace executable, resolved on PATH by the CLI. */
    public String getStrace() {
        return strace;
    }

    public void setStrace(String strace) {
        this.strace = strace;
    }

    /** How long the traced tree gets between SIGTERM and SIGKILL when straceflow is stopped. */
    public Duration getGrace() {
        return grace;
    }

    public void setGrace(Duration grace) {
        this.grace = grace;
    }

    /**
     * The longest line that is parsed: a longer one is kept whole in syscalls.log but never held in memory, and
     * becomes an unparsed event with its first this many bytes ({@code truncated}).
     */
    public int getMaxLineBytes() {
        return maxLineBytes;
    }

    public void setMaxLineBytes(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The CPUs that strace and the program of a run are kept on ({@code taskset -c} syntax, e.g. {@code 1} or {@code
     * 0-3}), or null for any. On one CPU, a ptrace stop and the tracer's answer are a context switch instead of a
     * wake-up of another, possibly idle, CPU: up to 3.6× faster for a syscall-heavy program on the 2-vCPU machines
     * measured (bench/live.sh), at the cost of the program's own parallelism.
     */
    public String getCpus() {
        return cpus;
    }

    public void setCpus(String cpus) {
        this.cpus = cpus;
    }
}
