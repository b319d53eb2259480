package io.straceflow.aggregate;

import io.straceflow.parse.SyscallEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The operation class of an event: what a person would say the program did. The table is documented in
 * docs/actions.md; keep both in step.
 */
public enum OpClass {
    READ("read", "pread64", "readv", "preadv", "preadv2", "recvfrom", "recvmsg", "recvmmsg", "recv"),
    WRITE(
            "write",
            "pwrite64",
            "writev",
            "pwritev",
            "pwritev2",
            "sendto",
            "sendmsg",
            "sendmmsg",
            "sendfile",
            "sendfile64",
            "send"),
    OPEN("open", "openat", "openat2", "creat", "open_by_handle_at"),
    CLOSE("close", "close_range"),
    STAT(
            "stat",
            "lstat",
            "fstat",
            "stat64",
            "lstat64",
            "fstat64",
            "newfstatat",
            "fstatat64",
            "statx",
            "statfs",
            "fstatfs",
            "access",
            "faccessat",
            "faccessat2",
            "readlink",
            "readlinkat"),
    SEEK("lseek", "_llseek"),
    LIST("getdents", "getdents64"),
    /** mmap with a file descriptor; anonymous mappings are {@link #MEMORY}. */
    MMAP(),
    MEMORY("brk", "munmap", "mprotect", "mremap", "madvise"),
    CONNECT("connect"),
    ACCEPT("accept", "accept4"),
    LISTEN("bind", "listen"),
    EXEC("execve", "execveat"),
    SPAWN("fork", "vfork", "clone", "clone3"),
    /** kill-type syscalls and delivered signals ({@code --- SIGCHLD ...}). */
    SIGNAL("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_send_signal"),
    /** exit syscalls and the {@code +++ exited/killed +++} lines. */
    EXIT("exit", "exit_group"),
    /** Every other syscall, so that each syscall event lands in exactly one action. */
    OTHER();

    private static final Map<String, OpClass> BY_SYSCALL = new HashMap<>();

    static {
        for (OpClass op : values()) {
            for (String name : op.syscalls) {
                BY_SYSCALL.put(name, op);
            }
        }
    }

    private final String[] syscalls;
    private final String json;

    OpClass(String... syscalls) {
        this.syscalls = syscalls;
        this.json = name().toLowerCase(Locale.ROOT);
    }

    /** The value of the action's {@code op} field. */
    public String json() {
        return json;
    }

    /**
     * The class of an event, or null for events that are not something the program did (notices, unparsed
     * lines): those are not aggregated.
     */
    public static OpClass of(SyscallEvent e) {
        switch (e.type()) {
            case SYSCALL:
                return ofSyscall(e);
            case SIGNAL:
                return SIGNAL;
            case EXIT:
            case KILLED:
                return EXIT;
            default:
                return null;
        }
    }

    /** The class of a syscall by its name alone (an anonymous mmap's {@link #MEMORY} needs the event: {@link #of}). */
    public static OpClass ofSyscall(String name) {
        return BY_SYSCALL.getOrDefault(name, OTHER);
    }

    private static OpClass ofSyscall(SyscallEvent e) {
        String name = e.syscall();
        if ("mmap".equals(name) || "mmap2".equals(name)) {
            // an anonymous mapping prints fd -1, which carries no -y decoration and so is no fd argument
            return EventFacts.objectFd(e, MMAP) == null ? MEMORY : MMAP;
        }
        return BY_SYSCALL.getOrDefault(name, OTHER);
    }

    /** Read/write classes: their return value is a byte count (except the *mmsg calls, see {@link EventFacts}). */
    boolean movesBytes() {
        return this == READ || this == WRITE;
    }

    /** Classes that act on a path name: an fd argument there is a directory (openat's dirfd), not the object. */
    boolean pathBased() {
        return this == OPEN || this == EXEC;
    }
}
