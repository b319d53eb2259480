package io.straceflow.summary;

import io.straceflow.aggregate.OpClass;
import io.straceflow.aggregate.PathArgs;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The paths table: which calls touched which path, from the syscall events ({@link SummaryEvent}: enriched.jsonl's,
 * or the run's as they pass). A path comes from a real fd argument (its -y path), the fd an open returned, or a path
 * argument ({@link PathArgs}); a relative one is made absolute with its dirfd ({@code AT_FDCWD</dir>}, {@code
 * 3</dir>}) or with the process's working directory, which every {@code AT_FDCWD</dir>} in its calls shows (children
 * start in their parent's). Only {@code .} segments and doubled slashes are removed: {@code ..} stays, since a
 * symlink can make it mean another place.
 *
 * <p>Operations, by their names in every report: {@value #OPENED}, {@value #CREATED} (opened with O_CREAT or creat
 * when the trace had not seen the path existing and it is no device; mknod, link, symlink), {@value #READ}, {@value #WRITTEN} (calls, and their bytes
 * in bytes_read/bytes_written), {@value #STAT} (stat, access, readlink, statfs, xattr reads), {@value #LISTED}
 * (getdents), {@value #RENAMED_FROM} (the old name of a rename), {@value #RENAMED_TO} (the new name), {@value
 * #UNLINKED}, {@value #MKDIR}, {@value #RMDIR}, {@value #EXEC}, {@value #CHDIR}, {@value #CHANGED} (chmod, chown,
 * utimes, truncate, xattr writes). A failed call counts under its errno and as {@code "VERB ERRNO"}: open, create,
 * read, write, stat, list, rename, unlink, mkdir, rmdir, exec, chdir, change.
 */
final class PathOps {
    static final String OPENED = "opened";
    static final String CREATED = "created";
    static final String READ = "read";
    static final String WRITTEN = "written";
    static final String STAT = "stat";
    static final String LISTED = "listed";
    static final String RENAMED_FROM = "renamed_from";
    static final String RENAMED_TO = "renamed_to";
    static final String UNLINKED = "unlinked";
    static final String MKDIR = "mkdir";
    static final String RMDIR = "rmdir";
    static final String EXEC = "exec";
    static final String CHDIR = "chdir";
    static final String CHANGED = "changed";

    /** Every operation name, in the order reports list them. */
    static final java.util.List<String> ALL = java.util.List.of(
            EXEC,
            CHDIR,
            OPENED,
            CREATED,
            READ,
            WRITTEN,
            STAT,
            LISTED,
            CHANGED,
            RENAMED_FROM,
            RENAMED_TO,
            MKDIR,
            RMDIR,
            UNLINKED);

    private static final Set<String> OPENS = Set.of("open", "openat", "openat2", "creat");
    /**
     * Besides the actions' stat class ({@link OpClass#STAT}): reading a path's extended attributes is looking at it
     * too, and so are the older and 64-bit forms the actions leave to OTHER.
     */
    private static final Set<String> MORE_STATS = Set.of(
            "statfs64",
            "fstatfs64",
            "getxattr",
            "lgetxattr",
            "fgetxattr",
            "listxattr",
            "llistxattr",
            "flistxattr",
            "oldstat",
            "oldlstat",
            "oldfstat");

    private static final Set<String> CHANGES = Set.of(
            "chmod",
            "fchmod",
            "fchmodat",
            "fchmodat2",
            "chown",
            "fchown",
            "lchown",
            "fchownat",
            "chown32",
            "fchown32",
            "lchown32",
            "utime",
            "utimes",
            "utimensat",
            "futimesat",
            "truncate",
            "ftruncate",
            "truncate64",
            "ftruncate64",
            "setxattr",
            "lsetxattr",
            "fsetxattr",
            "removexattr",
            "lremovexattr",
            "fremovexattr");
    private static final Set<String> CREATES = Set.of("link", "linkat", "symlink", "symlinkat", "mknod", "mknodat");

    private final RunSummary s;
    private final int maxPaths;
    /** Working directory of each process (trace id), as its calls last showed it. */
    private final Map<String, String> cwd = new HashMap<>();

    private long order;

    PathOps(RunSummary s, int maxPaths) {
        this.s = s;
        this.maxPaths = maxPaths;
    }

    /** One syscall event of process {@code processId} (child of {@code parentId}; both may be null). */
    void event(SummaryEvent e, String processId, String parentId) {
        if (!e.returned()) {
            return; // never returned: it did nothing the trace can show
        }
        String name = e.syscall();
        ArgNode args = e.args();
        String errno = e.errno();
        String dir = workingDirectory(args, processId, parentId);
        long ret = e.ret() == null ? 0 : e.ret();
        ArgNode retFd = e.retFd();
        OpClass op = OpClass.ofSyscall(name); // the actions' table of which call reads or writes

        if (OPENS.contains(name)) {
            String path = errno == null && retFd.has("path") ? EventArgs.filePath(retFd) : pathArg(name, args, 0, dir);
            if (path == null && errno == null) {
                path = pathArg(name, args, 0, dir);
            }
            boolean create = name.equals("creat") || EventArgs.hasFlag(args.path(flagsIndex(name)), "O_CREAT");
            if (errno == null) {
                // O_CREAT on a device (sh's >/dev/null) or on a path the trace already saw existing creates nothing
                boolean created = create && !retFd.has("dev") && !seenExisting(path);
                add(path, OPENED);
                if (created) {
                    add(path, CREATED);
                }
            } else {
                fail(path, create ? "create" : "open", errno);
            }
        } else if (name.equals("copy_file_range") || name.equals("splice") || name.startsWith("sendfile")) {
            // copy_file_range(in, off, out, ...), splice(in, off, out, ...), sendfile(out, in, ...)
            boolean outFirst = name.startsWith("sendfile");
            String in = EventArgs.objectPath(args.path(outFirst ? 1 : 0));
            String out = EventArgs.objectPath(args.path(outFirst ? 0 : 2));
            if (errno != null) {
                fail(in != null ? in : out, "read", errno);
            } else {
                long bytes = Math.max(0, ret);
                RunSummary.PathRow r = add(in, READ);
                if (r != null) {
                    r.bytesRead += bytes;
                }
                RunSummary.PathRow w = add(out, WRITTEN);
                if (w != null) {
                    w.bytesWritten += bytes;
                }
            }
        } else if (op == OpClass.READ || op == OpClass.WRITE) {
            boolean read = op == OpClass.READ;
            String path = EventArgs.objectPath(EventArgs.firstFd(args));
            if (errno != null) {
                fail(path, read ? "read" : "write", errno);
            } else if (path != null) {
                RunSummary.PathRow row = add(path, read ? READ : WRITTEN);
                long bytes = name.endsWith("mmsg") || ret <= 0 ? 0 : ret;
                if (row != null && read) {
                    row.bytesRead += bytes;
                } else if (row != null) {
                    row.bytesWritten += bytes;
                }
            }
        } else if (op == OpClass.STAT || MORE_STATS.contains(name)) {
            String path = PathArgs.takesPath(name)
                    ? pathArg(name, args, 0, dir)
                    : EventArgs.objectPath(EventArgs.firstFd(args));
            record(path, STAT, "stat", errno);
        } else if (name.equals("getdents") || name.equals("getdents64")) {
            record(EventArgs.objectPath(EventArgs.firstFd(args)), LISTED, "list", errno);
        } else if (name.startsWith("rename")) {
            String from = pathArg(name, args, 0, dir);
            String to = pathArg(name, args, 1, dir);
            if (errno != null) {
                fail(from, "rename", errno);
            } else {
                RunSummary.PathRow f = add(from, RENAMED_FROM);
                RunSummary.PathRow t = add(to, RENAMED_TO);
                if (f != null && to != null && f.renamedTo.size() < RunSummary.PathRow.RENAMES) {
                    f.renamedTo.add(to);
                }
                if (t != null && from != null && t.renamedFrom.size() < RunSummary.PathRow.RENAMES) {
                    t.renamedFrom.add(from);
                }
            }
        } else if (name.equals("unlink") || name.equals("unlinkat") || name.equals("rmdir")) {
            boolean dirRemoved = name.equals("rmdir") || EventArgs.hasFlag(args.path(2), "AT_REMOVEDIR");
            record(pathArg(name, args, 0, dir), dirRemoved ? RMDIR : UNLINKED, dirRemoved ? "rmdir" : "unlink", errno);
        } else if (name.equals("mkdir") || name.equals("mkdirat")) {
            record(pathArg(name, args, 0, dir), MKDIR, "mkdir", errno);
        } else if (name.equals("execve") || name.equals("execveat")) {
            record(pathArg(name, args, 0, dir), EXEC, "exec", errno);
        } else if (name.equals("chdir") || name.equals("fchdir")) {
            String path =
                    name.equals("chdir") ? pathArg(name, args, 0, dir) : EventArgs.objectPath(EventArgs.firstFd(args));
            record(path, CHDIR, "chdir", errno);
            if (errno == null && path != null && path.startsWith("/") && processId != null) {
                cwd.put(processId, path);
            }
        } else if (CREATES.contains(name)) {
            int[] positions = PathArgs.positions(name);
            record(pathArg(name, args, positions.length - 1, dir), CREATED, "create", errno);
        } else if (CHANGES.contains(name)) {
            String path = PathArgs.takesPath(name)
                    ? pathArg(name, args, 0, dir)
                    : EventArgs.objectPath(EventArgs.firstFd(args));
            record(path, CHANGED, "change", errno);
        }
    }

    /** The index of the open flags: open(path, flags), openat(dirfd, path, flags), openat2(dirfd, path, {flags}). */
    private static int flagsIndex(String name) {
        return name.equals("open") ? 1 : 2;
    }

    /** The working directory of the process: the AT_FDCWD its call shows, else the last one known (or its parent's). */
    private String workingDirectory(ArgNode args, String processId, String parentId) {
        if (processId == null) {
            return null;
        }
        for (ArgNode a : args) {
            if (EventArgs.isFd(a) && "AT_FDCWD".equals(a.path("sym").asText())) {
                String path = EventArgs.filePath(a);
                if (path != null) {
                    cwd.put(processId, path);
                    return path;
                }
            }
        }
        String known = cwd.get(processId);
        if (known == null && parentId != null && cwd.containsKey(parentId)) {
            known = cwd.get(parentId);
            cwd.put(processId, known);
        }
        return known;
    }

    /**
     * The {@code nth} path argument of the call, absolute when its dirfd or the working directory is known. An empty
     * or NULL path of an *at call (AT_EMPTY_PATH, utimensat(fd, NULL)) is the dirfd itself.
     */
    private static String pathArg(String name, ArgNode args, int nth, String cwd) {
        int[] positions = PathArgs.positions(name);
        if (nth >= positions.length) {
            return null;
        }
        int i = positions[nth];
        String p = EventArgs.text(args.path(i));
        String dirfd = i > 0 ? EventArgs.filePath(args.path(i - 1)) : null;
        if (p == null || p.isEmpty()) {
            return dirfd == null ? null : normalize(dirfd);
        }
        if (p.startsWith("/")) {
            return normalize(p);
        }
        String base = dirfd != null ? dirfd : cwd;
        return base == null ? p : normalize(base + "/" + p);
    }

    /** Drops {@code .} segments and doubled slashes; keeps {@code ..} (a symlink may make it mean another place). */
    static String normalize(String path) {
        if (!path.contains("//") && !path.contains("/.") && !path.startsWith("./")) {
            return path;
        }
        StringBuilder b = new StringBuilder(path.length());
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            b.append('/').append(seg);
        }
        if (!path.startsWith("/")) {
            b.deleteCharAt(0);
        }
        return b.length() == 0 ? (path.startsWith("/") ? "/" : ".") : b.toString();
    }

    private void record(String path, String op, String verb, String errno) {
        if (errno == null) {
            add(path, op);
        } else {
            fail(path, verb, errno);
        }
    }

    /** Whether the trace saw the path existing: a successful call on it since it last went away (unlink, rmdir, rename). */
    private boolean seenExisting(String path) {
        RunSummary.PathRow row = path == null ? null : s.paths.get(path);
        return row != null && row.present;
    }

    /** Counts {@code op} on {@code path}; the path's row, null when there is none (no path, or past the cap). */
    private RunSummary.PathRow add(String path, String op) {
        RunSummary.PathRow row = row(path);
        if (row != null) {
            row.operations.merge(op, 1L, Long::sum);
            row.present = !(op.equals(UNLINKED) || op.equals(RMDIR) || op.equals(RENAMED_FROM));
        }
        return row;
    }

    private void fail(String path, String verb, String errno) {
        RunSummary.PathRow row = row(path);
        if (row != null) {
            row.errors.merge(errno, 1L, Long::sum);
            row.failures.merge(verb + " " + errno, 1L, Long::sum);
        }
    }

    private RunSummary.PathRow row(String path) {
        if (path == null) {
            return null;
        }
        RunSummary.PathRow row = s.paths.get(path);
        if (row == null) {
            if (s.paths.size() >= maxPaths) {
                s.pathCallsUntracked++;
                return null;
            }
            row = new RunSummary.PathRow(path, order++);
            s.paths.put(path, row);
        }
        return row;
    }
}
