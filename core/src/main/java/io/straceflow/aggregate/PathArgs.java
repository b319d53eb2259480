package io.straceflow.aggregate;

import java.util.HashMap;
import java.util.Map;

/**
 * Which arguments of a syscall are path names, by position (0-based, as strace prints them). Only these are paths:
 * a string argument of any other call (getrandom's buffer, write's data, prctl's name, memfd_create's name) is
 * not. An action's {@code path} and the report's paths table use this table; docs/actions.md lists it.
 */
public final class PathArgs {
    private static final int[] NONE = {};
    private static final Map<String, int[]> POSITIONS = new HashMap<>();

    static {
        // the path is the first argument
        for (String name : words("open creat execve stat lstat stat64 lstat64 access readlink statfs statfs64 truncate "
                + "truncate64 chdir chroot chmod chown lchown chown32 lchown32 mkdir rmdir unlink utime "
                + "utimes mknod uselib acct swapon swapoff getxattr lgetxattr setxattr lsetxattr listxattr "
                + "llistxattr removexattr lremovexattr umount umount2 oldstat oldlstat")) {
            POSITIONS.put(name, new int[] {0});
        }
        // *at calls: a dirfd, then the path
        for (String name :
                words("openat openat2 execveat newfstatat fstatat64 statx faccessat faccessat2 readlinkat mkdirat "
                        + "unlinkat fchmodat fchmodat2 fchownat utimensat futimesat mknodat name_to_handle_at "
                        + "open_tree inotify_add_watch getxattrat setxattrat listxattrat removexattrat")) {
            POSITIONS.put(name, new int[] {1});
        }
        POSITIONS.put("rename", new int[] {0, 1});
        POSITIONS.put("link", new int[] {0, 1});
        POSITIONS.put("symlink", new int[] {0, 1}); // the target, then the new link
        POSITIONS.put("pivot_root", new int[] {0, 1});
        POSITIONS.put("renameat", new int[] {1, 3});
        POSITIONS.put("renameat2", new int[] {1, 3});
        POSITIONS.put("linkat", new int[] {1, 3});
        POSITIONS.put("symlinkat", new int[] {0, 2});
        POSITIONS.put("mount", new int[] {1}); // the source is a device name or "none", the target a directory
        POSITIONS.put("fanotify_mark", new int[] {4});
        POSITIONS.put("quotactl", new int[] {1});
    }

    private PathArgs() {}

    private static String[] words(String names) {
        return names.split(" ");
    }

    /** The positions of {@code syscall}'s path arguments, in order; empty for a call that takes none. */
    public static int[] positions(String syscall) {
        return syscall == null ? NONE : POSITIONS.getOrDefault(syscall, NONE);
    }

    /** Whether {@code syscall} takes a path argument at all. */
    public static boolean takesPath(String syscall) {
        return positions(syscall).length > 0;
    }
}
