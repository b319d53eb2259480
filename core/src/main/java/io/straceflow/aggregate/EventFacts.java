package io.straceflow.aggregate;

import io.straceflow.parse.ArgValue;
import io.straceflow.parse.FdInfo;
import io.straceflow.parse.SyscallEvent;
import java.util.List;

/** What an action needs to know about one event: the fd it acts on, the path, the bytes it moved, the peer. */
final class EventFacts {
    private EventFacts() {}

    /** The fd the call acts on: the first decorated fd argument, none for path-based classes (a dirfd is no object). */
    static FdInfo objectFd(SyscallEvent e, OpClass op) {
        if (e.type() != io.straceflow.parse.EventType.SYSCALL || op.pathBased()) {
            return null;
        }
        for (ArgValue a : e.args()) {
            if (a instanceof ArgValue.Fd f && f.info().sym() == null) {
                return f.info();
            }
        }
        return null;
    }

    /** A file's path, else the -yy decoration as printed ({@code pipe:[6187]}, {@code TCP:[1.2.3.4:5->...]}). */
    static String describe(FdInfo fd) {
        if (fd == null) {
            return null;
        }
        return fd.path() != null ? fd.path() : fd.decoration();
    }

    /**
     * The path an event names: its fd's, else the opened fd's, else its first path argument ({@link PathArgs}: open,
     * stat, exec, mkdir, ...). Never another string argument (getrandom's buffer, write's data).
     */
    static String path(SyscallEvent e, FdInfo objectFd) {
        if (objectFd != null) {
            return describe(objectFd);
        }
        if (e.retFd() != null && e.retFd().path() != null) {
            return e.retFd().path();
        }
        int[] positions = PathArgs.positions(e.syscall());
        List<ArgValue> args = positions.length == 0 ? List.of() : e.args();
        for (int i : positions) {
            if (i < args.size() && args.get(i) instanceof ArgValue.Str s) {
                return s.text() != null ? s.text() : s.raw();
            }
        }
        return null;
    }

    /**
     * Bytes moved: the return value of a successful read/write-class call. recvmmsg/sendmmsg return a message
     * count, not bytes, so they add nothing here (their calls still count).
     */
    static long bytes(SyscallEvent e, OpClass op) {
        if (!op.movesBytes() || e.ret() == null || e.ret() <= 0 || e.errno() != null) {
            return 0;
        }
        String name = e.syscall();
        if ("recvmmsg".equals(name) || "sendmmsg".equals(name)) {
            return 0;
        }
        return e.ret();
    }

    /**
     * The other end of a connect/bind/accept: {@code 127.0.0.1:5432}, {@code [::1]:80}, a unix socket path; for
     * accept, the peer of the returned fd. Null when strace did not show it.
     */
    static String target(SyscallEvent e, OpClass op) {
        if (op == OpClass.ACCEPT) {
            FdInfo ret = e.retFd();
            return ret == null ? null : (ret.peer() != null ? ret.peer() : ret.decoration());
        }
        if (op != OpClass.CONNECT && !"bind".equals(e.syscall())) {
            return null;
        }
        List<ArgValue> args = e.args();
        return args.size() > 1 ? sockaddr(args.get(1)) : null;
    }

    private static String sockaddr(ArgValue v) {
        if (!(v instanceof ArgValue.Struct s)) {
            return null;
        }
        String port = null;
        String addr = null;
        for (int i = 0; i < s.keys().size(); i++) {
            String k = s.keys().get(i);
            if (k == null) {
                continue;
            }
            ArgValue val = s.values().get(i);
            switch (k) {
                case "sin_port", "sin6_port" -> port = callArg(val);
                case "sin_addr" -> addr = callArg(val);
                case "sin6_addr" -> addr = "[" + callArg(val) + "]";
                case "sun_path" -> addr = callArg(val);
                default -> {}
            }
        }
        if (addr == null) {
            return null;
        }
        return port == null ? addr : addr + ":" + port;
    }

    /** {@code htons(5432)} → 5432, {@code inet_addr("127.0.0.1")} → 127.0.0.1, {@code "/run/x.sock"} → itself. */
    private static String callArg(ArgValue v) {
        if (v instanceof ArgValue.Call c && !c.args().isEmpty()) {
            return callArg(c.args().get(c.args().size() - 1));
        }
        if (v instanceof ArgValue.Str s) {
            return s.text() != null ? s.text() : s.raw();
        }
        if (v instanceof ArgValue.Num n) {
            return n.value().toString();
        }
        return String.valueOf(v);
    }
}
