package io.straceflow.summary;

import io.straceflow.parse.ArgValue;
import java.util.Map;

/** Reading the typed arguments of an event (docs/events.md, "Argument values"), from its JSON or its objects. */
final class EventArgs {
    private EventArgs() {}

    /** An fd argument ({@code {"fd":3,"kind":"file","path":"/etc/x"}}). */
    static boolean isFd(ArgNode a) {
        return a != null && a.isObject() && a.path("fd").isIntegralNumber() && a.has("kind");
    }

    /** The file path of an fd argument (also of {@code AT_FDCWD</dir>}); null for pipes, sockets, undecorated fds. */
    static String filePath(ArgNode a) {
        return isFd(a)
                        && "file".equals(a.path("kind").asText())
                        && a.path("path").isTextual()
                ? a.path("path").asText()
                : null;
    }

    /** The file path of a real fd argument (not AT_FDCWD): the object a read, write, fstat, fchdir acts on. */
    static String objectPath(ArgNode a) {
        return isFd(a) && !a.has("sym") ? filePath(a) : null;
    }

    /** The first real fd argument (not AT_FDCWD), or null. */
    static ArgNode firstFd(ArgNode args) {
        for (ArgNode a : args) {
            if (isFd(a) && !a.has("sym")) {
                return a;
            }
        }
        return null;
    }

    /** A string argument's text ({@code "x"}, {@code {"str":...}}, or bytes that are no UTF-8 as {@link ArgValue.Str#printable}). */
    static String text(ArgNode a) {
        if (a == null) {
            return null;
        }
        if (a.isTextual()) {
            return a.asText();
        }
        if (a.isObject() && a.path("str").isTextual()) {
            return a.path("str").asText();
        }
        if (a.isObject() && a.path("hex").isTextual()) {
            return ArgValue.Str.printable(a.path("hex").asText());
        }
        return null;
    }

    /** Whether a flags argument holds {@code flag} ({@code {"flags":["O_WRONLY","O_CREAT"]}}, nested too). */
    static boolean hasFlag(ArgNode a, String flag) {
        if (a == null) {
            return false;
        }
        if (a.isTextual()) {
            return a.asText().equals(flag);
        }
        for (ArgNode child : a) {
            if (hasFlag(child, flag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The address of a sockaddr argument: {@code 127.0.0.1:5432}, {@code [::1]:80}, a unix socket path; null when
     * it is no sockaddr or names no address (netlink, an unnamed unix socket).
     */
    static String sockaddr(ArgNode a) {
        if (a == null || !a.isObject()) {
            return null;
        }
        if (a.has("exit") && a.has("entry")) {
            return sockaddr(a.path("exit"));
        }
        String port = null;
        String addr = null;
        boolean six = false;
        for (Map.Entry<String, ArgNode> f : a.fields()) {
            ArgNode v = f.getValue();
            switch (f.getKey()) {
                case "sin_port", "sin6_port" -> port = callValue(v);
                case "sin_addr" -> addr = callValue(v);
                case "sin6_addr" -> {
                    addr = "inet_pton".equals(v.path("call").asText()) ? inetPton(v) : callValue(v);
                    six = true;
                }
                case "sun_path" -> addr = callValue(v);
                default -> {
                    // strace prints an IPv6 address as an unnamed inet_pton(AF_INET6, "::1", &sin6_addr)
                    if (v.isObject() && "inet_pton".equals(v.path("call").asText())) {
                        addr = inetPton(v);
                        six = addr != null && addr.contains(":");
                    }
                }
            }
        }
        if (addr == null || addr.isEmpty()) {
            return null;
        }
        if (six) {
            addr = "[" + addr + "]";
        }
        return port == null ? addr : addr + ":" + port;
    }

    /** The address string of {@code inet_pton(AF_INET6, "::1", &sin6_addr)}. */
    private static String inetPton(ArgNode call) {
        for (ArgNode arg : call.path("args")) {
            String t = text(arg);
            if (t != null && (t.contains(":") || t.contains("."))) {
                return t;
            }
        }
        return null;
    }

    /** {@code htons(5432)} → 5432, {@code inet_addr("127.0.0.1")} → 127.0.0.1, a string → its text. */
    private static String callValue(ArgNode v) {
        if (v == null) {
            return null;
        }
        if (v.isObject() && v.has("call")) {
            ArgNode args = v.path("args");
            return args.size() == 0 ? null : callValue(args.path(args.size() - 1));
        }
        if (v.isNumber()) {
            return v.asText();
        }
        return text(v);
    }
}
