package io.straceflow.summary;

import io.straceflow.enrich.Ancestor;
import io.straceflow.enrich.ProcessInfo;
import io.straceflow.parse.EventType;
import io.straceflow.parse.SyscallEvent;
import java.util.List;

/**
 * An event as the pipeline holds it, the parsed {@link SyscallEvent} and the {@link ProcessInfo} the enricher gave
 * it: the {@link SummaryEvent} facts of the record enriched.jsonl gets from them, without its JSON.
 */
final class TypedEvent implements SummaryEvent {
    private SyscallEvent e;
    private Process process;

    /** Points this view at another event (one view serves a whole batch). */
    TypedEvent of(SyscallEvent event, ProcessInfo info) {
        this.e = event;
        this.process = info == null ? null : new TypedProcess(info);
        return this;
    }

    @Override
    public String type() {
        return e.type().json();
    }

    @Override
    public long pid() {
        return e.pid() == null ? 0 : e.pid();
    }

    @Override
    public Long timeUs() {
        return e.timeMicros();
    }

    @Override
    public Long durationUs() {
        return e.type() == EventType.SYSCALL ? e.durationMicros() : null;
    }

    @Override
    public String syscall() {
        return e.type() == EventType.SYSCALL && e.syscall() != null ? e.syscall() : "";
    }

    @Override
    public boolean unfinished() {
        return e.type() == EventType.SYSCALL && e.unfinished();
    }

    @Override
    public Long ret() {
        return e.type() == EventType.SYSCALL ? e.ret() : null;
    }

    @Override
    public String errno() {
        return e.type() == EventType.SYSCALL ? e.errno() : null;
    }

    @Override
    public boolean hasFd() {
        return e.type() == EventType.SYSCALL && e.fdNumber() != null;
    }

    @Override
    public ArgNode args() {
        return e.type() == EventType.SYSCALL ? TypedArg.list(e.args()) : ArgNode.MISSING;
    }

    @Override
    public ArgNode retFd() {
        return e.type() == EventType.SYSCALL ? TypedArg.fd(e.retFd()) : ArgNode.MISSING;
    }

    @Override
    public int exitCode() {
        return e.type() == EventType.EXIT && e.exitCode() != null ? e.exitCode() : 0;
    }

    @Override
    public String signal() {
        if (e.type() != EventType.SIGNAL && e.type() != EventType.KILLED) {
            return "";
        }
        return e.signal() == null ? "null" : e.signal(); // as its JSON: "signal":null
    }

    @Override
    public Process process() {
        return process;
    }

    private record TypedProcess(ProcessInfo p) implements Process {
        @Override
        public String id() {
            return p.id() == null ? "null" : p.id();
        }

        @Override
        public long tgid() {
            return p.tgid();
        }

        @Override
        public String parentId() {
            List<Ancestor> ancestors = p.ancestors();
            if (ancestors == null || ancestors.isEmpty()) {
                return null;
            }
            String id = ancestors.get(0).id();
            return id == null ? "null" : id;
        }

        @Override
        public Long startUs() {
            return p.startMicros();
        }

        @Override
        public String exe() {
            return p.exe();
        }

        @Override
        public List<String> argv() {
            List<String> argv = p.argv();
            for (int i = 0; argv != null && i < argv.size(); i++) {
                if (argv.get(i) == null) { // as its JSON: a null element reads "null"
                    return argv.stream().map(String::valueOf).toList();
                }
            }
            return argv;
        }
    }
}
