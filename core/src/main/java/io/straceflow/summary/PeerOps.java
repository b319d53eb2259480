package io.straceflow.summary;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The network peers table, call by call from the syscall events ({@link SummaryEvent}): every connect, accept, bind,
 * and every sendto/recvfrom/sendmsg/recvmsg that names an address counts in the row of its operation, address and
 * process, with its errors. The bytes of a connection's reads and writes go to the row of the connect or accept that
 * made the socket (by process and fd, then by the socket's {@code local->peer} pair for a child that inherited it);
 * a connected socket whose connect or accept is not in the trace gets a row of operation {@code io}.
 */
final class PeerOps {
    private static final Set<String> READS =
            Set.of("read", "readv", "recv", "recvfrom", "recvmsg", "recvmmsg", "pread64", "preadv", "preadv2");
    private static final Set<String> WRITES = Set.of(
            "write",
            "writev",
            "send",
            "sendto",
            "sendmsg",
            "sendmmsg",
            "pwrite64",
            "pwritev",
            "pwritev2",
            "sendfile",
            "sendfile64");

    private final RunSummary s;
    private final int maxPeers;
    private final Map<String, RunSummary.PeerRow> rows = new HashMap<>();
    /** "processId fd" → the row of the connect or accept that made the socket. */
    private final Map<String, RunSummary.PeerRow> byFd = new HashMap<>();
    /** "PROTO local->peer" of an accepted or connected socket → its row. */
    private final Map<String, RunSummary.PeerRow> byConnection = new HashMap<>();

    PeerOps(RunSummary s, int maxPeers) {
        this.s = s;
        this.maxPeers = maxPeers;
    }

    void event(SummaryEvent e, String processId, long pid) {
        if (!e.returned()) {
            return;
        }
        String name = e.syscall();
        ArgNode args = e.args();
        String errno = e.errno();
        long ret = e.ret() == null ? 0 : e.ret();
        switch (name) {
            case "connect" -> {
                String address = EventArgs.sockaddr(args.path(1));
                if (address == null) {
                    return; // AF_UNSPEC (a disconnect), netlink: no peer
                }
                RunSummary.PeerRow row = call("connect", address, pid, errno);
                if (row != null) {
                    byFd.put(fdKey(processId, args.path(0)), row);
                }
            }
            case "accept", "accept4" -> {
                ArgNode got = e.retFd();
                String address =
                        got.path("peer").isTextual() ? got.path("peer").asText() : EventArgs.sockaddr(args.path(1));
                RunSummary.PeerRow row = call("accept", address, pid, errno);
                if (row != null && errno == null && EventArgs.isFd(got)) {
                    byFd.put(fdKey(processId, got), row);
                    String conn = connection(got);
                    if (conn != null) {
                        byConnection.put(conn, row);
                    }
                }
            }
            case "bind" -> {
                String address = EventArgs.sockaddr(args.path(1));
                if (address != null) {
                    call("bind", address, pid, errno);
                }
            }
            case "close" -> byFd.remove(fdKey(processId, args.path(0)));
            case "dup2", "dup3" -> {
                if (errno == null) {
                    byFd.remove(fdKey(processId, args.path(1)));
                }
            }
            default -> {
                boolean read = READS.contains(name);
                if (read || WRITES.contains(name)) {
                    io(name, read, args, errno, ret, processId, pid);
                }
            }
        }
    }

    private void io(String name, boolean read, ArgNode args, String errno, long ret, String processId, long pid) {
        ArgNode fd = args.path(0);
        if (!EventArgs.isFd(fd) || !"socket".equals(fd.path("kind").asText())) {
            return;
        }
        long bytes = errno != null || ret <= 0 || name.endsWith("mmsg") ? 0 : ret;
        // an address of its own: a datagram to or from someone (sendto/recvfrom's 5th argument, msghdr's msg_name)
        String address = null;
        if (name.equals("sendto") || name.equals("recvfrom")) {
            address = EventArgs.sockaddr(args.path(4));
        } else if (name.equals("sendmsg") || name.equals("recvmsg")) {
            address = EventArgs.sockaddr(args.path(1).path("msg_name"));
        }
        RunSummary.PeerRow row;
        if (address != null) {
            row = call(name, address, pid, errno);
        } else {
            row = byFd.get(fdKey(processId, fd));
            String conn = connection(fd);
            if (row == null && conn != null) {
                row = byConnection.get(conn);
            }
            if (row == null && fd.path("peer").isTextual()) {
                row = row("io", fd.path("peer").asText(), pid);
                if (row != null && conn != null) {
                    byConnection.put(conn, row);
                }
            }
            if (row != null && conn != null && !byConnection.containsKey(conn)) {
                byConnection.put(conn, row); // a connected socket's pair, known from its first read or write
            }
            if (row != null && errno != null) {
                row.errors.merge(errno, 1L, Long::sum);
            }
        }
        if (row != null && read) {
            row.bytesReceived += bytes;
        } else if (row != null) {
            row.bytesSent += bytes;
        }
    }

    /** Counts one call of {@code op} with {@code address} by {@code pid}; its row (null past the cap). */
    private RunSummary.PeerRow call(String op, String address, long pid, String errno) {
        RunSummary.PeerRow row = row(op, address, pid);
        if (row != null) {
            row.calls++;
            if (errno != null) {
                row.errors.merge(errno, 1L, Long::sum);
            }
        }
        return row;
    }

    private RunSummary.PeerRow row(String op, String address, long pid) {
        String key = op + ' ' + pid + ' ' + address;
        RunSummary.PeerRow row = rows.get(key);
        if (row == null) {
            if (rows.size() >= maxPeers) {
                s.peerCallsUntracked++;
                return null;
            }
            row = new RunSummary.PeerRow(op, address, pid);
            rows.put(key, row);
            s.peers.add(row);
        }
        return row;
    }

    private static String fdKey(String processId, ArgNode fd) {
        return processId + ' ' + fd.path("fd").asText();
    }

    /** {@code TCP 127.0.0.1:5000->127.0.0.1:41000} of a connected socket fd, else null. */
    private static String connection(ArgNode fd) {
        return fd.path("local").isTextual() && fd.path("peer").isTextual()
                ? fd.path("proto").asText() + ' ' + fd.path("local").asText() + "->"
                        + fd.path("peer").asText()
                : null;
    }
}
