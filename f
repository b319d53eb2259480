20048 18:48:53.775434 wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20053
20048 18:48:53.775994 rt_sigaction(SIGINT, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:53.776518 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20048 18:48:53.776553 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20053, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20048 18:48:53.776573 wait4(-1, 0x7ffdc3f28890, WNOHANG, NULL) = -1 ECHILD (No child processes)
20048 18:48:53.776608 rt_sigreturn({mask=[]}) = 0
20048 18:48:53.776651 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20048 18:48:53.776674 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20048 18:48:53.776699 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20056 18:48:53.776855 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20048 18:48:53.776866 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20056
20056 18:48:53.776893 <... set_robust_list resumed>) = 0
20048 18:48:53.776923 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:53.776937 getpid( <unfinished ...>
20048 18:48:53.776947 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:53.776959 <... getpid resumed>) = 20056
20048 18:48:53.777077 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20056 18:48:53.777096 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20048 18:48:53.777107 <... rt_sigprocmask resumed>[], 8) = 0
20056 18:48:53.777662 <... rt_sigprocmask resumed>NULL, 8) = 0
20048 18:48:53.777682 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:53.777700 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20048 18:48:53.777710 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:53.777738 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:53.777752 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20056 18:48:53.777766 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20048 18:48:53.777775 <... rt_sigprocmask resumed>[], 8) = 0
20056 18:48:53.777791 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:53.777804 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.777818 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20048 18:48:53.777830 <... rt_sigaction resumed>{sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.777844 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:53.777853 rt_sigaction(SIGINT, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.777885 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20048 18:48:53.777894 <... rt_sigaction resumed>{sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:53.777910 wait4(-1,  <unfinished ...>
20056 18:48:53.777922 <... rt_sigaction resumed>{sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.778007 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.778251 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.778298 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.778327 rt_sigaction(SIGCHLD, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.778355 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:53.778384 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.778862 ioctl(2, TIOCGPGRP, 0x7ffdc3f297f4) = -1 ENOTTY (Inappropriate ioctl for device)
20056 18:48:53.779003 newfstatat(AT_FDCWD, ".", {st_mode=S_IFDIR|0755, st_size=4096, ...}, 0) = 0
20056 18:48:53.779046 newfstatat(AT_FDCWD, "/root/.cargo/bin/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779076 newfstatat(AT_FDCWD, "/root/.cargo/bin/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779108 newfstatat(AT_FDCWD, "/root/.pyenv/plugins/pyenv-virtualenv/shims/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779138 newfstatat(AT_FDCWD, "/root/.pyenv/shims/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779523 newfstatat(AT_FDCWD, "/root/.pyenv/bin/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779556 newfstatat(AT_FDCWD, "/usr/local/sbin/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779584 newfstatat(AT_FDCWD, "/usr/local/bin/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779610 newfstatat(AT_FDCWD, "/usr/sbin/sleep", 0x7ffdc3f29310, 0) = -1 ENOENT (No such file or directory)
20056 18:48:53.779637 newfstatat(AT_FDCWD, "/usr/bin/sleep", {st_mode=S_IFREG|0755, st_size=43888, ...}, 0) = 0
20056 18:48:53.779667 newfstatat(AT_FDCWD, "/usr/bin/sleep", {st_mode=S_IFREG|0755, st_size=43888, ...}, 0) = 0
20056 18:48:53.779696 geteuid()         = 0
20056 18:48:53.779718 getegid()         = 0
20056 18:48:53.780026 getuid()          = 0
20056 18:48:53.780050 getgid()          = 0
20056 18:48:53.780073 access("/usr/bin/sleep", X_OK) = 0
20056 18:48:53.780102 newfstatat(AT_FDCWD, "/usr/bin/sleep", {st_mode=S_IFREG|0755, st_size=43888, ...}, 0) = 0
20056 18:48:53.780143 geteuid()         = 0
20056 18:48:53.780164 getegid()         = 0
20056 18:48:53.780186 getuid()          = 0
20056 18:48:53.780590 getgid()          = 0
20056 18:48:53.780616 access("/usr/bin/sleep", R_OK) = 0
20056 18:48:53.780658 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:53.780684 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:53.780711 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20057
20057 18:48:53.781247 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:53.781258 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20057 18:48:53.781276 <... set_robust_list resumed>) = 0
20057 18:48:53.781307 getpid( <unfinished ...>
20056 18:48:53.781319 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:53.781362 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20057 18:48:53.781377 <... getpid resumed>) = 20057
20057 18:48:53.781761 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.781798 <... rt_sigprocmask resumed>[], 8) = 0
20057 18:48:53.781822 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.781835 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20057 18:48:53.781846 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20057 18:48:53.781863 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.781875 <... rt_sigprocmask resumed>NULL, 8) = 0
20057 18:48:53.781896 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.781905 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20057 18:48:53.781922 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.781991 <... rt_sigprocmask resumed>[], 8) = 0
20056 18:48:53.782015 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20057 18:48:53.782033 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.782348 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20057 18:48:53.782370 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.782379 wait4(-1,  <unfinished ...>
20057 18:48:53.782392 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20057 18:48:53.782410 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20057 18:48:53.782436 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20057 18:48:53.782513 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20057 18:48:53.783548 brk(NULL)         = 0x5654f1453000
20057 18:48:53.783761 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fd677aa7000
20057 18:48:53.783798 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20057 18:48:53.784087 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.784125 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.784155 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd677a9d000
20057 18:48:53.784184 close(3)          = 0
20057 18:48:53.784686 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.784723 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20057 18:48:53.784751 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20057 18:48:53.784777 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.784805 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20057 18:48:53.784831 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fd6778bb000
20057 18:48:53.784861 mmap(0x7fd6778e1000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fd6778e1000
20057 18:48:53.784893 mmap(0x7fd677a37000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fd677a37000
20057 18:48:53.784922 mmap(0x7fd677a8a000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fd677a8a000
20057 18:48:53.784958 mmap(0x7fd677a90000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fd677a90000
20057 18:48:53.784995 close(3)          = 0
20057 18:48:53.785282 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fd6778b8000
20057 18:48:53.785320 arch_prctl(ARCH_SET_FS, 0x7fd6778b8740) = 0
20057 18:48:53.785343 set_tid_address(0x7fd6778b8a10) = 20057
20057 18:48:53.785365 set_robust_list(0x7fd6778b8a20, 24) = 0
20057 18:48:53.785386 rseq(0x7fd6778b9060, 0x20, 0, 0x53053053) = 0
20057 18:48:53.785837 mprotect(0x7fd677a8a000, 16384, PROT_READ) = 0
20057 18:48:53.785890 mprotect(0x5654cd289000, 4096, PROT_READ) = 0
20057 18:48:53.785930 mprotect(0x7fd677ae2000, 8192, PROT_READ) = 0
20057 18:48:53.786046 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20057 18:48:53.786474 munmap(0x7fd677a9d000, 38759) = 0
20057 18:48:53.786544 getrandom("\x92\xca\x5b\xfc\x75\x76\xa6\x5a", 8, GRND_NONBLOCK) = 8
20057 18:48:53.786573 brk(NULL)         = 0x5654f1453000
20057 18:48:53.786596 brk(0x5654f1474000) = 0x5654f1474000
20057 18:48:53.786627 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.787612 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.787652 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd677400000
20057 18:48:53.787693 close(3)          = 0
20057 18:48:53.787723 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.787756 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.787788 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20057 18:48:53.787825 read(3, "", 4096) = 0
20057 18:48:53.787849 close(3)          = 0
20057 18:48:53.787877 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.787907 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.787959 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.787995 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd677aa6000
20057 18:48:53.788028 close(3)          = 0
20057 18:48:53.788054 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20057 18:48:53.788083 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.788110 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fd677a9f000
20057 18:48:53.788136 close(3)          = 0
20057 18:48:53.788161 futex(0x7fd677a8fa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20057 18:48:53.788190 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.788216 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.788243 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.788269 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd677a9e000
20057 18:48:53.788295 close(3)          = 0
20057 18:48:53.788321 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.788347 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.788562 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.788594 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd677a9d000
20057 18:48:53.788622 close(3)          = 0
20057 18:48:53.789131 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.789172 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.789201 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.789230 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b7000
20057 18:48:53.789259 close(3)          = 0
20057 18:48:53.789290 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.789317 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.789344 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.789371 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b6000
20057 18:48:53.789398 close(3)          = 0
20057 18:48:53.789424 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.789451 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.789717 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.789749 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b5000
20057 18:48:53.789778 close(3)          = 0
20057 18:48:53.789808 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.790028 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.790059 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.790087 close(3)          = 0
20057 18:48:53.790112 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.790139 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.790294 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b4000
20057 18:48:53.790326 close(3)          = 0
20057 18:48:53.790356 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.794110 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.794161 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.794196 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b3000
20057 18:48:53.794232 close(3)          = 0
20057 18:48:53.794270 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.794302 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.794329 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.794357 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b2000
20057 18:48:53.794441 close(3)          = 0
20057 18:48:53.794470 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.794499 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.794526 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.794553 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b1000
20057 18:48:53.794580 close(3)          = 0
20057 18:48:53.794614 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.794640 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.794668 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.794695 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd6778b0000
20057 18:48:53.794722 close(3)          = 0
20057 18:48:53.794747 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20057 18:48:53.794773 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20057 18:48:53.794799 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20057 18:48:53.794825 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd677859000
20057 18:48:53.794850 close(3)          = 0
20057 18:48:53.794908 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffee753fa10) = 0
20057 18:48:53.845060 close(1)          = 0
20057 18:48:53.845090 close(2)          = 0
20057 18:48:53.845116 exit_group(0)     = ?
20057 18:48:53.845261 +++ exited with 0 +++
20056 18:48:53.845267 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20057
20056 18:48:53.845296 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.845340 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.845365 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20057, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:53.845405 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:53.845430 rt_sigreturn({mask=[]}) = 0
20056 18:48:53.845480 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:53.845508 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.845579 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:53.845605 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:53.845633 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20062
20062 18:48:53.845840 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:53.845848 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20062 18:48:53.845863 <... set_robust_list resumed>) = 0
20062 18:48:53.845895 getpid( <unfinished ...>
20056 18:48:53.845902 <... rt_sigprocmask resumed>NULL, 8) = 0
20062 18:48:53.846163 <... getpid resumed>) = 20062
20062 18:48:53.846190 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20062 18:48:53.846223 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.846493 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20062 18:48:53.846506 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20062 18:48:53.846525 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.846538 <... rt_sigprocmask resumed>[], 8) = 0
20062 18:48:53.846563 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.846572 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20062 18:48:53.846586 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.846620 <... rt_sigprocmask resumed>NULL, 8) = 0
20062 18:48:53.846632 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.846641 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20062 18:48:53.846740 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.846752 <... rt_sigprocmask resumed>[], 8) = 0
20062 18:48:53.846770 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.847330 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20062 18:48:53.847354 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.847365 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20062 18:48:53.847385 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.847398 wait4(-1,  <unfinished ...>
20062 18:48:53.847408 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20062 18:48:53.847434 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20062 18:48:53.847953 brk(NULL)         = 0x55e17bb0d000
20062 18:48:53.849276 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ff4f6e6f000
20062 18:48:53.849322 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20062 18:48:53.849361 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.849393 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.849423 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6e65000
20062 18:48:53.849457 close(3)          = 0
20062 18:48:53.849487 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.849516 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20062 18:48:53.849542 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20062 18:48:53.849567 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.849594 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20062 18:48:53.849619 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ff4f6c83000
20062 18:48:53.849645 mmap(0x7ff4f6ca9000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7ff4f6ca9000
20062 18:48:53.849677 mmap(0x7ff4f6dff000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7ff4f6dff000
20062 18:48:53.849705 mmap(0x7ff4f6e52000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7ff4f6e52000
20062 18:48:53.849737 mmap(0x7ff4f6e58000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ff4f6e58000
20062 18:48:53.849773 close(3)          = 0
20062 18:48:53.849803 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ff4f6c80000
20062 18:48:53.849870 arch_prctl(ARCH_SET_FS, 0x7ff4f6c80740) = 0
20062 18:48:53.849894 set_tid_address(0x7ff4f6c80a10) = 20062
20062 18:48:53.849915 set_robust_list(0x7ff4f6c80a20, 24) = 0
20062 18:48:53.849972 rseq(0x7ff4f6c81060, 0x20, 0, 0x53053053) = 0
20062 18:48:53.850427 mprotect(0x7ff4f6e52000, 16384, PROT_READ) = 0
20062 18:48:53.850470 mprotect(0x55e143972000, 4096, PROT_READ) = 0
20062 18:48:53.850501 mprotect(0x7ff4f6eaa000, 8192, PROT_READ) = 0
20062 18:48:53.850541 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20062 18:48:53.850582 munmap(0x7ff4f6e65000, 38759) = 0
20062 18:48:53.850639 getrandom("\x98\x03\x04\x0a\xea\x31\xad\xed", 8, GRND_NONBLOCK) = 8
20062 18:48:53.850667 brk(NULL)         = 0x55e17bb0d000
20062 18:48:53.850688 brk(0x55e17bb2e000) = 0x55e17bb2e000
20062 18:48:53.851941 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.851985 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.852016 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6800000
20062 18:48:53.852051 close(3)          = 0
20062 18:48:53.852509 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.852547 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.852581 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20062 18:48:53.852650 read(3, "", 4096) = 0
20062 18:48:53.852674 close(3)          = 0
20062 18:48:53.852702 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.852733 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.852761 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.852789 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6e6e000
20062 18:48:53.852824 close(3)          = 0
20062 18:48:53.852850 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20062 18:48:53.853089 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.853119 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7ff4f6e67000
20062 18:48:53.853147 close(3)          = 0
20062 18:48:53.853174 futex(0x7ff4f6e57a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20062 18:48:53.853644 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.853679 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.853715 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.853743 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6e66000
20062 18:48:53.853770 close(3)          = 0
20062 18:48:53.853798 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.853826 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.853853 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.853881 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6e65000
20062 18:48:53.853906 close(3)          = 0
20062 18:48:53.854004 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.854248 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.854280 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.854553 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c7f000
20062 18:48:53.854585 close(3)          = 0
20062 18:48:53.854644 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.854674 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.854701 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.854803 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c7e000
20062 18:48:53.855354 close(3)          = 0
20062 18:48:53.855385 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.855418 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.855445 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.855473 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c7d000
20062 18:48:53.855499 close(3)          = 0
20062 18:48:53.855525 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.855552 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.855579 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.855921 close(3)          = 0
20062 18:48:53.855947 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.855996 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.856021 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c7c000
20062 18:48:53.856070 close(3)          = 0
20062 18:48:53.856098 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.856132 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.856159 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.856186 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c7b000
20062 18:48:53.856212 close(3)          = 0
20062 18:48:53.856238 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.856265 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.856291 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.856396 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c7a000
20062 18:48:53.856424 close(3)          = 0
20062 18:48:53.856492 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.857656 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.857693 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.857732 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c79000
20062 18:48:53.857761 close(3)          = 0
20062 18:48:53.857808 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.857837 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.857864 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.857892 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c78000
20062 18:48:53.857919 close(3)          = 0
20062 18:48:53.858021 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20062 18:48:53.858050 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20062 18:48:53.858077 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20062 18:48:53.858105 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff4f6c21000
20062 18:48:53.858131 close(3)          = 0
20062 18:48:53.858182 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd5dea8b90) = 0
20062 18:48:53.908381 close(1)          = 0
20062 18:48:53.908428 close(2)          = 0
20062 18:48:53.908461 exit_group(0)     = ?
20062 18:48:53.909222 +++ exited with 0 +++
20056 18:48:53.909254 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20062
20056 18:48:53.909300 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.909354 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.909424 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20062, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:53.909819 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:53.909861 rt_sigreturn({mask=[]}) = 0
20056 18:48:53.909982 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:53.910024 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.910398 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:53.910437 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:53.910472 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20064
20064 18:48:53.911064 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:53.911076 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20064 18:48:53.911096 <... set_robust_list resumed>) = 0
20064 18:48:53.911582 getpid( <unfinished ...>
20056 18:48:53.911594 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:53.911648 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20064 18:48:53.912179 <... getpid resumed>) = 20064
20064 18:48:53.912216 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.912276 <... rt_sigprocmask resumed>[], 8) = 0
20064 18:48:53.912309 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.912325 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20064 18:48:53.912341 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.912358 <... rt_sigprocmask resumed>NULL, 8) = 0
20064 18:48:53.912373 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.912387 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20064 18:48:53.912403 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.912419 <... rt_sigprocmask resumed>[], 8) = 0
20064 18:48:53.912436 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.912447 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20064 18:48:53.912480 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.912505 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20064 18:48:53.912524 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.912539 wait4(-1,  <unfinished ...>
20064 18:48:53.912551 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20064 18:48:53.912570 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20064 18:48:53.912603 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20064 18:48:53.912652 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20064 18:48:53.914334 brk(NULL)         = 0x5634dbc84000
20064 18:48:53.914681 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f9bd0984000
20064 18:48:53.914731 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20064 18:48:53.914782 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.914820 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.914858 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd097a000
20064 18:48:53.914891 close(3)          = 0
20064 18:48:53.914929 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.914963 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20064 18:48:53.914999 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20064 18:48:53.915031 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.915158 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20064 18:48:53.915518 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f9bd0798000
20064 18:48:53.915562 mmap(0x7f9bd07be000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f9bd07be000
20064 18:48:53.915602 mmap(0x7f9bd0914000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f9bd0914000
20064 18:48:53.915698 mmap(0x7f9bd0967000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f9bd0967000
20064 18:48:53.915743 mmap(0x7f9bd096d000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f9bd096d000
20064 18:48:53.915916 close(3)          = 0
20064 18:48:53.915956 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f9bd0795000
20064 18:48:53.916286 arch_prctl(ARCH_SET_FS, 0x7f9bd0795740) = 0
20064 18:48:53.916320 set_tid_address(0x7f9bd0795a10) = 20064
20064 18:48:53.916347 set_robust_list(0x7f9bd0795a20, 24) = 0
20064 18:48:53.916373 rseq(0x7f9bd0796060, 0x20, 0, 0x53053053) = 0
20064 18:48:53.916865 mprotect(0x7f9bd0967000, 16384, PROT_READ) = 0
20064 18:48:53.916928 mprotect(0x5634bb70c000, 4096, PROT_READ) = 0
20064 18:48:53.916968 mprotect(0x7f9bd09bf000, 8192, PROT_READ) = 0
20064 18:48:53.917021 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20064 18:48:53.917110 munmap(0x7f9bd097a000, 38759) = 0
20064 18:48:53.917524 getrandom("\x19\x9c\x78\xd6\xa3\x7b\x3d\x8c", 8, GRND_NONBLOCK) = 8
20064 18:48:53.917565 brk(NULL)         = 0x5634dbc84000
20064 18:48:53.917599 brk(0x5634dbca5000) = 0x5634dbca5000
20064 18:48:53.917641 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.918043 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.918086 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0400000
20064 18:48:53.918295 close(3)          = 0
20064 18:48:53.918336 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.918379 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.918420 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20064 18:48:53.918463 read(3, "", 4096) = 0
20064 18:48:53.918616 close(3)          = 0
20064 18:48:53.918653 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.918754 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.919070 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.919114 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0983000
20064 18:48:53.919791 close(3)          = 0
20064 18:48:53.919827 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20064 18:48:53.919868 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.919903 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f9bd097c000
20064 18:48:53.919938 close(3)          = 0
20064 18:48:53.919969 futex(0x7f9bd096ca4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20064 18:48:53.920004 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.920039 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.920072 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.920105 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd097b000
20064 18:48:53.920137 close(3)          = 0
20064 18:48:53.920168 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.920201 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.920396 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.920850 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd097a000
20064 18:48:53.920888 close(3)          = 0
20064 18:48:53.920973 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.921012 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.921046 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.921079 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0794000
20064 18:48:53.921112 close(3)          = 0
20064 18:48:53.921562 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.921616 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.921652 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.921687 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0793000
20064 18:48:53.922191 close(3)          = 0
20064 18:48:53.922230 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.922270 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.922304 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.922339 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0792000
20064 18:48:53.922372 close(3)          = 0
20064 18:48:53.922405 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.922437 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.922471 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.922515 close(3)          = 0
20064 18:48:53.923193 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.923236 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.923316 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0791000
20064 18:48:53.923353 close(3)          = 0
20064 18:48:53.923389 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.923426 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.923460 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.923494 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0790000
20064 18:48:53.923527 close(3)          = 0
20064 18:48:53.923560 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.923595 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.923925 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.923962 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd078f000
20064 18:48:53.924032 close(3)          = 0
20064 18:48:53.924068 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.924104 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.924525 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.924566 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd078e000
20064 18:48:53.924602 close(3)          = 0
20064 18:48:53.924641 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.924705 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.924741 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.925115 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd078d000
20064 18:48:53.925151 close(3)          = 0
20064 18:48:53.925186 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20064 18:48:53.925221 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20064 18:48:53.925254 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20064 18:48:53.925287 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f9bd0736000
20064 18:48:53.925318 close(3)          = 0
20064 18:48:53.925732 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc7d7ebe30) = 0
20064 18:48:53.995415 close(1)          = 0
20064 18:48:53.997223 close(2)          = 0
20064 18:48:53.997305 exit_group(0)     = ?
20064 18:48:53.997581 +++ exited with 0 +++
20056 18:48:53.997592 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20064
20056 18:48:53.997640 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.997691 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.997720 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20064, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:53.997773 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:53.997804 rt_sigreturn({mask=[]}) = 0
20056 18:48:53.997857 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:53.997885 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.997919 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:53.997987 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:53.998017 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20065
20065 18:48:53.998283 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:53.998291 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20065 18:48:53.998307 <... set_robust_list resumed>) = 0
20065 18:48:53.998344 getpid( <unfinished ...>
20056 18:48:53.998351 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:53.998398 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20065 18:48:53.998414 <... getpid resumed>) = 20065
20065 18:48:53.998436 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:53.998461 <... rt_sigprocmask resumed>[], 8) = 0
20065 18:48:53.998471 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.998509 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20065 18:48:53.998519 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.998532 <... rt_sigprocmask resumed>NULL, 8) = 0
20065 18:48:53.998546 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.998560 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20065 18:48:53.998574 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.998586 <... rt_sigprocmask resumed>[], 8) = 0
20065 18:48:53.998596 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20065 18:48:53.998620 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.998629 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20065 18:48:53.998645 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:53.998661 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20065 18:48:53.998679 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:53.998691 wait4(-1,  <unfinished ...>
20065 18:48:53.998702 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20065 18:48:53.998716 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20065 18:48:53.998753 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20065 18:48:53.999027 brk(NULL)         = 0x55edf6aaf000
20065 18:48:53.999244 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7efc35b07000
20065 18:48:53.999288 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20065 18:48:53.999326 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:53.999359 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20065 18:48:53.999391 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35afd000
20065 18:48:53.999418 close(3)          = 0
20065 18:48:53.999453 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:53.999483 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20065 18:48:53.999511 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20065 18:48:53.999537 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20065 18:48:53.999566 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20065 18:48:53.999598 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7efc3591b000
20065 18:48:53.999626 mmap(0x7efc35941000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7efc35941000
20065 18:48:53.999659 mmap(0x7efc35a97000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7efc35a97000
20065 18:48:53.999689 mmap(0x7efc35aea000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7efc35aea000
20065 18:48:53.999723 mmap(0x7efc35af0000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7efc35af0000
20065 18:48:53.999760 close(3)          = 0
20065 18:48:53.999792 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7efc35918000
20065 18:48:53.999824 arch_prctl(ARCH_SET_FS, 0x7efc35918740) = 0
20065 18:48:53.999848 set_tid_address(0x7efc35918a10) = 20065
20065 18:48:53.999870 set_robust_list(0x7efc35918a20, 24) = 0
20065 18:48:53.999893 rseq(0x7efc35919060, 0x20, 0, 0x53053053) = 0
20065 18:48:53.999997 mprotect(0x7efc35aea000, 16384, PROT_READ) = 0
20065 18:48:54.000042 mprotect(0x55edbe811000, 4096, PROT_READ) = 0
20065 18:48:54.000080 mprotect(0x7efc35b42000, 8192, PROT_READ) = 0
20065 18:48:54.000131 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20065 18:48:54.000174 munmap(0x7efc35afd000, 38759) = 0
20065 18:48:54.000237 getrandom("\xdc\x9b\x51\x68\x7f\x01\xa7\x4e", 8, GRND_NONBLOCK) = 8
20065 18:48:54.000267 brk(NULL)         = 0x55edf6aaf000
20065 18:48:54.000290 brk(0x55edf6ad0000) = 0x55edf6ad0000
20065 18:48:54.000322 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.000353 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.000383 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35600000
20065 18:48:54.000419 close(3)          = 0
20065 18:48:54.000448 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.000480 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.000512 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20065 18:48:54.000548 read(3, "", 4096) = 0
20065 18:48:54.000573 close(3)          = 0
20065 18:48:54.000600 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.000631 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.000660 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.000689 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35b06000
20065 18:48:54.000718 close(3)          = 0
20065 18:48:54.000745 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20065 18:48:54.000775 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.000803 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7efc35aff000
20065 18:48:54.000830 close(3)          = 0
20065 18:48:54.000857 futex(0x7efc35aefa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20065 18:48:54.000886 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.000914 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.000942 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.000970 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35afe000
20065 18:48:54.000997 close(3)          = 0
20065 18:48:54.001024 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.001052 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.001080 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.001108 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35afd000
20065 18:48:54.001147 close(3)          = 0
20065 18:48:54.001174 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.001202 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.001230 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.001258 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35917000
20065 18:48:54.001285 close(3)          = 0
20065 18:48:54.001312 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.001340 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.001368 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.001397 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35916000
20065 18:48:54.001424 close(3)          = 0
20065 18:48:54.001451 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.001479 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.001507 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.001535 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35915000
20065 18:48:54.001561 close(3)          = 0
20065 18:48:54.001588 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.001616 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.001644 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.001673 close(3)          = 0
20065 18:48:54.001698 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.001728 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.001756 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35914000
20065 18:48:54.001783 close(3)          = 0
20065 18:48:54.001811 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.001838 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.001866 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.001894 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35913000
20065 18:48:54.001921 close(3)          = 0
20065 18:48:54.002013 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.002046 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.002075 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.002104 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35912000
20065 18:48:54.002134 close(3)          = 0
20065 18:48:54.002162 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.002190 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.002219 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.002249 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35911000
20065 18:48:54.002302 close(3)          = 0
20065 18:48:54.002335 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.002365 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.002393 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.002422 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc35910000
20065 18:48:54.002450 close(3)          = 0
20065 18:48:54.002477 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20065 18:48:54.002509 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20065 18:48:54.002537 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20065 18:48:54.002566 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efc355a9000
20065 18:48:54.002593 close(3)          = 0
20065 18:48:54.002645 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffec6ee94c0) = 0
20065 18:48:54.052857 close(1)          = 0
20065 18:48:54.052914 close(2)          = 0
20065 18:48:54.052947 exit_group(0)     = ?
20065 18:48:54.053193 +++ exited with 0 +++
20056 18:48:54.053222 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20065
20056 18:48:54.053268 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.053323 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.053356 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20065, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.053381 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.053417 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.053485 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.053518 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.053562 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.053595 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.053629 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20066 18:48:54.053886 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.053899 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20066
20066 18:48:54.054014 <... set_robust_list resumed>) = 0
20056 18:48:54.054028 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.054102 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20066 18:48:54.054146 getpid()          = 20066
20066 18:48:54.054187 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:54.054205 <... rt_sigprocmask resumed>[], 8) = 0
20066 18:48:54.054243 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:54.054251 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20066 18:48:54.054270 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.054303 <... rt_sigprocmask resumed>NULL, 8) = 0
20066 18:48:54.054318 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.054333 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20066 18:48:54.054345 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20066 18:48:54.054366 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.054381 <... rt_sigprocmask resumed>[], 8) = 0
20066 18:48:54.054398 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.054423 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20066 18:48:54.054441 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.054452 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20066 18:48:54.054474 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.054485 wait4(-1,  <unfinished ...>
20066 18:48:54.054516 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20066 18:48:54.054547 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20066 18:48:54.054589 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20066 18:48:54.054931 brk(NULL)         = 0x564e60340000
20066 18:48:54.055227 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f904f3cf000
20066 18:48:54.055274 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20066 18:48:54.055317 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.055355 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.055392 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f3c5000
20066 18:48:54.055425 close(3)          = 0
20066 18:48:54.055463 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.055498 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20066 18:48:54.055531 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20066 18:48:54.055562 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.055597 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20066 18:48:54.055631 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f904f1e3000
20066 18:48:54.055665 mmap(0x7f904f209000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f904f209000
20066 18:48:54.055705 mmap(0x7f904f35f000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f904f35f000
20066 18:48:54.055740 mmap(0x7f904f3b2000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f904f3b2000
20066 18:48:54.055782 mmap(0x7f904f3b8000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f904f3b8000
20066 18:48:54.055826 close(3)          = 0
20066 18:48:54.055864 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f904f1e0000
20066 18:48:54.055901 arch_prctl(ARCH_SET_FS, 0x7f904f1e0740) = 0
20066 18:48:54.055929 set_tid_address(0x7f904f1e0a10) = 20066
20066 18:48:54.055956 set_robust_list(0x7f904f1e0a20, 24) = 0
20066 18:48:54.055983 rseq(0x7f904f1e1060, 0x20, 0, 0x53053053) = 0
20066 18:48:54.056085 mprotect(0x7f904f3b2000, 16384, PROT_READ) = 0
20066 18:48:54.056128 mprotect(0x564e378f0000, 4096, PROT_READ) = 0
20066 18:48:54.056167 mprotect(0x7f904f40a000, 8192, PROT_READ) = 0
20066 18:48:54.056216 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20066 18:48:54.056266 munmap(0x7f904f3c5000, 38759) = 0
20066 18:48:54.056334 getrandom("\xa5\x2f\xa9\x75\x49\xfa\xa8\xbc", 8, GRND_NONBLOCK) = 8
20066 18:48:54.056369 brk(NULL)         = 0x564e60340000
20066 18:48:54.056398 brk(0x564e60361000) = 0x564e60361000
20066 18:48:54.056442 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.056482 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.056518 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904ee00000
20066 18:48:54.056560 close(3)          = 0
20066 18:48:54.056595 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.056632 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.056670 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20066 18:48:54.056713 read(3, "", 4096) = 0
20066 18:48:54.056742 close(3)          = 0
20066 18:48:54.056777 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.056867 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.056926 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.056963 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f3ce000
20066 18:48:54.056999 close(3)          = 0
20066 18:48:54.057032 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20066 18:48:54.057068 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.057102 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f904f3c7000
20066 18:48:54.057135 close(3)          = 0
20066 18:48:54.057168 futex(0x7f904f3b7a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20066 18:48:54.057203 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.057237 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.057270 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.057303 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f3c6000
20066 18:48:54.057336 close(3)          = 0
20066 18:48:54.057368 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.057402 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.057436 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.057469 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f3c5000
20066 18:48:54.057501 close(3)          = 0
20066 18:48:54.057534 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.057571 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.057606 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.057645 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1df000
20066 18:48:54.057678 close(3)          = 0
20066 18:48:54.057712 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.057780 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.057817 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.057851 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1de000
20066 18:48:54.057886 close(3)          = 0
20066 18:48:54.057920 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.058005 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.058041 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.058075 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1dd000
20066 18:48:54.058108 close(3)          = 0
20066 18:48:54.058143 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.058176 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.058211 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.058245 close(3)          = 0
20066 18:48:54.058275 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.058307 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.058341 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1dc000
20066 18:48:54.058373 close(3)          = 0
20066 18:48:54.058406 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.058440 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.058487 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.058520 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1db000
20066 18:48:54.058552 close(3)          = 0
20066 18:48:54.058584 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.058618 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.058652 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.058687 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1da000
20066 18:48:54.058722 close(3)          = 0
20066 18:48:54.058755 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.058788 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.058821 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.058855 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1d9000
20066 18:48:54.058887 close(3)          = 0
20066 18:48:54.058923 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.058957 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.058990 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.059024 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f1d8000
20066 18:48:54.059057 close(3)          = 0
20066 18:48:54.059089 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20066 18:48:54.059122 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20066 18:48:54.059155 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20066 18:48:54.059188 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f904f181000
20066 18:48:54.059221 close(3)          = 0
20066 18:48:54.059280 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd38a19310) = 0
20066 18:48:54.109473 close(1)          = 0
20066 18:48:54.109515 close(2)          = 0
20066 18:48:54.109542 exit_group(0)     = ?
20066 18:48:54.109850 +++ exited with 0 +++
20056 18:48:54.109858 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20066
20056 18:48:54.109899 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.109975 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.110003 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20066, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.110027 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.110056 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.110107 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.110134 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.110167 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.110192 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.110219 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20067 18:48:54.111797 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.111812 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20067
20056 18:48:54.111845 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20067 18:48:54.111863 <... set_robust_list resumed>) = 0
20067 18:48:54.111894 getpid()          = 20067
20056 18:48:54.111914 <... rt_sigprocmask resumed>NULL, 8) = 0
20067 18:48:54.111972 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:54.111982 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20067 18:48:54.111999 <... rt_sigprocmask resumed>NULL, 8) = 0
20067 18:48:54.112021 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.112048 <... rt_sigprocmask resumed>[], 8) = 0
20067 18:48:54.112057 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.112093 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20067 18:48:54.112103 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.112137 <... rt_sigprocmask resumed>NULL, 8) = 0
20067 18:48:54.112149 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.112158 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20067 18:48:54.112174 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.112187 <... rt_sigprocmask resumed>[], 8) = 0
20067 18:48:54.112201 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.112210 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20067 18:48:54.112226 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.112239 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20067 18:48:54.112254 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.112266 wait4(-1,  <unfinished ...>
20067 18:48:54.112274 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20067 18:48:54.114033 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20067 18:48:54.114354 brk(NULL)         = 0x55b09ac91000
20067 18:48:54.114565 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7080320000
20067 18:48:54.114610 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20067 18:48:54.114648 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.114679 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.114710 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7080316000
20067 18:48:54.114737 close(3)          = 0
20067 18:48:54.114768 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.114797 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20067 18:48:54.114824 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20067 18:48:54.114850 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.114877 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20067 18:48:54.114902 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f7080134000
20067 18:48:54.114929 mmap(0x7f708015a000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f708015a000
20067 18:48:54.114961 mmap(0x7f70802b0000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f70802b0000
20067 18:48:54.118041 mmap(0x7f7080303000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f7080303000
20067 18:48:54.118091 mmap(0x7f7080309000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f7080309000
20067 18:48:54.118142 close(3)          = 0
20067 18:48:54.118178 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7080131000
20067 18:48:54.118211 arch_prctl(ARCH_SET_FS, 0x7f7080131740) = 0
20067 18:48:54.118234 set_tid_address(0x7f7080131a10) = 20067
20067 18:48:54.118255 set_robust_list(0x7f7080131a20, 24) = 0
20067 18:48:54.118277 rseq(0x7f7080132060, 0x20, 0, 0x53053053) = 0
20067 18:48:54.118369 mprotect(0x7f7080303000, 16384, PROT_READ) = 0
20067 18:48:54.118411 mprotect(0x55b069c13000, 4096, PROT_READ) = 0
20067 18:48:54.118442 mprotect(0x7f708035b000, 8192, PROT_READ) = 0
20067 18:48:54.118482 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20067 18:48:54.118528 munmap(0x7f7080316000, 38759) = 0
20067 18:48:54.118588 getrandom("\x48\x67\x32\x74\xb1\xc0\x3a\x53", 8, GRND_NONBLOCK) = 8
20067 18:48:54.118617 brk(NULL)         = 0x55b09ac91000
20067 18:48:54.118639 brk(0x55b09acb2000) = 0x55b09acb2000
20067 18:48:54.118672 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.118711 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.121570 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f707fe00000
20067 18:48:54.121625 close(3)          = 0
20067 18:48:54.121659 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.121696 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.121730 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20067 18:48:54.121770 read(3, "", 4096) = 0
20067 18:48:54.121793 close(3)          = 0
20067 18:48:54.121822 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.121856 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.121884 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.121912 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f708031f000
20067 18:48:54.121996 close(3)          = 0
20067 18:48:54.122023 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20067 18:48:54.122054 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.122081 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f7080318000
20067 18:48:54.122109 close(3)          = 0
20067 18:48:54.122134 futex(0x7f7080308a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20067 18:48:54.122164 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.122191 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.122218 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.122245 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7080317000
20067 18:48:54.122270 close(3)          = 0
20067 18:48:54.122297 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.122324 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.122351 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.122378 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7080316000
20067 18:48:54.122403 close(3)          = 0
20067 18:48:54.122428 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.122455 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.122481 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.122508 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7080130000
20067 18:48:54.122533 close(3)          = 0
20067 18:48:54.122559 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.122594 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.122621 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.122648 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f708012f000
20067 18:48:54.122676 close(3)          = 0
20067 18:48:54.122702 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.122729 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.122756 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.122783 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f708012e000
20067 18:48:54.122810 close(3)          = 0
20067 18:48:54.122836 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.122863 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.123157 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.123188 close(3)          = 0
20067 18:48:54.123212 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.123240 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.123267 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f708012d000
20067 18:48:54.123294 close(3)          = 0
20067 18:48:54.123322 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.123351 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.123378 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.123405 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f708012c000
20067 18:48:54.123431 close(3)          = 0
20067 18:48:54.123458 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.123484 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.123510 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.123537 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f708012b000
20067 18:48:54.123564 close(3)          = 0
20067 18:48:54.123589 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.123615 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.123642 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.123669 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f708012a000
20067 18:48:54.123695 close(3)          = 0
20067 18:48:54.123724 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.123751 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.123779 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.123806 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7080129000
20067 18:48:54.123832 close(3)          = 0
20067 18:48:54.123858 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20067 18:48:54.123884 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20067 18:48:54.123910 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20067 18:48:54.123937 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f707fda9000
20067 18:48:54.124003 close(3)          = 0
20067 18:48:54.125976 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffeb8e374f0) = 0
20067 18:48:54.176924 close(1)          = 0
20067 18:48:54.176965 close(2)          = 0
20067 18:48:54.177038 exit_group(0)     = ?
20067 18:48:54.177996 +++ exited with 0 +++
20056 18:48:54.178011 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20067
20056 18:48:54.178053 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.178100 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.178128 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20067, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.178150 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.178177 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.178229 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.178256 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.178291 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.178316 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.178343 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20068
20068 18:48:54.178568 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.178576 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20068 18:48:54.178592 <... set_robust_list resumed>) = 0
20068 18:48:54.178625 getpid( <unfinished ...>
20056 18:48:54.178638 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:54.178678 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20068 18:48:54.178699 <... getpid resumed>) = 20068
20068 18:48:54.178729 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:54.178741 <... rt_sigprocmask resumed>[], 8) = 0
20068 18:48:54.178774 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:54.178783 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20068 18:48:54.178803 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.178833 <... rt_sigprocmask resumed>NULL, 8) = 0
20068 18:48:54.178847 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.178865 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20068 18:48:54.178881 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.178890 <... rt_sigprocmask resumed>[], 8) = 0
20068 18:48:54.178908 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.178920 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20068 18:48:54.178934 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.178942 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20068 18:48:54.178969 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.178978 wait4(-1,  <unfinished ...>
20068 18:48:54.178993 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20068 18:48:54.179008 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20068 18:48:54.179035 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20068 18:48:54.179074 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20068 18:48:54.182089 brk(NULL)         = 0x556ed6482000
20068 18:48:54.182310 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f22693d7000
20068 18:48:54.182354 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20068 18:48:54.182396 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.182431 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.182462 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22693cd000
20068 18:48:54.182490 close(3)          = 0
20068 18:48:54.182522 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.182553 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20068 18:48:54.182583 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20068 18:48:54.182609 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.182636 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20068 18:48:54.182661 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f22691eb000
20068 18:48:54.182688 mmap(0x7f2269211000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f2269211000
20068 18:48:54.182721 mmap(0x7f2269367000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f2269367000
20068 18:48:54.182750 mmap(0x7f22693ba000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f22693ba000
20068 18:48:54.182783 mmap(0x7f22693c0000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f22693c0000
20068 18:48:54.182819 close(3)          = 0
20068 18:48:54.182850 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f22691e8000
20068 18:48:54.182881 arch_prctl(ARCH_SET_FS, 0x7f22691e8740) = 0
20068 18:48:54.182904 set_tid_address(0x7f22691e8a10) = 20068
20068 18:48:54.182926 set_robust_list(0x7f22691e8a20, 24) = 0
20068 18:48:54.182948 rseq(0x7f22691e9060, 0x20, 0, 0x53053053) = 0
20068 18:48:54.183026 mprotect(0x7f22693ba000, 16384, PROT_READ) = 0
20068 18:48:54.183066 mprotect(0x556ec2143000, 4096, PROT_READ) = 0
20068 18:48:54.183097 mprotect(0x7f2269412000, 8192, PROT_READ) = 0
20068 18:48:54.183141 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20068 18:48:54.183180 munmap(0x7f22693cd000, 38759) = 0
20068 18:48:54.183239 getrandom("\x6b\x83\x1c\x92\x0f\x24\x0a\xb2", 8, GRND_NONBLOCK) = 8
20068 18:48:54.183267 brk(NULL)         = 0x556ed6482000
20068 18:48:54.183289 brk(0x556ed64a3000) = 0x556ed64a3000
20068 18:48:54.183319 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.183348 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.183377 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2268e00000
20068 18:48:54.183410 close(3)          = 0
20068 18:48:54.194145 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.194229 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.194271 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20068 18:48:54.194312 read(3, "", 4096) = 0
20068 18:48:54.194336 close(3)          = 0
20068 18:48:54.194366 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.194401 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.194429 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.194458 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22693d6000
20068 18:48:54.194503 close(3)          = 0
20068 18:48:54.194531 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20068 18:48:54.194560 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.194674 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f22693cf000
20068 18:48:54.194703 close(3)          = 0
20068 18:48:54.194729 futex(0x7f22693bfa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20068 18:48:54.194759 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.194787 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.194813 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.194840 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22693ce000
20068 18:48:54.194867 close(3)          = 0
20068 18:48:54.194893 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.194920 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.194947 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.194973 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22693cd000
20068 18:48:54.194998 close(3)          = 0
20068 18:48:54.195024 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.195051 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.195078 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.195107 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e7000
20068 18:48:54.195134 close(3)          = 0
20068 18:48:54.195160 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.195245 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.195273 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.195301 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e6000
20068 18:48:54.195335 close(3)          = 0
20068 18:48:54.195362 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.195389 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.195416 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.195444 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e5000
20068 18:48:54.197782 close(3)          = 0
20068 18:48:54.197821 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.197858 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.197887 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.197918 close(3)          = 0
20068 18:48:54.197984 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.198012 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.198040 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e4000
20068 18:48:54.198070 close(3)          = 0
20068 18:48:54.198123 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.198152 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.198179 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.198207 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e3000
20068 18:48:54.198235 close(3)          = 0
20068 18:48:54.198262 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.198288 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.198315 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.198349 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e2000
20068 18:48:54.198377 close(3)          = 0
20068 18:48:54.198404 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.198431 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.202038 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.202087 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e1000
20068 18:48:54.202124 close(3)          = 0
20068 18:48:54.202163 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.202195 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.202224 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.202252 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f22691e0000
20068 18:48:54.202280 close(3)          = 0
20068 18:48:54.202306 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20068 18:48:54.202335 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20068 18:48:54.202362 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20068 18:48:54.202389 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2269189000
20068 18:48:54.202416 close(3)          = 0
20068 18:48:54.202477 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffffc533f40) = 0
20068 18:48:54.252684 close(1)          = 0
20068 18:48:54.252734 close(2)          = 0
20068 18:48:54.252767 exit_group(0)     = ?
20068 18:48:54.253048 +++ exited with 0 +++
20056 18:48:54.253081 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20068
20056 18:48:54.253131 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.253191 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.253223 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20068, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.253254 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.253292 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.253360 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.253397 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.253441 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.253472 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.253506 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20069 18:48:54.253765 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.253778 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20069
20069 18:48:54.253817 <... set_robust_list resumed>) = 0
20056 18:48:54.253825 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20069 18:48:54.253871 getpid()          = 20069
20056 18:48:54.253914 <... rt_sigprocmask resumed>NULL, 8) = 0
20069 18:48:54.254629 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:54.254656 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20069 18:48:54.254681 <... rt_sigprocmask resumed>NULL, 8) = 0
20069 18:48:54.254701 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20069 18:48:54.254738 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.254773 <... rt_sigprocmask resumed>[], 8) = 0
20069 18:48:54.254785 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.254862 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20069 18:48:54.254876 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.254909 <... rt_sigprocmask resumed>NULL, 8) = 0
20069 18:48:54.254926 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.254936 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20069 18:48:54.255216 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.255237 <... rt_sigprocmask resumed>[], 8) = 0
20069 18:48:54.255264 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.255281 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20069 18:48:54.255299 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.255332 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20069 18:48:54.255346 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */ <unfinished ...>
20056 18:48:54.256450 wait4(-1,  <unfinished ...>
20069 18:48:54.256478 <... execve resumed>) = 0
20069 18:48:54.256518 brk(NULL)         = 0x55d2250db000
20069 18:48:54.259723 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7faffb897000
20069 18:48:54.259808 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20069 18:48:54.259867 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.259909 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.259975 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb88d000
20069 18:48:54.260011 close(3)          = 0
20069 18:48:54.260087 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.260129 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20069 18:48:54.260166 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20069 18:48:54.260198 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.260236 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20069 18:48:54.260269 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7faffb6ab000
20069 18:48:54.260305 mmap(0x7faffb6d1000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7faffb6d1000
20069 18:48:54.261187 mmap(0x7faffb827000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7faffb827000
20069 18:48:54.261233 mmap(0x7faffb87a000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7faffb87a000
20069 18:48:54.261279 mmap(0x7faffb880000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7faffb880000
20069 18:48:54.261329 close(3)          = 0
20069 18:48:54.261370 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7faffb6a8000
20069 18:48:54.261412 arch_prctl(ARCH_SET_FS, 0x7faffb6a8740) = 0
20069 18:48:54.261442 set_tid_address(0x7faffb6a8a10) = 20069
20069 18:48:54.261470 set_robust_list(0x7faffb6a8a20, 24) = 0
20069 18:48:54.261498 rseq(0x7faffb6a9060, 0x20, 0, 0x53053053) = 0
20069 18:48:54.261612 mprotect(0x7faffb87a000, 16384, PROT_READ) = 0
20069 18:48:54.261661 mprotect(0x55d20fa27000, 4096, PROT_READ) = 0
20069 18:48:54.261702 mprotect(0x7faffb8d2000, 8192, PROT_READ) = 0
20069 18:48:54.261768 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20069 18:48:54.261821 munmap(0x7faffb88d000, 38759) = 0
20069 18:48:54.261903 getrandom("\x45\x96\xa5\x69\x84\x05\xec\x05", 8, GRND_NONBLOCK) = 8
20069 18:48:54.261976 brk(NULL)         = 0x55d2250db000
20069 18:48:54.262009 brk(0x55d2250fc000) = 0x55d2250fc000
20069 18:48:54.262047 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.262088 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.262123 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb200000
20069 18:48:54.262168 close(3)          = 0
20069 18:48:54.262205 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.262248 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.262287 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20069 18:48:54.262334 read(3, "", 4096) = 0
20069 18:48:54.262365 close(3)          = 0
20069 18:48:54.262399 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.262439 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.262473 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.262509 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb896000
20069 18:48:54.264138 close(3)          = 0
20069 18:48:54.264182 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20069 18:48:54.264226 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.264266 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7faffb88f000
20069 18:48:54.264327 close(3)          = 0
20069 18:48:54.264362 futex(0x7faffb87fa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20069 18:48:54.264399 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.264438 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.264475 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.264511 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb88e000
20069 18:48:54.264547 close(3)          = 0
20069 18:48:54.264582 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.264619 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.264653 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.264690 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb88d000
20069 18:48:54.264722 close(3)          = 0
20069 18:48:54.264757 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.264792 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.264828 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.264863 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a7000
20069 18:48:54.264899 close(3)          = 0
20069 18:48:54.264932 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.264967 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.265003 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.265040 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a6000
20069 18:48:54.265081 close(3)          = 0
20069 18:48:54.265116 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.265151 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.265195 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.265231 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a5000
20069 18:48:54.265267 close(3)          = 0
20069 18:48:54.265301 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.265334 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.265368 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.267173 close(3)          = 0
20069 18:48:54.267223 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.267266 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.267303 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a4000
20069 18:48:54.267342 close(3)          = 0
20069 18:48:54.267381 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.267419 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.267454 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.267489 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a3000
20069 18:48:54.267525 close(3)          = 0
20069 18:48:54.267560 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.267597 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.267633 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.267666 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a2000
20069 18:48:54.267710 close(3)          = 0
20069 18:48:54.267744 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.267781 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.267815 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.267850 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a1000
20069 18:48:54.267885 close(3)          = 0
20069 18:48:54.267923 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.267960 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.267995 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.268030 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb6a0000
20069 18:48:54.268064 close(3)          = 0
20069 18:48:54.268096 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20069 18:48:54.268134 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20069 18:48:54.268169 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20069 18:48:54.268203 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7faffb649000
20069 18:48:54.268237 close(3)          = 0
20069 18:48:54.269502 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffccc8065a0) = 0
20069 18:48:54.319732 close(1)          = 0
20069 18:48:54.319786 close(2)          = 0
20069 18:48:54.319820 exit_group(0)     = ?
20069 18:48:54.320098 +++ exited with 0 +++
20056 18:48:54.320108 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20069
20056 18:48:54.320156 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.320212 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.320244 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20069, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.320284 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.320319 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.320977 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.321025 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.321076 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.321110 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.321146 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20070 18:48:54.321428 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.321442 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20070
20056 18:48:54.321478 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20070 18:48:54.321497 <... set_robust_list resumed>) = 0
20070 18:48:54.321567 getpid( <unfinished ...>
20056 18:48:54.321577 <... rt_sigprocmask resumed>NULL, 8) = 0
20070 18:48:54.322040 <... getpid resumed>) = 20070
20056 18:48:54.322080 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20070 18:48:54.322099 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20070 18:48:54.322155 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.322173 <... rt_sigprocmask resumed>[], 8) = 0
20070 18:48:54.322209 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.322226 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20070 18:48:54.322239 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20070 18:48:54.322278 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.322293 <... rt_sigprocmask resumed>NULL, 8) = 0
20070 18:48:54.322308 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.322320 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20070 18:48:54.322377 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.322389 <... rt_sigprocmask resumed>[], 8) = 0
20070 18:48:54.322758 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.322783 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20070 18:48:54.322808 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.322826 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20070 18:48:54.322838 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20070 18:48:54.322863 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.322879 wait4(-1,  <unfinished ...>
20070 18:48:54.322921 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20070 18:48:54.322956 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20070 18:48:54.323930 brk(NULL)         = 0x562cf676f000
20070 18:48:54.324272 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ff6d59c8000
20070 18:48:54.324888 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20070 18:48:54.324944 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.324987 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.325027 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d59be000
20070 18:48:54.325075 close(3)          = 0
20070 18:48:54.325115 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.325157 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20070 18:48:54.325193 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20070 18:48:54.325225 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.325261 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20070 18:48:54.325291 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ff6d57dc000
20070 18:48:54.325329 mmap(0x7ff6d5802000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7ff6d5802000
20070 18:48:54.325401 mmap(0x7ff6d5958000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7ff6d5958000
20070 18:48:54.326006 mmap(0x7ff6d59ab000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7ff6d59ab000
20070 18:48:54.326057 mmap(0x7ff6d59b1000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ff6d59b1000
20070 18:48:54.326104 close(3)          = 0
20070 18:48:54.326147 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ff6d57d9000
20070 18:48:54.326199 arch_prctl(ARCH_SET_FS, 0x7ff6d57d9740) = 0
20070 18:48:54.326229 set_tid_address(0x7ff6d57d9a10) = 20070
20070 18:48:54.326255 set_robust_list(0x7ff6d57d9a20, 24) = 0
20070 18:48:54.326284 rseq(0x7ff6d57da060, 0x20, 0, 0x53053053) = 0
20070 18:48:54.326390 mprotect(0x7ff6d59ab000, 16384, PROT_READ) = 0
20070 18:48:54.326438 mprotect(0x562cea600000, 4096, PROT_READ) = 0
20070 18:48:54.326509 mprotect(0x7ff6d5a03000, 8192, PROT_READ) = 0
20070 18:48:54.327117 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20070 18:48:54.327179 munmap(0x7ff6d59be000, 38759) = 0
20070 18:48:54.327278 getrandom("\xfc\x49\x35\x9c\x67\x84\x47\x3b", 8, GRND_NONBLOCK) = 8
20070 18:48:54.327317 brk(NULL)         = 0x562cf676f000
20070 18:48:54.327347 brk(0x562cf6790000) = 0x562cf6790000
20070 18:48:54.327387 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.327429 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.327468 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d5400000
20070 18:48:54.327513 close(3)          = 0
20070 18:48:54.327548 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.327618 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.328211 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20070 18:48:54.328264 read(3, "", 4096) = 0
20070 18:48:54.328295 close(3)          = 0
20070 18:48:54.328332 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.328372 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.328409 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.328444 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d59c7000
20070 18:48:54.328492 close(3)          = 0
20070 18:48:54.328527 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20070 18:48:54.328566 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.328600 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7ff6d59c0000
20070 18:48:54.328636 close(3)          = 0
20070 18:48:54.328695 futex(0x7ff6d59b0a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20070 18:48:54.329281 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.329331 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.329379 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.329416 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d59bf000
20070 18:48:54.329453 close(3)          = 0
20070 18:48:54.329489 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.329523 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.329561 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.329595 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d59be000
20070 18:48:54.329630 close(3)          = 0
20070 18:48:54.329664 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.329701 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.329734 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.329769 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d8000
20070 18:48:54.330403 close(3)          = 0
20070 18:48:54.330447 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.330491 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.330527 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.330564 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d7000
20070 18:48:54.330603 close(3)          = 0
20070 18:48:54.330637 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.330671 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.330705 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.330741 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d6000
20070 18:48:54.330775 close(3)          = 0
20070 18:48:54.334072 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.334151 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.334819 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.334869 close(3)          = 0
20070 18:48:54.334904 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.334941 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.334978 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d5000
20070 18:48:54.335025 close(3)          = 0
20070 18:48:54.335063 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.335098 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.335134 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.335172 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d4000
20070 18:48:54.335206 close(3)          = 0
20070 18:48:54.335241 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.335276 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.335310 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.335344 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d3000
20070 18:48:54.335384 close(3)          = 0
20070 18:48:54.335417 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.335451 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.335488 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.335533 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d2000
20070 18:48:54.335569 close(3)          = 0
20070 18:48:54.335608 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.335642 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.335678 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.335711 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d57d1000
20070 18:48:54.335746 close(3)          = 0
20070 18:48:54.335778 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20070 18:48:54.335816 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20070 18:48:54.335848 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20070 18:48:54.335883 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff6d577a000
20070 18:48:54.335915 close(3)          = 0
20070 18:48:54.335993 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffe602b1740) = 0
20070 18:48:54.386209 close(1)          = 0
20070 18:48:54.386262 close(2)          = 0
20070 18:48:54.386298 exit_group(0)     = ?
20070 18:48:54.386572 +++ exited with 0 +++
20056 18:48:54.386583 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20070
20056 18:48:54.386632 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.386692 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.386727 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20070, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.386758 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.386794 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.386862 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.386900 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.386944 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.386976 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.387012 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20071
20071 18:48:54.387323 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.387334 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20071 18:48:54.387355 <... set_robust_list resumed>) = 0
20071 18:48:54.387397 getpid( <unfinished ...>
20056 18:48:54.387413 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:54.387460 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20071 18:48:54.387481 <... getpid resumed>) = 20071
20071 18:48:54.387509 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.388755 <... rt_sigprocmask resumed>[], 8) = 0
20071 18:48:54.388780 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.388822 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20071 18:48:54.388842 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20071 18:48:54.388864 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.388880 <... rt_sigprocmask resumed>NULL, 8) = 0
20071 18:48:54.388896 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.388912 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20071 18:48:54.388925 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.388970 <... rt_sigprocmask resumed>[], 8) = 0
20071 18:48:54.389002 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.389013 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20071 18:48:54.389034 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.389045 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20071 18:48:54.389069 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.389085 wait4(-1,  <unfinished ...>
20071 18:48:54.389100 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20071 18:48:54.389119 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20071 18:48:54.389165 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20071 18:48:54.390076 brk(NULL)         = 0x55b28088f000
20071 18:48:54.391312 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7edb3f8000
20071 18:48:54.391389 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20071 18:48:54.391442 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.391486 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.391526 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb3ee000
20071 18:48:54.391562 close(3)          = 0
20071 18:48:54.391604 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.391641 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20071 18:48:54.392390 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20071 18:48:54.392435 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.392474 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20071 18:48:54.392508 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f7edb20c000
20071 18:48:54.392549 mmap(0x7f7edb232000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f7edb232000
20071 18:48:54.392594 mmap(0x7f7edb388000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f7edb388000
20071 18:48:54.392631 mmap(0x7f7edb3db000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f7edb3db000
20071 18:48:54.392904 mmap(0x7f7edb3e1000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f7edb3e1000
20071 18:48:54.392960 close(3)          = 0
20071 18:48:54.393002 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7edb209000
20071 18:48:54.393043 arch_prctl(ARCH_SET_FS, 0x7f7edb209740) = 0
20071 18:48:54.393074 set_tid_address(0x7f7edb209a10) = 20071
20071 18:48:54.393279 set_robust_list(0x7f7edb209a20, 24) = 0
20071 18:48:54.393310 rseq(0x7f7edb20a060, 0x20, 0, 0x53053053) = 0
20071 18:48:54.394010 mprotect(0x7f7edb3db000, 16384, PROT_READ) = 0
20071 18:48:54.394086 mprotect(0x55b248295000, 4096, PROT_READ) = 0
20071 18:48:54.394130 mprotect(0x7f7edb433000, 8192, PROT_READ) = 0
20071 18:48:54.394187 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20071 18:48:54.394244 munmap(0x7f7edb3ee000, 38759) = 0
20071 18:48:54.394333 getrandom("\x4f\x8a\x3a\xc9\xcf\xfe\xe2\x31", 8, GRND_NONBLOCK) = 8
20071 18:48:54.394372 brk(NULL)         = 0x55b28088f000
20071 18:48:54.394400 brk(0x55b2808b0000) = 0x55b2808b0000
20071 18:48:54.394440 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.394500 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.394566 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edae00000
20071 18:48:54.395164 close(3)          = 0
20071 18:48:54.395208 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.395255 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.395297 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20071 18:48:54.395342 read(3, "", 4096) = 0
20071 18:48:54.395373 close(3)          = 0
20071 18:48:54.395409 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.395448 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.395489 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.395524 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb3f7000
20071 18:48:54.395566 close(3)          = 0
20071 18:48:54.395660 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20071 18:48:54.396304 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.396350 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f7edb3f0000
20071 18:48:54.396390 close(3)          = 0
20071 18:48:54.396425 futex(0x7f7edb3e0a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20071 18:48:54.396466 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.396503 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.396538 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.396574 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb3ef000
20071 18:48:54.396610 close(3)          = 0
20071 18:48:54.396644 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.396682 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.396716 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.396752 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb3ee000
20071 18:48:54.396786 close(3)          = 0
20071 18:48:54.396846 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.397038 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.397079 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.397116 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb208000
20071 18:48:54.397152 close(3)          = 0
20071 18:48:54.397446 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.397489 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.397527 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.397564 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb207000
20071 18:48:54.397605 close(3)          = 0
20071 18:48:54.398222 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.398279 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.398318 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.398354 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb206000
20071 18:48:54.398389 close(3)          = 0
20071 18:48:54.398433 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.398472 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.398518 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.398558 close(3)          = 0
20071 18:48:54.398592 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.398626 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.398664 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb205000
20071 18:48:54.398701 close(3)          = 0
20071 18:48:54.398737 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.399366 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.399418 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.399456 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb204000
20071 18:48:54.399493 close(3)          = 0
20071 18:48:54.399532 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.399569 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.399605 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.399640 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb203000
20071 18:48:54.399675 close(3)          = 0
20071 18:48:54.399710 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.399746 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.399780 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.399815 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb202000
20071 18:48:54.399850 close(3)          = 0
20071 18:48:54.399913 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.400516 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.400560 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.400598 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb201000
20071 18:48:54.400637 close(3)          = 0
20071 18:48:54.400673 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20071 18:48:54.400709 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20071 18:48:54.400743 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20071 18:48:54.400779 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7edb1aa000
20071 18:48:54.400815 close(3)          = 0
20071 18:48:54.400893 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffef4c5a510) = 0
20071 18:48:54.454073 close(1)          = 0
20071 18:48:54.454145 close(2)          = 0
20071 18:48:54.454181 exit_group(0)     = ?
20071 18:48:54.455648 +++ exited with 0 +++
20056 18:48:54.455690 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20071
20056 18:48:54.455741 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.455800 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.455835 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20071, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.455862 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.455898 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.455966 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.456003 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.456047 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.456078 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.456111 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20072 18:48:54.456385 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.456399 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20072
20072 18:48:54.456439 <... set_robust_list resumed>) = 0
20056 18:48:54.456478 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20072 18:48:54.456491 getpid( <unfinished ...>
20056 18:48:54.456507 <... rt_sigprocmask resumed>NULL, 8) = 0
20072 18:48:54.456564 <... getpid resumed>) = 20072
20056 18:48:54.456589 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20072 18:48:54.456603 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.456634 <... rt_sigprocmask resumed>[], 8) = 0
20072 18:48:54.456654 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.456697 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20072 18:48:54.456716 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.456748 <... rt_sigprocmask resumed>NULL, 8) = 0
20072 18:48:54.456763 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.456779 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20072 18:48:54.456797 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.456808 <... rt_sigprocmask resumed>[], 8) = 0
20072 18:48:54.456840 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.456853 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20072 18:48:54.456874 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.456891 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20072 18:48:54.456911 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.456922 wait4(-1,  <unfinished ...>
20072 18:48:54.456939 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20072 18:48:54.456957 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20072 18:48:54.457012 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20072 18:48:54.459189 brk(NULL)         = 0x559728934000
20072 18:48:54.459474 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fd2702cd000
20072 18:48:54.459524 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20072 18:48:54.459569 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.459610 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.459650 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2702c3000
20072 18:48:54.459684 close(3)          = 0
20072 18:48:54.459724 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.459763 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20072 18:48:54.461987 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20072 18:48:54.462030 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.462072 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20072 18:48:54.462114 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fd2700e1000
20072 18:48:54.462151 mmap(0x7fd270107000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fd270107000
20072 18:48:54.462192 mmap(0x7fd27025d000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fd27025d000
20072 18:48:54.462229 mmap(0x7fd2702b0000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fd2702b0000
20072 18:48:54.462273 mmap(0x7fd2702b6000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fd2702b6000
20072 18:48:54.463674 close(3)          = 0
20072 18:48:54.463734 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fd2700de000
20072 18:48:54.463781 arch_prctl(ARCH_SET_FS, 0x7fd2700de740) = 0
20072 18:48:54.463813 set_tid_address(0x7fd2700dea10) = 20072
20072 18:48:54.463839 set_robust_list(0x7fd2700dea20, 24) = 0
20072 18:48:54.463869 rseq(0x7fd2700df060, 0x20, 0, 0x53053053) = 0
20072 18:48:54.464019 mprotect(0x7fd2702b0000, 16384, PROT_READ) = 0
20072 18:48:54.464069 mprotect(0x5596fcb9b000, 4096, PROT_READ) = 0
20072 18:48:54.464111 mprotect(0x7fd270308000, 8192, PROT_READ) = 0
20072 18:48:54.464164 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20072 18:48:54.464218 munmap(0x7fd2702c3000, 38759) = 0
20072 18:48:54.464299 getrandom("\x2f\x39\x38\x29\x5a\xd0\x80\x24", 8, GRND_NONBLOCK) = 8
20072 18:48:54.464338 brk(NULL)         = 0x559728934000
20072 18:48:54.464366 brk(0x559728955000) = 0x559728955000
20072 18:48:54.464406 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.464450 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.464488 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd26fc00000
20072 18:48:54.464533 close(3)          = 0
20072 18:48:54.464568 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.464609 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.464648 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20072 18:48:54.464695 read(3, "", 4096) = 0
20072 18:48:54.464725 close(3)          = 0
20072 18:48:54.464761 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.464800 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.464835 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.464872 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2702cc000
20072 18:48:54.464912 close(3)          = 0
20072 18:48:54.465557 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20072 18:48:54.465606 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.465645 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fd2702c5000
20072 18:48:54.465683 close(3)          = 0
20072 18:48:54.465743 futex(0x7fd2702b5a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20072 18:48:54.465782 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.466443 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.466489 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.466526 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2702c4000
20072 18:48:54.466566 close(3)          = 0
20072 18:48:54.466603 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.466639 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.466675 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.467266 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2702c3000
20072 18:48:54.467308 close(3)          = 0
20072 18:48:54.467347 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.467385 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.467420 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.467456 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700dd000
20072 18:48:54.468094 close(3)          = 0
20072 18:48:54.468136 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.468178 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.468215 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.468252 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700dc000
20072 18:48:54.468293 close(3)          = 0
20072 18:48:54.468329 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.468678 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.468720 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.468755 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700db000
20072 18:48:54.468791 close(3)          = 0
20072 18:48:54.469136 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.469182 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.469219 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.469783 close(3)          = 0
20072 18:48:54.471156 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.471212 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.471253 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700da000
20072 18:48:54.471289 close(3)          = 0
20072 18:48:54.471327 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.471366 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.471402 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.471436 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700d9000
20072 18:48:54.471472 close(3)          = 0
20072 18:48:54.471506 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.471542 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.471576 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.471614 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700d8000
20072 18:48:54.471650 close(3)          = 0
20072 18:48:54.471685 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.471721 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.471755 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.471791 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700d7000
20072 18:48:54.471826 close(3)          = 0
20072 18:48:54.471865 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.471900 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.473137 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.473184 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd2700d6000
20072 18:48:54.473224 close(3)          = 0
20072 18:48:54.473272 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20072 18:48:54.473311 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20072 18:48:54.473348 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20072 18:48:54.473382 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd27007f000
20072 18:48:54.473417 close(3)          = 0
20072 18:48:54.473488 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc262f3f70) = 0
20072 18:48:54.526989 close(1)          = 0
20072 18:48:54.527037 close(2)          = 0
20072 18:48:54.527072 exit_group(0)     = ?
20072 18:48:54.527371 +++ exited with 0 +++
20056 18:48:54.527382 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20072
20056 18:48:54.527432 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.527494 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.527528 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20072, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.527561 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.527597 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.527663 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.527698 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.527747 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.527780 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.527814 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20073
20073 18:48:54.528106 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:54.528120 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20073 18:48:54.528139 <... set_robust_list resumed>) = 0
20073 18:48:54.528184 getpid( <unfinished ...>
20056 18:48:54.528192 <... rt_sigprocmask resumed>NULL, 8) = 0
20073 18:48:54.528248 <... getpid resumed>) = 20073
20056 18:48:54.528257 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20073 18:48:54.528291 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20073 18:48:54.528324 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.528341 <... rt_sigprocmask resumed>[], 8) = 0
20073 18:48:54.528371 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.528390 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20073 18:48:54.528401 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.528420 <... rt_sigprocmask resumed>NULL, 8) = 0
20073 18:48:54.528439 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.528456 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20073 18:48:54.528474 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.528484 <... rt_sigprocmask resumed>[], 8) = 0
20073 18:48:54.528506 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.528533 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20073 18:48:54.529988 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.530016 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20073 18:48:54.530043 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.530074 wait4(-1,  <unfinished ...>
20073 18:48:54.530083 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20073 18:48:54.530115 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20073 18:48:54.530162 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20073 18:48:54.530540 brk(NULL)         = 0x55a7b808b000
20073 18:48:54.531215 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f25fb762000
20073 18:48:54.531274 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20073 18:48:54.531830 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.531874 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.531910 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb758000
20073 18:48:54.531943 close(3)          = 0
20073 18:48:54.531981 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.532015 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20073 18:48:54.532666 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20073 18:48:54.532702 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.532738 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20073 18:48:54.532768 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f25fb576000
20073 18:48:54.532803 mmap(0x7f25fb59c000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f25fb59c000
20073 18:48:54.532842 mmap(0x7f25fb6f2000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f25fb6f2000
20073 18:48:54.532876 mmap(0x7f25fb745000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f25fb745000
20073 18:48:54.534043 mmap(0x7f25fb74b000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f25fb74b000
20073 18:48:54.534106 close(3)          = 0
20073 18:48:54.534749 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f25fb573000
20073 18:48:54.534806 arch_prctl(ARCH_SET_FS, 0x7f25fb573740) = 0
20073 18:48:54.534836 set_tid_address(0x7f25fb573a10) = 20073
20073 18:48:54.534863 set_robust_list(0x7f25fb573a20, 24) = 0
20073 18:48:54.534890 rseq(0x7f25fb574060, 0x20, 0, 0x53053053) = 0
20073 18:48:54.535000 mprotect(0x7f25fb745000, 16384, PROT_READ) = 0
20073 18:48:54.535048 mprotect(0x55a78e3d0000, 4096, PROT_READ) = 0
20073 18:48:54.535089 mprotect(0x7f25fb79d000, 8192, PROT_READ) = 0
20073 18:48:54.535141 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20073 18:48:54.535201 munmap(0x7f25fb758000, 38759) = 0
20073 18:48:54.535282 getrandom("\x76\x4c\x59\x5c\x05\xc8\xdf\x10", 8, GRND_NONBLOCK) = 8
20073 18:48:54.535320 brk(NULL)         = 0x55a7b808b000
20073 18:48:54.535349 brk(0x55a7b80ac000) = 0x55a7b80ac000
20073 18:48:54.535389 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.535709 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.535761 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb200000
20073 18:48:54.535811 close(3)          = 0
20073 18:48:54.538015 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.538069 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.538112 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20073 18:48:54.538160 read(3, "", 4096) = 0
20073 18:48:54.538202 close(3)          = 0
20073 18:48:54.538240 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.538280 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.538317 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.538355 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb761000
20073 18:48:54.538397 close(3)          = 0
20073 18:48:54.538432 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20073 18:48:54.538469 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.538503 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f25fb75a000
20073 18:48:54.539731 close(3)          = 0
20073 18:48:54.539775 futex(0x7f25fb74aa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20073 18:48:54.539814 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.539857 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.539893 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.539931 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb759000
20073 18:48:54.539968 close(3)          = 0
20073 18:48:54.540003 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.540039 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.540073 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.540107 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb758000
20073 18:48:54.540142 close(3)          = 0
20073 18:48:54.540177 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.540213 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.540250 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.540284 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb572000
20073 18:48:54.540317 close(3)          = 0
20073 18:48:54.540352 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.540386 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.540419 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.540453 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb571000
20073 18:48:54.540490 close(3)          = 0
20073 18:48:54.540525 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.540559 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.540594 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.540627 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb570000
20073 18:48:54.540662 close(3)          = 0
20073 18:48:54.540697 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.540732 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.540768 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.541649 close(3)          = 0
20073 18:48:54.541694 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.541738 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.541775 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb56f000
20073 18:48:54.541812 close(3)          = 0
20073 18:48:54.541850 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.541906 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.542518 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.542597 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb56e000
20073 18:48:54.542707 close(3)          = 0
20073 18:48:54.542747 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.542786 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.542822 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.542859 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb56d000
20073 18:48:54.544297 close(3)          = 0
20073 18:48:54.544346 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.544389 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.544426 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.544462 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb56c000
20073 18:48:54.544502 close(3)          = 0
20073 18:48:54.544543 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.544579 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.544614 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.544651 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb56b000
20073 18:48:54.544685 close(3)          = 0
20073 18:48:54.544720 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20073 18:48:54.544755 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20073 18:48:54.544789 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20073 18:48:54.544824 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f25fb514000
20073 18:48:54.544858 close(3)          = 0
20073 18:48:54.544923 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd5530d6e0) = 0
20073 18:48:54.595494 close(1)          = 0
20073 18:48:54.595546 close(2)          = 0
20073 18:48:54.595582 exit_group(0)     = ?
20073 18:48:54.596962 +++ exited with 0 +++
20056 18:48:54.596978 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20073
20056 18:48:54.597029 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.597087 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.597122 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20073, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.597149 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.597185 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.597857 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.597909 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.597996 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.598031 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.598070 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20074 18:48:54.600316 set_robust_list(0x7f3a25d14a20, 24) = 0
20074 18:48:54.600405 getpid( <unfinished ...>
20056 18:48:54.600422 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20074
20056 18:48:54.601659 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20074 18:48:54.601695 <... getpid resumed>) = 20074
20074 18:48:54.601736 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:54.601753 <... rt_sigprocmask resumed>NULL, 8) = 0
20074 18:48:54.601763 <... rt_sigprocmask resumed>NULL, 8) = 0
20074 18:48:54.601843 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.601864 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20074 18:48:54.601876 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20074 18:48:54.601897 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20074 18:48:54.601963 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.601984 <... rt_sigprocmask resumed>[], 8) = 0
20074 18:48:54.601996 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20074 18:48:54.602047 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.602059 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20074 18:48:54.602077 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20074 18:48:54.602101 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.602117 <... rt_sigprocmask resumed>NULL, 8) = 0
20074 18:48:54.602132 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.602143 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20074 18:48:54.602165 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.602181 <... rt_sigprocmask resumed>[], 8) = 0
20074 18:48:54.602200 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.602238 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20074 18:48:54.602251 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */ <unfinished ...>
20056 18:48:54.602279 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.602639 wait4(-1,  <unfinished ...>
20074 18:48:54.602663 <... execve resumed>) = 0
20074 18:48:54.602706 brk(NULL)         = 0x555cd9b7a000
20074 18:48:54.604177 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fa50788c000
20074 18:48:54.604241 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20074 18:48:54.604289 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.604331 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.604369 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507882000
20074 18:48:54.604404 close(3)          = 0
20074 18:48:54.604446 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.604483 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20074 18:48:54.604520 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20074 18:48:54.604553 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.606596 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20074 18:48:54.606654 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fa5076a0000
20074 18:48:54.606696 mmap(0x7fa5076c6000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fa5076c6000
20074 18:48:54.606741 mmap(0x7fa50781c000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fa50781c000
20074 18:48:54.606789 mmap(0x7fa50786f000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fa50786f000
20074 18:48:54.606834 mmap(0x7fa507875000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fa507875000
20074 18:48:54.606880 close(3)          = 0
20074 18:48:54.606921 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fa50769d000
20074 18:48:54.606965 arch_prctl(ARCH_SET_FS, 0x7fa50769d740) = 0
20074 18:48:54.607027 set_tid_address(0x7fa50769da10) = 20074
20074 18:48:54.607056 set_robust_list(0x7fa50769da20, 24) = 0
20074 18:48:54.607084 rseq(0x7fa50769e060, 0x20, 0, 0x53053053) = 0
20074 18:48:54.607193 mprotect(0x7fa50786f000, 16384, PROT_READ) = 0
20074 18:48:54.607246 mprotect(0x555cce018000, 4096, PROT_READ) = 0
20074 18:48:54.607287 mprotect(0x7fa5078c7000, 8192, PROT_READ) = 0
20074 18:48:54.607341 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20074 18:48:54.607394 munmap(0x7fa507882000, 38759) = 0
20074 18:48:54.607472 getrandom("\x95\x39\x75\xc2\xb5\x23\xb9\x18", 8, GRND_NONBLOCK) = 8
20074 18:48:54.607511 brk(NULL)         = 0x555cd9b7a000
20074 18:48:54.607538 brk(0x555cd9b9b000) = 0x555cd9b9b000
20074 18:48:54.608213 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.608262 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.608302 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507200000
20074 18:48:54.608350 close(3)          = 0
20074 18:48:54.608387 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.608427 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.609543 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20074 18:48:54.609611 read(3, "", 4096) = 0
20074 18:48:54.609643 close(3)          = 0
20074 18:48:54.609680 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.609723 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.609761 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.609825 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa50788b000
20074 18:48:54.609865 close(3)          = 0
20074 18:48:54.609901 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20074 18:48:54.609974 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.610015 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fa507884000
20074 18:48:54.611013 close(3)          = 0
20074 18:48:54.611053 futex(0x7fa507874a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20074 18:48:54.611091 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.611135 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.611173 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.611211 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507883000
20074 18:48:54.611248 close(3)          = 0
20074 18:48:54.611283 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.611318 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.611355 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.611391 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507882000
20074 18:48:54.611425 close(3)          = 0
20074 18:48:54.612076 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.612127 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.612166 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.612214 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa50769c000
20074 18:48:54.612252 close(3)          = 0
20074 18:48:54.612287 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.612324 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.612674 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.612716 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa50769b000
20074 18:48:54.613205 close(3)          = 0
20074 18:48:54.613253 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.613294 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.613330 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.613368 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa50769a000
20074 18:48:54.614086 close(3)          = 0
20074 18:48:54.614129 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.614169 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.614205 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.614244 close(3)          = 0
20074 18:48:54.618000 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.618069 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.618110 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507699000
20074 18:48:54.618151 close(3)          = 0
20074 18:48:54.618225 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.618266 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.618303 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.618339 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507698000
20074 18:48:54.618375 close(3)          = 0
20074 18:48:54.618411 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.618446 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.618480 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.618514 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507697000
20074 18:48:54.618553 close(3)          = 0
20074 18:48:54.618589 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.618623 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.619295 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.619340 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507696000
20074 18:48:54.619378 close(3)          = 0
20074 18:48:54.619423 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.619462 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.619498 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.619535 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa507695000
20074 18:48:54.619568 close(3)          = 0
20074 18:48:54.619604 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20074 18:48:54.619639 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20074 18:48:54.619674 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20074 18:48:54.619709 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa50763e000
20074 18:48:54.619754 close(3)          = 0
20074 18:48:54.619834 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc480af3c0) = 0
20074 18:48:54.670064 close(1)          = 0
20074 18:48:54.670136 close(2)          = 0
20074 18:48:54.670163 exit_group(0)     = ?
20074 18:48:54.670362 +++ exited with 0 +++
20056 18:48:54.670369 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20074
20056 18:48:54.670407 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.670450 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.670473 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20074, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.670492 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.670517 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.670565 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.670589 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.670620 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.670642 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.670666 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20075 18:48:54.671458 set_robust_list(0x7f3a25d14a20, 24) = 0
20075 18:48:54.671510 getpid( <unfinished ...>
20056 18:48:54.671524 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20075
20075 18:48:54.671538 <... getpid resumed>) = 20075
20056 18:48:54.671564 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20075 18:48:54.671598 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:54.671612 <... rt_sigprocmask resumed>NULL, 8) = 0
20075 18:48:54.671653 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:54.672037 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20075 18:48:54.672058 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20075 18:48:54.672093 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.672102 <... rt_sigprocmask resumed>[], 8) = 0
20075 18:48:54.672131 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.672145 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20075 18:48:54.672154 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.672177 <... rt_sigprocmask resumed>NULL, 8) = 0
20075 18:48:54.672201 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.672210 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20075 18:48:54.672582 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.672603 <... rt_sigprocmask resumed>[], 8) = 0
20075 18:48:54.672624 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.672637 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20075 18:48:54.672647 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20075 18:48:54.672665 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.672677 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20075 18:48:54.672702 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.672813 wait4(-1,  <unfinished ...>
20075 18:48:54.672824 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20075 18:48:54.674644 brk(NULL)         = 0x55fb5ed20000
20075 18:48:54.674874 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f5c179e2000
20075 18:48:54.674914 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20075 18:48:54.674950 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.674983 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.675013 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c179d8000
20075 18:48:54.675040 close(3)          = 0
20075 18:48:54.675073 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.675101 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20075 18:48:54.675364 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20075 18:48:54.675394 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.675425 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20075 18:48:54.677983 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f5c177f6000
20075 18:48:54.678029 mmap(0x7f5c1781c000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f5c1781c000
20075 18:48:54.678067 mmap(0x7f5c17972000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f5c17972000
20075 18:48:54.678097 mmap(0x7f5c179c5000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f5c179c5000
20075 18:48:54.678132 mmap(0x7f5c179cb000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f5c179cb000
20075 18:48:54.678169 close(3)          = 0
20075 18:48:54.678206 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f5c177f3000
20075 18:48:54.678237 arch_prctl(ARCH_SET_FS, 0x7f5c177f3740) = 0
20075 18:48:54.678260 set_tid_address(0x7f5c177f3a10) = 20075
20075 18:48:54.678282 set_robust_list(0x7f5c177f3a20, 24) = 0
20075 18:48:54.678304 rseq(0x7f5c177f4060, 0x20, 0, 0x53053053) = 0
20075 18:48:54.678380 mprotect(0x7f5c179c5000, 16384, PROT_READ) = 0
20075 18:48:54.678418 mprotect(0x55fb5bcf5000, 4096, PROT_READ) = 0
20075 18:48:54.678449 mprotect(0x7f5c17a1d000, 8192, PROT_READ) = 0
20075 18:48:54.678489 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20075 18:48:54.678532 munmap(0x7f5c179d8000, 38759) = 0
20075 18:48:54.678593 getrandom("\x4d\x2e\x21\x23\xb2\xf2\x8f\x8e", 8, GRND_NONBLOCK) = 8
20075 18:48:54.678622 brk(NULL)         = 0x55fb5ed20000
20075 18:48:54.678644 brk(0x55fb5ed41000) = 0x55fb5ed41000
20075 18:48:54.678674 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.678710 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.678739 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c17400000
20075 18:48:54.678773 close(3)          = 0
20075 18:48:54.680001 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.680044 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.680078 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20075 18:48:54.680115 read(3, "", 4096) = 0
20075 18:48:54.680138 close(3)          = 0
20075 18:48:54.680167 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.680198 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.680226 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.680263 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c179e1000
20075 18:48:54.680295 close(3)          = 0
20075 18:48:54.680321 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20075 18:48:54.680350 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.680378 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f5c179da000
20075 18:48:54.680405 close(3)          = 0
20075 18:48:54.680430 futex(0x7f5c179caa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20075 18:48:54.680458 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.680485 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.680512 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.680540 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c179d9000
20075 18:48:54.680566 close(3)          = 0
20075 18:48:54.680592 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.680618 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.680645 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.680672 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c179d8000
20075 18:48:54.680698 close(3)          = 0
20075 18:48:54.680723 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.680751 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.680778 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.680815 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177f2000
20075 18:48:54.680847 close(3)          = 0
20075 18:48:54.680876 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.680904 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.680931 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.680959 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177f1000
20075 18:48:54.681748 close(3)          = 0
20075 18:48:54.681787 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.681822 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.681851 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.681880 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177f0000
20075 18:48:54.681909 close(3)          = 0
20075 18:48:54.681975 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.682011 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.682039 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.682068 close(3)          = 0
20075 18:48:54.682092 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.682524 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.682563 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177ef000
20075 18:48:54.682593 close(3)          = 0
20075 18:48:54.682624 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.682654 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.682682 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.686611 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177ee000
20075 18:48:54.686650 close(3)          = 0
20075 18:48:54.686690 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.686722 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.686751 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.686780 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177ed000
20075 18:48:54.686809 close(3)          = 0
20075 18:48:54.686835 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.686863 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.686890 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.686917 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177ec000
20075 18:48:54.686943 close(3)          = 0
20075 18:48:54.687002 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.687030 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.687057 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.687084 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c177eb000
20075 18:48:54.687111 close(3)          = 0
20075 18:48:54.687136 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20075 18:48:54.687162 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20075 18:48:54.687189 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20075 18:48:54.687216 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5c17794000
20075 18:48:54.687241 close(3)          = 0
20075 18:48:54.687292 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffe0c7cc3b0) = 0
20075 18:48:54.737488 close(1)          = 0
20075 18:48:54.737529 close(2)          = 0
20075 18:48:54.737558 exit_group(0)     = ?
20075 18:48:54.737749 +++ exited with 0 +++
20056 18:48:54.737755 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20075
20056 18:48:54.737795 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.737840 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.737868 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20075, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.737888 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.737917 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.738008 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.738036 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.738071 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.738096 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.738123 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20079
20056 18:48:54.738933 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.738999 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.739039 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.739065 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.739093 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.739122 wait4(-1,  <unfinished ...>
20079 18:48:54.741112 set_robust_list(0x7f3a25d14a20, 24) = 0
20079 18:48:54.741263 getpid()          = 20079
20079 18:48:54.741377 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20079 18:48:54.741476 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20079 18:48:54.741640 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20079 18:48:54.741789 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20079 18:48:54.741918 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20079 18:48:54.742084 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20079 18:48:54.742190 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20079 18:48:54.742317 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20079 18:48:54.742884 brk(NULL)         = 0x55d06dea6000
20079 18:48:54.743251 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f23b3648000
20079 18:48:54.743382 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20079 18:48:54.743519 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.743655 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.743770 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b363e000
20079 18:48:54.743867 close(3)          = 0
20079 18:48:54.744004 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.744123 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20079 18:48:54.744239 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20079 18:48:54.744328 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.744421 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20079 18:48:54.744522 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f23b345c000
20079 18:48:54.744628 mmap(0x7f23b3482000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f23b3482000
20079 18:48:54.744741 mmap(0x7f23b35d8000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f23b35d8000
20079 18:48:54.744854 mmap(0x7f23b362b000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f23b362b000
20079 18:48:54.745024 mmap(0x7f23b3631000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f23b3631000
20079 18:48:54.745145 close(3)          = 0
20079 18:48:54.745261 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f23b3459000
20079 18:48:54.745378 arch_prctl(ARCH_SET_FS, 0x7f23b3459740) = 0
20079 18:48:54.745485 set_tid_address(0x7f23b3459a10) = 20079
20079 18:48:54.745571 set_robust_list(0x7f23b3459a20, 24) = 0
20079 18:48:54.745664 rseq(0x7f23b345a060, 0x20, 0, 0x53053053) = 0
20079 18:48:54.745846 mprotect(0x7f23b362b000, 16384, PROT_READ) = 0
20079 18:48:54.745985 mprotect(0x55d0486bb000, 4096, PROT_READ) = 0
20079 18:48:54.746080 mprotect(0x7f23b3683000, 8192, PROT_READ) = 0
20079 18:48:54.746195 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20079 18:48:54.746300 munmap(0x7f23b363e000, 38759) = 0
20079 18:48:54.746442 getrandom("\x99\xa2\x54\x9a\x8a\x65\x29\xf2", 8, GRND_NONBLOCK) = 8
20079 18:48:54.746539 brk(NULL)         = 0x55d06dea6000
20079 18:48:54.746626 brk(0x55d06dec7000) = 0x55d06dec7000
20079 18:48:54.746734 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.746863 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.746961 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3000000
20079 18:48:54.747066 close(3)          = 0
20079 18:48:54.747195 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.747299 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.747417 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20079 18:48:54.747524 read(3, "", 4096) = 0
20079 18:48:54.747605 close(3)          = 0
20079 18:48:54.747690 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.747774 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.747856 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.747958 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3647000
20079 18:48:54.748057 close(3)          = 0
20079 18:48:54.748150 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20079 18:48:54.748249 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.748349 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f23b3640000
20079 18:48:54.748460 close(3)          = 0
20079 18:48:54.748569 futex(0x7f23b3630a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20079 18:48:54.748676 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.748783 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.748883 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.748984 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b363f000
20079 18:48:54.749102 close(3)          = 0
20079 18:48:54.749202 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.749296 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.749391 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.749486 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b363e000
20079 18:48:54.749584 close(3)          = 0
20079 18:48:54.749703 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.749805 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.749907 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.750045 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3458000
20079 18:48:54.750138 close(3)          = 0
20079 18:48:54.750220 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.758003 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.758741 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.759371 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3457000
20079 18:48:54.759495 close(3)          = 0
20079 18:48:54.759600 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.759699 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.759792 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.759885 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3456000
20079 18:48:54.760002 close(3)          = 0
20079 18:48:54.760093 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.760198 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.760309 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.760408 close(3)          = 0
20079 18:48:54.760507 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.760593 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.760713 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3455000
20079 18:48:54.760792 close(3)          = 0
20079 18:48:54.760879 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.760961 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.761566 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.762366 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3454000
20079 18:48:54.762966 close(3)          = 0
20079 18:48:54.763093 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.763209 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.763299 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.763379 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3453000
20079 18:48:54.763463 close(3)          = 0
20079 18:48:54.763576 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.763668 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.763754 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.764499 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3452000
20079 18:48:54.764638 close(3)          = 0
20079 18:48:54.764725 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.764817 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.764906 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.764992 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b3451000
20079 18:48:54.765071 close(3)          = 0
20079 18:48:54.765151 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20079 18:48:54.765231 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20079 18:48:54.766612 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20079 18:48:54.766704 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f23b33fa000
20079 18:48:54.766786 close(3)          = 0
20079 18:48:54.770360 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7fffa0dc8bc0) = 0
20079 18:48:54.824158 close(1)          = 0
20079 18:48:54.824252 close(2)          = 0
20079 18:48:54.824339 exit_group(0)     = ?
20079 18:48:54.824593 +++ exited with 0 +++
20056 18:48:54.824626 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20079
20056 18:48:54.824691 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.824740 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.824768 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20079, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:54.824790 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:54.824819 rt_sigreturn({mask=[]}) = 0
20056 18:48:54.824871 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:54.824900 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:54.824934 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:54.824960 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:54.825001 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20081
20056 18:48:54.825268 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20081 18:48:54.825294 set_robust_list(0x7f3a25d14a20, 24) = 0
20056 18:48:54.825364 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20081 18:48:54.825423 getpid( <unfinished ...>
20056 18:48:54.825436 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20081 18:48:54.825447 <... getpid resumed>) = 20081
20056 18:48:54.825476 <... rt_sigprocmask resumed>NULL, 8) = 0
20081 18:48:54.825485 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:54.825510 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20081 18:48:54.825524 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:54.825537 <... rt_sigprocmask resumed>[], 8) = 0
20081 18:48:54.825553 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.825569 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20081 18:48:54.825579 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:54.825601 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20081 18:48:54.825616 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:54.825631 wait4(-1,  <unfinished ...>
20081 18:48:54.825642 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20081 18:48:54.825688 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20081 18:48:54.825784 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20081 18:48:54.825865 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20081 18:48:54.825976 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20081 18:48:54.826077 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20081 18:48:54.826512 brk(NULL)         = 0x5575e5e06000
20081 18:48:54.826774 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7e588c3000
20081 18:48:54.826881 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20081 18:48:54.826968 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.827051 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.827133 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e588b9000
20081 18:48:54.827210 close(3)          = 0
20081 18:48:54.827289 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.827372 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20081 18:48:54.827451 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20081 18:48:54.827541 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.827623 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20081 18:48:54.827707 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f7e586d7000
20081 18:48:54.827785 mmap(0x7f7e586fd000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f7e586fd000
20081 18:48:54.827876 mmap(0x7f7e58853000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f7e58853000
20081 18:48:54.827956 mmap(0x7f7e588a6000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f7e588a6000
20081 18:48:54.828056 mmap(0x7f7e588ac000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f7e588ac000
20081 18:48:54.828165 close(3)          = 0
20081 18:48:54.828266 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7e586d4000
20081 18:48:54.828358 arch_prctl(ARCH_SET_FS, 0x7f7e586d4740) = 0
20081 18:48:54.828435 set_tid_address(0x7f7e586d4a10) = 20081
20081 18:48:54.828509 set_robust_list(0x7f7e586d4a20, 24) = 0
20081 18:48:54.828581 rseq(0x7f7e586d5060, 0x20, 0, 0x53053053) = 0
20081 18:48:54.828718 mprotect(0x7f7e588a6000, 16384, PROT_READ) = 0
20081 18:48:54.828831 mprotect(0x5575d8390000, 4096, PROT_READ) = 0
20081 18:48:54.828918 mprotect(0x7f7e588fe000, 8192, PROT_READ) = 0
20081 18:48:54.829010 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20081 18:48:54.829104 munmap(0x7f7e588b9000, 38759) = 0
20081 18:48:54.829211 getrandom("\x79\x57\x7c\xca\x82\x49\x57\xfe", 8, GRND_NONBLOCK) = 8
20081 18:48:54.829324 brk(NULL)         = 0x5575e5e06000
20081 18:48:54.829404 brk(0x5575e5e27000) = 0x5575e5e27000
20081 18:48:54.829508 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.829609 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.829697 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e58200000
20081 18:48:54.829781 close(3)          = 0
20081 18:48:54.829861 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.829972 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.830082 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20081 18:48:54.830179 read(3, "", 4096) = 0
20081 18:48:54.830252 close(3)          = 0
20081 18:48:54.830331 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.830415 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.830494 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.830573 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e588c2000
20081 18:48:54.830666 close(3)          = 0
20081 18:48:54.830747 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20081 18:48:54.830829 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.830910 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f7e588bb000
20081 18:48:54.830994 close(3)          = 0
20081 18:48:54.831070 futex(0x7f7e588aba4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20081 18:48:54.831181 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.831273 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.831357 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.831442 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e588ba000
20081 18:48:54.831521 close(3)          = 0
20081 18:48:54.831604 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.831685 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.831800 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.831906 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e588b9000
20081 18:48:54.832009 close(3)          = 0
20081 18:48:54.832088 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.832203 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.832296 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.832377 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586d3000
20081 18:48:54.832460 close(3)          = 0
20081 18:48:54.832573 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.832669 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.832758 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.832845 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586d2000
20081 18:48:54.832929 close(3)          = 0
20081 18:48:54.833010 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.833095 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.833181 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.833266 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586d1000
20081 18:48:54.833350 close(3)          = 0
20081 18:48:54.833435 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.833523 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.833605 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.833691 close(3)          = 0
20081 18:48:54.833790 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.833884 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.834033 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586d0000
20081 18:48:54.834123 close(3)          = 0
20081 18:48:54.834203 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.834285 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.834392 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.834471 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586cf000
20081 18:48:54.834556 close(3)          = 0
20081 18:48:54.834637 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.834721 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.834803 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.834884 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586ce000
20081 18:48:54.834962 close(3)          = 0
20081 18:48:54.835038 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.835137 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.835216 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.835292 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586cd000
20081 18:48:54.835371 close(3)          = 0
20081 18:48:54.835453 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.839165 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.839297 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.839395 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e586cc000
20081 18:48:54.839484 close(3)          = 0
20081 18:48:54.839570 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20081 18:48:54.839654 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20081 18:48:54.839752 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20081 18:48:54.839854 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7e58675000
20081 18:48:54.839936 close(3)          = 0
20081 18:48:54.840043 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7fffdcbac2f0) = 0
20081 18:48:55.099856 close(1)          = 0
20081 18:48:55.099983 close(2)          = 0
20081 18:48:55.100076 exit_group(0)     = ?
20081 18:48:55.100367 +++ exited with 0 +++
20056 18:48:55.100377 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20081
20056 18:48:55.100420 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.100490 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.100528 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20081, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:55.100550 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:55.100579 rt_sigreturn({mask=[]}) = 0
20056 18:48:55.100633 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.100661 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.100696 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:55.100722 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:55.100751 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20082
20082 18:48:55.100997 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:55.101006 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20082 18:48:55.101022 <... set_robust_list resumed>) = 0
20082 18:48:55.101060 getpid( <unfinished ...>
20056 18:48:55.101067 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:55.101115 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20082 18:48:55.101130 <... getpid resumed>) = 20082
20082 18:48:55.101154 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20082 18:48:55.101181 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.101191 <... rt_sigprocmask resumed>[], 8) = 0
20082 18:48:55.101217 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.101230 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20082 18:48:55.101240 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.101266 <... rt_sigprocmask resumed>NULL, 8) = 0
20082 18:48:55.101274 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.101298 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20082 18:48:55.101321 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.101330 <... rt_sigprocmask resumed>[], 8) = 0
20082 18:48:55.101347 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.101360 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20082 18:48:55.101374 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.101383 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20082 18:48:55.101400 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.101422 wait4(-1,  <unfinished ...>
20082 18:48:55.101433 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20082 18:48:55.101468 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20082 18:48:55.101732 brk(NULL)         = 0x55f74665e000
20082 18:48:55.101983 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fa78b16f000
20082 18:48:55.102029 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20082 18:48:55.102064 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.102098 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.102130 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78b165000
20082 18:48:55.102157 close(3)          = 0
20082 18:48:55.102190 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.102220 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20082 18:48:55.102251 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20082 18:48:55.102279 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.102307 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20082 18:48:55.102333 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fa78af83000
20082 18:48:55.102361 mmap(0x7fa78afa9000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fa78afa9000
20082 18:48:55.102394 mmap(0x7fa78b0ff000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fa78b0ff000
20082 18:48:55.102423 mmap(0x7fa78b152000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fa78b152000
20082 18:48:55.102463 mmap(0x7fa78b158000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fa78b158000
20082 18:48:55.102499 close(3)          = 0
20082 18:48:55.102531 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fa78af80000
20082 18:48:55.102563 arch_prctl(ARCH_SET_FS, 0x7fa78af80740) = 0
20082 18:48:55.102587 set_tid_address(0x7fa78af80a10) = 20082
20082 18:48:55.102609 set_robust_list(0x7fa78af80a20, 24) = 0
20082 18:48:55.102632 rseq(0x7fa78af81060, 0x20, 0, 0x53053053) = 0
20082 18:48:55.102710 mprotect(0x7fa78b152000, 16384, PROT_READ) = 0
20082 18:48:55.102745 mprotect(0x55f723096000, 4096, PROT_READ) = 0
20082 18:48:55.102778 mprotect(0x7fa78b1aa000, 8192, PROT_READ) = 0
20082 18:48:55.102816 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20082 18:48:55.102855 munmap(0x7fa78b165000, 38759) = 0
20082 18:48:55.102911 getrandom("\x8a\x2a\x6b\x6f\x5d\xa3\x69\xe4", 8, GRND_NONBLOCK) = 8
20082 18:48:55.102939 brk(NULL)         = 0x55f74665e000
20082 18:48:55.102962 brk(0x55f74667f000) = 0x55f74667f000
20082 18:48:55.102997 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.103029 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.103058 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78ac00000
20082 18:48:55.103093 close(3)          = 0
20082 18:48:55.103121 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.103151 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.103182 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20082 18:48:55.103217 read(3, "", 4096) = 0
20082 18:48:55.103240 close(3)          = 0
20082 18:48:55.103268 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.103298 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.103334 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.103363 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78b16e000
20082 18:48:55.103396 close(3)          = 0
20082 18:48:55.103422 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20082 18:48:55.103452 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.103480 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fa78b167000
20082 18:48:55.103507 close(3)          = 0
20082 18:48:55.103533 futex(0x7fa78b157a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20082 18:48:55.103560 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.103588 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.103616 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.103644 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78b166000
20082 18:48:55.103670 close(3)          = 0
20082 18:48:55.103696 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.103724 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.103751 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.103779 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78b165000
20082 18:48:55.103806 close(3)          = 0
20082 18:48:55.103833 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.103861 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.103888 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.103916 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af7f000
20082 18:48:55.103984 close(3)          = 0
20082 18:48:55.104021 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.104051 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104080 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.104108 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af7e000
20082 18:48:55.104138 close(3)          = 0
20082 18:48:55.104166 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.104193 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104221 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.104248 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af7d000
20082 18:48:55.104275 close(3)          = 0
20082 18:48:55.104301 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.104329 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104359 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.104387 close(3)          = 0
20082 18:48:55.104412 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104440 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.104468 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af7c000
20082 18:48:55.104494 close(3)          = 0
20082 18:48:55.104520 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.104548 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104575 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.104603 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af7b000
20082 18:48:55.104635 close(3)          = 0
20082 18:48:55.104661 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.104689 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104716 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.104744 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af7a000
20082 18:48:55.104771 close(3)          = 0
20082 18:48:55.104798 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.104825 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104853 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.104880 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af79000
20082 18:48:55.104907 close(3)          = 0
20082 18:48:55.104936 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.104965 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.104993 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.105021 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af78000
20082 18:48:55.105047 close(3)          = 0
20082 18:48:55.105073 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20082 18:48:55.105100 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20082 18:48:55.105128 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20082 18:48:55.105155 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa78af21000
20082 18:48:55.105181 close(3)          = 0
20082 18:48:55.105226 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd8591ee80) = 0
20082 18:48:55.158061 close(1)          = 0
20082 18:48:55.158106 close(2)          = 0
20082 18:48:55.158134 exit_group(0)     = ?
20082 18:48:55.158321 +++ exited with 0 +++
20056 18:48:55.158343 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20082
20056 18:48:55.158384 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.158432 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.158460 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20082, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:55.158482 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:55.158510 rt_sigreturn({mask=[]}) = 0
20056 18:48:55.158561 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.158588 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.158622 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:55.158646 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:55.158673 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20083
20056 18:48:55.158931 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20083 18:48:55.158953 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:55.158961 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:55.159002 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.159039 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.159065 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.159093 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.159122 wait4(-1,  <unfinished ...>
20083 18:48:55.159682 <... set_robust_list resumed>) = 0
20083 18:48:55.169982 getpid()          = 20083
20083 18:48:55.174106 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20083 18:48:55.178000 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20083 18:48:55.278172 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20083 18:48:55.278277 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20083 18:48:55.278322 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20083 18:48:55.278352 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20083 18:48:55.278380 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20083 18:48:55.278423 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20083 18:48:55.334408 brk(NULL)         = 0x55d313c1b000
20083 18:48:55.334639 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f5221b9d000
20083 18:48:55.334682 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20083 18:48:55.334733 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.334766 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.334796 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5221b93000
20083 18:48:55.334822 close(3)          = 0
20083 18:48:55.334853 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.334882 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20083 18:48:55.334910 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20083 18:48:55.334936 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.334964 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20083 18:48:55.334989 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f52219b1000
20083 18:48:55.335015 mmap(0x7f52219d7000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f52219d7000
20083 18:48:55.335047 mmap(0x7f5221b2d000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f5221b2d000
20083 18:48:55.335075 mmap(0x7f5221b80000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f5221b80000
20083 18:48:55.335109 mmap(0x7f5221b86000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f5221b86000
20083 18:48:55.335146 close(3)          = 0
20083 18:48:55.335175 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f52219ae000
20083 18:48:55.335206 arch_prctl(ARCH_SET_FS, 0x7f52219ae740) = 0
20083 18:48:55.335228 set_tid_address(0x7f52219aea10) = 20083
20083 18:48:55.335250 set_robust_list(0x7f52219aea20, 24) = 0
20083 18:48:55.335271 rseq(0x7f52219af060, 0x20, 0, 0x53053053) = 0
20083 18:48:55.335350 mprotect(0x7f5221b80000, 16384, PROT_READ) = 0
20083 18:48:55.335384 mprotect(0x55d306b09000, 4096, PROT_READ) = 0
20083 18:48:55.335414 mprotect(0x7f5221bd8000, 8192, PROT_READ) = 0
20083 18:48:55.335453 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20083 18:48:55.335492 munmap(0x7f5221b93000, 38759) = 0
20083 18:48:55.335563 getrandom("\xbc\x5a\x74\xbd\x36\xf7\xdc\xde", 8, GRND_NONBLOCK) = 8
20083 18:48:55.335591 brk(NULL)         = 0x55d313c1b000
20083 18:48:55.335613 brk(0x55d313c3c000) = 0x55d313c3c000
20083 18:48:55.335643 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.335675 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.335703 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5221600000
20083 18:48:55.335737 close(3)          = 0
20083 18:48:55.335765 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.335796 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.335828 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20083 18:48:55.335863 read(3, "", 4096) = 0
20083 18:48:55.335887 close(3)          = 0
20083 18:48:55.335916 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.335945 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.335973 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.336000 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5221b9c000
20083 18:48:55.336028 close(3)          = 0
20083 18:48:55.336055 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20083 18:48:55.336083 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.336110 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f5221b95000
20083 18:48:55.336136 close(3)          = 0
20083 18:48:55.336160 futex(0x7f5221b85a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20083 18:48:55.336189 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.336215 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.336242 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.336269 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5221b94000
20083 18:48:55.336294 close(3)          = 0
20083 18:48:55.336319 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.336346 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.336373 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.336400 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5221b93000
20083 18:48:55.336425 close(3)          = 0
20083 18:48:55.336451 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.336479 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.336505 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.336532 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219ad000
20083 18:48:55.336558 close(3)          = 0
20083 18:48:55.336583 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.336610 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.336636 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.336742 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219ac000
20083 18:48:55.336771 close(3)          = 0
20083 18:48:55.336798 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.336852 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.336878 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.336907 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219ab000
20083 18:48:55.336938 close(3)          = 0
20083 18:48:55.336966 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.336993 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.337020 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.337048 close(3)          = 0
20083 18:48:55.337072 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.337099 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.337126 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219aa000
20083 18:48:55.337151 close(3)          = 0
20083 18:48:55.337177 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.337204 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.337230 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.337257 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219a9000
20083 18:48:55.337284 close(3)          = 0
20083 18:48:55.337309 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.337336 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.337362 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.337390 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219a8000
20083 18:48:55.337423 close(3)          = 0
20083 18:48:55.337449 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.337498 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.337526 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.337553 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219a7000
20083 18:48:55.337580 close(3)          = 0
20083 18:48:55.337611 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.337638 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.337665 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.337693 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f52219a6000
20083 18:48:55.337719 close(3)          = 0
20083 18:48:55.337744 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20083 18:48:55.337770 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20083 18:48:55.337798 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20083 18:48:55.337827 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f522194f000
20083 18:48:55.337852 close(3)          = 0
20083 18:48:55.337897 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffdcf73ca80) = 0
20083 18:48:55.410069 close(1)          = 0
20083 18:48:55.410111 close(2)          = 0
20083 18:48:55.410137 exit_group(0)     = ?
20083 18:48:55.410340 +++ exited with 0 +++
20056 18:48:55.432817 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20083
20056 18:48:55.494020 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.578025 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.581628 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20083, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:55.582818 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:55.583455 rt_sigreturn({mask=[]}) = 0
20056 18:48:55.583597 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.583680 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.583802 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:55.583879 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:55.584010 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20087
20087 18:48:55.584341 set_robust_list(0x7f3a25d14a20, 24) = 0
20087 18:48:55.584394 getpid( <unfinished ...>
20056 18:48:55.584401 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20087 18:48:55.584427 <... getpid resumed>) = 20087
20056 18:48:55.584436 <... rt_sigprocmask resumed>NULL, 8) = 0
20087 18:48:55.584468 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20087 18:48:55.584498 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.584509 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20087 18:48:55.584531 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20087 18:48:55.584547 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.584559 <... rt_sigprocmask resumed>[], 8) = 0
20087 18:48:55.584576 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20087 18:48:55.584590 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.584613 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20087 18:48:55.584647 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.584660 <... rt_sigprocmask resumed>NULL, 8) = 0
20087 18:48:55.584674 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20087 18:48:55.584689 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.584698 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20087 18:48:55.584719 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20087 18:48:55.584734 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.584746 <... rt_sigprocmask resumed>[], 8) = 0
20087 18:48:55.584763 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20087 18:48:55.584794 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */ <unfinished ...>
20056 18:48:55.584817 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.585139 wait4(-1,  <unfinished ...>
20087 18:48:55.585167 <... execve resumed>) = 0
20087 18:48:55.585201 brk(NULL)         = 0x55f1b13a4000
20087 18:48:55.585406 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fcf6ecb7000
20087 18:48:55.585445 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20087 18:48:55.585484 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.585517 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.585548 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6ecad000
20087 18:48:55.585576 close(3)          = 0
20087 18:48:55.585608 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.585638 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20087 18:48:55.585674 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20087 18:48:55.585702 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.585732 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20087 18:48:55.585758 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fcf6eacb000
20087 18:48:55.585787 mmap(0x7fcf6eaf1000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fcf6eaf1000
20087 18:48:55.585820 mmap(0x7fcf6ec47000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fcf6ec47000
20087 18:48:55.585850 mmap(0x7fcf6ec9a000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fcf6ec9a000
20087 18:48:55.585885 mmap(0x7fcf6eca0000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fcf6eca0000
20087 18:48:55.585923 close(3)          = 0
20087 18:48:55.585987 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fcf6eac8000
20087 18:48:55.586022 arch_prctl(ARCH_SET_FS, 0x7fcf6eac8740) = 0
20087 18:48:55.586046 set_tid_address(0x7fcf6eac8a10) = 20087
20087 18:48:55.586069 set_robust_list(0x7fcf6eac8a20, 24) = 0
20087 18:48:55.586092 rseq(0x7fcf6eac9060, 0x20, 0, 0x53053053) = 0
20087 18:48:55.586175 mprotect(0x7fcf6ec9a000, 16384, PROT_READ) = 0
20087 18:48:55.586212 mprotect(0x55f1b0a24000, 4096, PROT_READ) = 0
20087 18:48:55.586244 mprotect(0x7fcf6ecf2000, 8192, PROT_READ) = 0
20087 18:48:55.586285 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20087 18:48:55.586325 munmap(0x7fcf6ecad000, 38759) = 0
20087 18:48:55.586385 getrandom("\x2f\xad\xb7\xb6\x1d\x31\x40\x1e", 8, GRND_NONBLOCK) = 8
20087 18:48:55.586414 brk(NULL)         = 0x55f1b13a4000
20087 18:48:55.586437 brk(0x55f1b13c5000) = 0x55f1b13c5000
20087 18:48:55.586470 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.586501 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.586531 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6e600000
20087 18:48:55.586565 close(3)          = 0
20087 18:48:55.586593 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.586624 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.586657 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20087 18:48:55.586693 read(3, "", 4096) = 0
20087 18:48:55.586718 close(3)          = 0
20087 18:48:55.586747 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.586776 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.586806 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.586834 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6ecb6000
20087 18:48:55.586863 close(3)          = 0
20087 18:48:55.586890 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20087 18:48:55.586920 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.586948 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fcf6ecaf000
20087 18:48:55.586976 close(3)          = 0
20087 18:48:55.587002 futex(0x7fcf6ec9fa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20087 18:48:55.587031 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.587059 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.587088 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.587116 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6ecae000
20087 18:48:55.587143 close(3)          = 0
20087 18:48:55.587202 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.587239 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.587268 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.587297 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6ecad000
20087 18:48:55.587325 close(3)          = 0
20087 18:48:55.587353 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.587381 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.587410 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.587438 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac7000
20087 18:48:55.587465 close(3)          = 0
20087 18:48:55.587492 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.587520 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.587548 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.587575 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac6000
20087 18:48:55.587609 close(3)          = 0
20087 18:48:55.587635 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.587667 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.587694 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.587722 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac5000
20087 18:48:55.587749 close(3)          = 0
20087 18:48:55.587775 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.587804 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.587833 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.587862 close(3)          = 0
20087 18:48:55.587887 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.587915 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.587942 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac4000
20087 18:48:55.587969 close(3)          = 0
20087 18:48:55.587995 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.588023 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.588050 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.588078 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac3000
20087 18:48:55.588104 close(3)          = 0
20087 18:48:55.588131 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.588159 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.588186 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.588214 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac2000
20087 18:48:55.588241 close(3)          = 0
20087 18:48:55.588267 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.588294 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.588322 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.588349 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac1000
20087 18:48:55.588376 close(3)          = 0
20087 18:48:55.588406 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.588434 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.588468 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.588496 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6eac0000
20087 18:48:55.588523 close(3)          = 0
20087 18:48:55.588549 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20087 18:48:55.588577 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20087 18:48:55.588604 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20087 18:48:55.588632 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fcf6ea69000
20087 18:48:55.588658 close(3)          = 0
20087 18:48:55.588706 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd8eeb59f0) = 0
20087 18:48:55.638921 close(1)          = 0
20087 18:48:55.638968 close(2)          = 0
20087 18:48:55.638996 exit_group(0)     = ?
20087 18:48:55.639203 +++ exited with 0 +++
20056 18:48:55.639297 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20087
20056 18:48:55.794010 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.796932 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.797036 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20087, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:55.797415 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:55.797569 rt_sigreturn({mask=[]}) = 0
20056 18:48:55.797690 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.797977 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.798111 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:55.798188 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:55.798265 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20092 18:48:55.798550 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:55.798567 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20092
20092 18:48:55.798579 <... set_robust_list resumed>) = 0
20056 18:48:55.798632 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20092 18:48:55.798654 getpid()          = 20092
20056 18:48:55.798724 <... rt_sigprocmask resumed>NULL, 8) = 0
20092 18:48:55.799413 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:55.799440 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20048 18:48:55.799464 <... wait4 resumed>0x7ffdc3f296d0, 0, NULL) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)
20092 18:48:55.799480 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:55.799500 <... rt_sigprocmask resumed>[], 8) = 0
20048 18:48:55.799533 --- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=20046, si_uid=0} ---
20092 18:48:55.799552 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.799895 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20048 18:48:55.799923 rt_sigreturn({mask=[CHLD]} <unfinished ...>
20092 18:48:55.799937 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:55.799963 <... rt_sigreturn resumed>) = -1 EINTR (Interrupted system call)
20092 18:48:55.799983 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20048 18:48:55.800005 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20092 18:48:55.800026 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.800042 <... rt_sigprocmask resumed>NULL, 8) = 0
20048 18:48:55.800051 <... rt_sigprocmask resumed>[CHLD], 8) = 0
20092 18:48:55.800070 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.800094 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20092 18:48:55.800119 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:55.800142 rt_sigprocmask(SIG_SETMASK, [CHLD],  <unfinished ...>
20056 18:48:55.800166 <... rt_sigprocmask resumed>[], 8) = 0
20092 18:48:55.800188 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20048 18:48:55.800205 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:55.800213 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20092 18:48:55.800234 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20092 18:48:55.800283 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.800300 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:55.800323 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20092 18:48:55.800341 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.800359 wait4(-1,  <unfinished ...>
20092 18:48:55.800379 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20048 18:48:55.800394 <... rt_sigprocmask resumed>NULL, 8) = 0
20092 18:48:55.800423 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:55.800444 rt_sigaction(SIGTERM, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20092 18:48:55.801899 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */ <unfinished ...>
20048 18:48:55.801976 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20048 18:48:55.802278 getpid( <unfinished ...>
20092 18:48:55.802306 <... execve resumed>) = 0
20092 18:48:55.802340 brk(NULL)         = 0x55c4f7a0e000
20092 18:48:55.802540 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0 <unfinished ...>
20048 18:48:55.802551 <... getpid resumed>) = 20048
20092 18:48:55.802583 <... mmap resumed>) = 0x7fd928c7e000
20048 18:48:55.802591 kill(20048, SIGTERM <unfinished ...>
20092 18:48:55.802616 access("/etc/ld.so.preload", R_OK <unfinished ...>
20048 18:48:55.802630 <... kill resumed>) = 0
20092 18:48:55.802651 <... access resumed>) = -1 ENOENT (No such file or directory)
20048 18:48:55.802662 --- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=20048, si_uid=0} ---
20092 18:48:55.802687 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.802728 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.802762 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928c74000
20092 18:48:55.802789 close(3)          = 0
20092 18:48:55.802818 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC <unfinished ...>
20048 18:48:55.802831 +++ killed by SIGTERM +++
20092 18:48:55.802845 <... openat resumed>) = 3
20092 18:48:55.802859 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20092 18:48:55.802887 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20092 18:48:55.802914 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.802945 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20092 18:48:55.802971 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fd928a92000
20092 18:48:55.802999 mmap(0x7fd928ab8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fd928ab8000
20092 18:48:55.803036 mmap(0x7fd928c0e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fd928c0e000
20092 18:48:55.803065 mmap(0x7fd928c61000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fd928c61000
20092 18:48:55.803099 mmap(0x7fd928c67000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fd928c67000
20092 18:48:55.803135 close(3)          = 0
20092 18:48:55.803166 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fd928a8f000
20092 18:48:55.803199 arch_prctl(ARCH_SET_FS, 0x7fd928a8f740) = 0
20092 18:48:55.803223 set_tid_address(0x7fd928a8fa10) = 20092
20092 18:48:55.803246 set_robust_list(0x7fd928a8fa20, 24) = 0
20092 18:48:55.803269 rseq(0x7fd928a90060, 0x20, 0, 0x53053053) = 0
20092 18:48:55.804394 mprotect(0x7fd928c61000, 16384, PROT_READ) = 0
20092 18:48:55.804437 mprotect(0x55c4c1163000, 4096, PROT_READ) = 0
20092 18:48:55.804467 mprotect(0x7fd928cb9000, 8192, PROT_READ) = 0
20092 18:48:55.804506 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20092 18:48:55.804574 munmap(0x7fd928c74000, 38759) = 0
20092 18:48:55.804631 getrandom("\xb0\xe9\xc6\xcb\x4f\x66\x81\x61", 8, GRND_NONBLOCK) = 8
20092 18:48:55.804662 brk(NULL)         = 0x55c4f7a0e000
20092 18:48:55.804686 brk(0x55c4f7a2f000) = 0x55c4f7a2f000
20092 18:48:55.804717 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.804749 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.804779 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928600000
20092 18:48:55.804811 close(3)          = 0
20092 18:48:55.804838 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.804867 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.804898 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20092 18:48:55.804933 read(3, "", 4096) = 0
20092 18:48:55.804956 close(3)          = 0
20092 18:48:55.804984 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.805014 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.805041 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.805069 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928c7d000
20092 18:48:55.805097 close(3)          = 0
20092 18:48:55.805123 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20092 18:48:55.805152 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.805180 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fd928c76000
20092 18:48:55.805206 close(3)          = 0
20092 18:48:55.805231 futex(0x7fd928c66a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20092 18:48:55.805257 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.805286 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.805313 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.805341 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928c75000
20092 18:48:55.805367 close(3)          = 0
20092 18:48:55.805393 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.805421 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.805448 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.805475 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928c74000
20092 18:48:55.805501 close(3)          = 0
20092 18:48:55.805527 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.805559 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.805586 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.805615 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a8e000
20092 18:48:55.805640 close(3)          = 0
20092 18:48:55.805667 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.805696 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.806001 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.806035 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a8d000
20092 18:48:55.806066 close(3)          = 0
20092 18:48:55.806096 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.806125 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.806150 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.806176 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a8c000
20092 18:48:55.806199 close(3)          = 0
20092 18:48:55.806743 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.806778 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.806806 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.806835 close(3)          = 0
20092 18:48:55.806859 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.806887 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.806915 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a8b000
20092 18:48:55.806943 close(3)          = 0
20092 18:48:55.806970 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.806998 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.807026 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.807053 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a8a000
20092 18:48:55.807079 close(3)          = 0
20092 18:48:55.807105 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.807133 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.807159 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.807186 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a89000
20092 18:48:55.807213 close(3)          = 0
20092 18:48:55.807271 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.807300 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.807327 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.807355 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a88000
20092 18:48:55.807381 close(3)          = 0
20092 18:48:55.807410 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.807457 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.807484 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.807512 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a87000
20092 18:48:55.807538 close(3)          = 0
20092 18:48:55.807564 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20092 18:48:55.807591 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20092 18:48:55.807623 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20092 18:48:55.807650 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd928a30000
20092 18:48:55.807676 close(3)          = 0
20092 18:48:55.807722 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7fffdae41d60) = 0
20092 18:48:55.857917 close(1)          = 0
20092 18:48:55.857989 close(2)          = 0
20092 18:48:55.858018 exit_group(0)     = ?
20092 18:48:55.858216 +++ exited with 0 +++
20056 18:48:55.858271 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20092
20056 18:48:55.858341 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.858463 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.858541 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20092, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:55.858587 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:55.858664 rt_sigreturn({mask=[]}) = 0
20056 18:48:55.858770 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.858851 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.858934 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:55.859028 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:55.859111 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20102 18:48:55.859371 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:55.859389 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20102
20102 18:48:55.859401 <... set_robust_list resumed>) = 0
20056 18:48:55.859449 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20102 18:48:55.859499 getpid( <unfinished ...>
20056 18:48:55.859513 <... rt_sigprocmask resumed>NULL, 8) = 0
20102 18:48:55.859525 <... getpid resumed>) = 20102
20102 18:48:55.859603 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.859669 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20102 18:48:55.859688 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.859704 <... rt_sigprocmask resumed>[], 8) = 0
20102 18:48:55.859720 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20102 18:48:55.859755 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.859770 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20102 18:48:55.859789 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.859806 <... rt_sigprocmask resumed>NULL, 8) = 0
20102 18:48:55.859816 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.859833 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20102 18:48:55.859850 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.859867 <... rt_sigprocmask resumed>[], 8) = 0
20102 18:48:55.859900 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.859917 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20102 18:48:55.859929 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.859946 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20102 18:48:55.859964 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.859991 wait4(-1,  <unfinished ...>
20102 18:48:55.860000 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20102 18:48:55.860054 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20102 18:48:55.860147 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20102 18:48:55.860558 brk(NULL)         = 0x555b97f30000
20102 18:48:55.860819 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f1fcf61e000
20102 18:48:55.860912 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20102 18:48:55.861021 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.861108 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.861279 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf614000
20102 18:48:55.861371 close(3)          = 0
20102 18:48:55.861452 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.861545 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20102 18:48:55.861645 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20102 18:48:55.861720 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.861798 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20102 18:48:55.861872 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f1fcf432000
20102 18:48:55.861993 mmap(0x7f1fcf458000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f1fcf458000
20102 18:48:55.862080 mmap(0x7f1fcf5ae000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f1fcf5ae000
20102 18:48:55.862194 mmap(0x7f1fcf601000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f1fcf601000
20102 18:48:55.862282 mmap(0x7f1fcf607000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f1fcf607000
20102 18:48:55.862390 close(3)          = 0
20102 18:48:55.862499 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f1fcf42f000
20102 18:48:55.862589 arch_prctl(ARCH_SET_FS, 0x7f1fcf42f740) = 0
20102 18:48:55.862661 set_tid_address(0x7f1fcf42fa10) = 20102
20102 18:48:55.862735 set_robust_list(0x7f1fcf42fa20, 24) = 0
20102 18:48:55.862831 rseq(0x7f1fcf430060, 0x20, 0, 0x53053053) = 0
20102 18:48:55.862962 mprotect(0x7f1fcf601000, 16384, PROT_READ) = 0
20102 18:48:55.863050 mprotect(0x555b5e927000, 4096, PROT_READ) = 0
20102 18:48:55.863134 mprotect(0x7f1fcf659000, 8192, PROT_READ) = 0
20102 18:48:55.863222 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20102 18:48:55.863326 munmap(0x7f1fcf614000, 38759) = 0
20102 18:48:55.863464 getrandom("\xbb\x85\xd6\xda\x83\x19\xf3\x18", 8, GRND_NONBLOCK) = 8
20102 18:48:55.863543 brk(NULL)         = 0x555b97f30000
20102 18:48:55.863617 brk(0x555b97f51000) = 0x555b97f51000
20102 18:48:55.863699 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.863786 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.863865 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf000000
20102 18:48:55.864021 close(3)          = 0
20102 18:48:55.864103 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.864189 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.864272 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20102 18:48:55.864359 read(3, "", 4096) = 0
20102 18:48:55.864436 close(3)          = 0
20102 18:48:55.864514 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.864621 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.864700 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.864777 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf61d000
20102 18:48:55.864881 close(3)          = 0
20102 18:48:55.864956 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20102 18:48:55.865036 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.865118 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f1fcf616000
20102 18:48:55.865216 close(3)          = 0
20102 18:48:55.865291 futex(0x7f1fcf606a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20102 18:48:55.865368 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.865450 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.865528 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.865629 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf615000
20102 18:48:55.865712 close(3)          = 0
20102 18:48:55.865816 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.865897 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.866017 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.866099 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf614000
20102 18:48:55.866181 close(3)          = 0
20102 18:48:55.866264 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.866349 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.866454 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.866540 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf42e000
20102 18:48:55.866620 close(3)          = 0
20102 18:48:55.866734 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.866842 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.866921 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.867011 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf42d000
20102 18:48:55.895846 close(3)          = 0
20102 18:48:55.895994 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.896150 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.896235 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.896319 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf42c000
20102 18:48:55.896403 close(3)          = 0
20102 18:48:55.896481 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.896562 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.896643 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.896779 close(3)          = 0
20102 18:48:55.896856 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.896936 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.897014 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf42b000
20102 18:48:55.897091 close(3)          = 0
20102 18:48:55.897168 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.897249 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.897363 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.897444 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf42a000
20102 18:48:55.897522 close(3)          = 0
20102 18:48:55.897599 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.897680 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.897757 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.897835 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf429000
20102 18:48:55.897975 close(3)          = 0
20102 18:48:55.898059 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.898142 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.898219 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.898306 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf428000
20102 18:48:55.898391 close(3)          = 0
20102 18:48:55.898501 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.898584 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.898666 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.898765 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf427000
20102 18:48:55.898842 close(3)          = 0
20102 18:48:55.898918 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20102 18:48:55.898998 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20102 18:48:55.899098 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20102 18:48:55.899178 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f1fcf3d0000
20102 18:48:55.899254 close(3)          = 0
20102 18:48:55.899368 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd1ecd4490) = 0
20102 18:48:55.950063 close(1)          = 0
20102 18:48:55.950106 close(2)          = 0
20102 18:48:55.950135 exit_group(0)     = ?
20102 18:48:55.950353 +++ exited with 0 +++
20056 18:48:55.950375 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20102
20056 18:48:55.950433 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.950479 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.950507 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20102, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:55.950528 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:55.950558 rt_sigreturn({mask=[]}) = 0
20056 18:48:55.950611 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:55.950639 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:55.950673 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:55.950699 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:55.950728 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20107
20107 18:48:55.950935 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:55.950943 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20107 18:48:55.950959 <... set_robust_list resumed>) = 0
20107 18:48:55.950992 getpid( <unfinished ...>
20056 18:48:55.950999 <... rt_sigprocmask resumed>NULL, 8) = 0
20107 18:48:55.951048 <... getpid resumed>) = 20107
20056 18:48:55.951055 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20107 18:48:55.951081 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20107 18:48:55.951107 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.951129 <... rt_sigprocmask resumed>[], 8) = 0
20107 18:48:55.951152 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.951166 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20107 18:48:55.951176 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.951191 <... rt_sigprocmask resumed>NULL, 8) = 0
20107 18:48:55.951205 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.951218 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20107 18:48:55.951232 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.951244 <... rt_sigprocmask resumed>[], 8) = 0
20107 18:48:55.951254 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20107 18:48:55.951278 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:55.951287 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20107 18:48:55.951303 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.951316 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20107 18:48:55.951327 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:55.951354 wait4(-1,  <unfinished ...>
20107 18:48:55.951364 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20107 18:48:55.951402 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20107 18:48:55.951650 brk(NULL)         = 0x563c3ea8d000
20107 18:48:55.951866 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f89c1c68000
20107 18:48:55.951906 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20107 18:48:55.951940 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.951978 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.952010 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1c5e000
20107 18:48:55.952037 close(3)          = 0
20107 18:48:55.952069 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.952097 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20107 18:48:55.952128 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20107 18:48:55.952154 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.952183 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20107 18:48:55.952209 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f89c1a7c000
20107 18:48:55.952237 mmap(0x7f89c1aa2000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f89c1aa2000
20107 18:48:55.952269 mmap(0x7f89c1bf8000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f89c1bf8000
20107 18:48:55.952298 mmap(0x7f89c1c4b000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f89c1c4b000
20107 18:48:55.952338 mmap(0x7f89c1c51000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f89c1c51000
20107 18:48:55.952388 close(3)          = 0
20107 18:48:55.952427 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f89c1a79000
20107 18:48:55.952467 arch_prctl(ARCH_SET_FS, 0x7f89c1a79740) = 0
20107 18:48:55.952496 set_tid_address(0x7f89c1a79a10) = 20107
20107 18:48:55.952524 set_robust_list(0x7f89c1a79a20, 24) = 0
20107 18:48:55.952546 rseq(0x7f89c1a7a060, 0x20, 0, 0x53053053) = 0
20107 18:48:55.952631 mprotect(0x7f89c1c4b000, 16384, PROT_READ) = 0
20107 18:48:55.952667 mprotect(0x563c3698d000, 4096, PROT_READ) = 0
20107 18:48:55.952699 mprotect(0x7f89c1ca3000, 8192, PROT_READ) = 0
20107 18:48:55.952737 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20107 18:48:55.952778 munmap(0x7f89c1c5e000, 38759) = 0
20107 18:48:55.952854 getrandom("\x2e\xf6\xfc\x8f\xe9\x6c\x6f\xb5", 8, GRND_NONBLOCK) = 8
20107 18:48:55.952895 brk(NULL)         = 0x563c3ea8d000
20107 18:48:55.952919 brk(0x563c3eaae000) = 0x563c3eaae000
20107 18:48:55.952953 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.952984 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.953015 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1600000
20107 18:48:55.953050 close(3)          = 0
20107 18:48:55.953078 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.953110 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.953142 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20107 18:48:55.953178 read(3, "", 4096) = 0
20107 18:48:55.953202 close(3)          = 0
20107 18:48:55.953231 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.953261 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.953289 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.953317 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1c67000
20107 18:48:55.953347 close(3)          = 0
20107 18:48:55.953374 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20107 18:48:55.953402 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.953430 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f89c1c60000
20107 18:48:55.953456 close(3)          = 0
20107 18:48:55.953483 futex(0x7f89c1c50a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20107 18:48:55.953510 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.953538 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.953566 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.953594 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1c5f000
20107 18:48:55.953620 close(3)          = 0
20107 18:48:55.953646 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.953674 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.953701 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.953729 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1c5e000
20107 18:48:55.953755 close(3)          = 0
20107 18:48:55.953781 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.953810 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.953837 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.953865 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a78000
20107 18:48:55.953892 close(3)          = 0
20107 18:48:55.954001 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.954044 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.954073 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.954110 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a77000
20107 18:48:55.954152 close(3)          = 0
20107 18:48:55.954190 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.954223 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.954251 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.954280 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a76000
20107 18:48:55.954308 close(3)          = 0
20107 18:48:55.954335 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.954363 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.954391 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.954431 close(3)          = 0
20107 18:48:55.954466 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.954497 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.954525 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a75000
20107 18:48:55.954554 close(3)          = 0
20107 18:48:55.954583 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.954612 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.954639 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.954667 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a74000
20107 18:48:55.954694 close(3)          = 0
20107 18:48:55.954720 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.954749 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.954776 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.954804 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a73000
20107 18:48:55.954832 close(3)          = 0
20107 18:48:55.954859 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.954885 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.954915 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.954943 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a72000
20107 18:48:55.954970 close(3)          = 0
20107 18:48:55.955002 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.955029 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.955057 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.955085 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a71000
20107 18:48:55.955111 close(3)          = 0
20107 18:48:55.955137 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20107 18:48:55.955165 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20107 18:48:55.955193 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20107 18:48:55.955221 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f89c1a1a000
20107 18:48:55.955247 close(3)          = 0
20107 18:48:55.955295 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffe037f4e30) = 0
20107 18:48:56.007264 close(1)          = 0
20107 18:48:56.007313 close(2)          = 0
20107 18:48:56.007357 exit_group(0)     = ?
20107 18:48:56.008888 +++ exited with 0 +++
20056 18:48:56.008900 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20107
20056 18:48:56.008943 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.008990 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.009017 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20107, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:56.009039 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:56.009067 rt_sigreturn({mask=[]}) = 0
20056 18:48:56.009119 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.009146 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.009182 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:56.009206 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:56.009233 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20108
20108 18:48:56.009482 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:56.009491 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20108 18:48:56.009507 <... set_robust_list resumed>) = 0
20108 18:48:56.009540 getpid( <unfinished ...>
20056 18:48:56.009546 <... rt_sigprocmask resumed>NULL, 8) = 0
20108 18:48:56.009597 <... getpid resumed>) = 20108
20056 18:48:56.009604 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20108 18:48:56.009629 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20108 18:48:56.009652 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.009678 <... rt_sigprocmask resumed>[], 8) = 0
20108 18:48:56.009702 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.009711 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20108 18:48:56.009727 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.009740 <... rt_sigprocmask resumed>NULL, 8) = 0
20108 18:48:56.009752 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.009763 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20108 18:48:56.009773 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20108 18:48:56.009797 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.009806 <... rt_sigprocmask resumed>[], 8) = 0
20108 18:48:56.009824 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.009837 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20108 18:48:56.009850 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.009859 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20108 18:48:56.009877 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.009890 wait4(-1,  <unfinished ...>
20108 18:48:56.009900 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20108 18:48:56.009980 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20108 18:48:56.013550 brk(NULL)         = 0x5632fde1c000
20108 18:48:56.017198 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fd38d03b000
20108 18:48:56.049178 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20108 18:48:56.064037 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.064176 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.064280 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38d031000
20108 18:48:56.064435 close(3)          = 0
20108 18:48:56.064538 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.064640 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20108 18:48:56.064733 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20108 18:48:56.064832 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.064969 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20108 18:48:56.065055 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fd38ce4f000
20108 18:48:56.065144 mmap(0x7fd38ce75000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fd38ce75000
20108 18:48:56.065309 mmap(0x7fd38cfcb000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fd38cfcb000
20108 18:48:56.065409 mmap(0x7fd38d01e000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fd38d01e000
20108 18:48:56.065504 mmap(0x7fd38d024000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fd38d024000
20108 18:48:56.065613 close(3)          = 0
20108 18:48:56.065698 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fd38ce4c000
20108 18:48:56.065800 arch_prctl(ARCH_SET_FS, 0x7fd38ce4c740) = 0
20108 18:48:56.065878 set_tid_address(0x7fd38ce4ca10) = 20108
20108 18:48:56.066076 set_robust_list(0x7fd38ce4ca20, 24) = 0
20108 18:48:56.066181 rseq(0x7fd38ce4d060, 0x20, 0, 0x53053053) = 0
20108 18:48:56.066334 mprotect(0x7fd38d01e000, 16384, PROT_READ) = 0
20108 18:48:56.066433 mprotect(0x5632f057d000, 4096, PROT_READ) = 0
20108 18:48:56.066522 mprotect(0x7fd38d076000, 8192, PROT_READ) = 0
20108 18:48:56.066631 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20108 18:48:56.066768 munmap(0x7fd38d031000, 38759) = 0
20108 18:48:56.066895 getrandom("\xe7\x72\xbf\x2a\x04\xef\x98\x24", 8, GRND_NONBLOCK) = 8
20108 18:48:56.066982 brk(NULL)         = 0x5632fde1c000
20108 18:48:56.067089 brk(0x5632fde3d000) = 0x5632fde3d000
20108 18:48:56.067179 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.067298 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.067381 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ca00000
20108 18:48:56.067483 close(3)          = 0
20108 18:48:56.067571 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.067665 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.068030 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20108 18:48:56.068156 read(3, "", 4096) = 0
20108 18:48:56.068230 close(3)          = 0
20108 18:48:56.068311 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.068392 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.068471 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.068584 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38d03a000
20108 18:48:56.068666 close(3)          = 0
20108 18:48:56.068751 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20108 18:48:56.068834 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.068925 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fd38d033000
20108 18:48:56.069046 close(3)          = 0
20108 18:48:56.069156 futex(0x7fd38d023a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20108 18:48:56.069234 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.069316 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.069399 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.069483 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38d032000
20108 18:48:56.069563 close(3)          = 0
20108 18:48:56.069643 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.069728 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.070279 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.075511 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38d031000
20108 18:48:56.077282 close(3)          = 0
20108 18:48:56.077392 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.077502 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.077595 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.077699 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce4b000
20108 18:48:56.077801 close(3)          = 0
20108 18:48:56.077895 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.079497 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.079907 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.080013 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce4a000
20108 18:48:56.080109 close(3)          = 0
20108 18:48:56.080196 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.080284 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.080364 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.080481 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce49000
20108 18:48:56.080569 close(3)          = 0
20108 18:48:56.080655 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.080746 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.080831 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.080912 close(3)          = 0
20108 18:48:56.081027 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.081135 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.081246 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce48000
20108 18:48:56.081344 close(3)          = 0
20108 18:48:56.081443 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.082435 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.082635 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.082739 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce47000
20108 18:48:56.082828 close(3)          = 0
20108 18:48:56.089766 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.091250 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.097151 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.105486 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce46000
20108 18:48:56.206050 close(3)          = 0
20108 18:48:56.210109 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.210241 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.210336 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.210437 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce45000
20108 18:48:56.210534 close(3)          = 0
20108 18:48:56.210620 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.210703 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.210813 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.210904 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38ce44000
20108 18:48:56.211002 close(3)          = 0
20108 18:48:56.211090 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20108 18:48:56.211175 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20108 18:48:56.211255 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20108 18:48:56.211338 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fd38cded000
20108 18:48:56.211424 close(3)          = 0
20108 18:48:56.211567 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffef0ac5b70) = 0
20108 18:48:56.277994 close(1)          = 0
20108 18:48:56.282545 close(2)          = 0
20108 18:48:56.282667 exit_group(0)     = ?
20108 18:48:56.282957 +++ exited with 0 +++
20056 18:48:56.282964 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20108
20056 18:48:56.283007 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.283057 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.283086 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20108, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:56.283108 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:56.283138 rt_sigreturn({mask=[]}) = 0
20056 18:48:56.283191 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.283220 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.283255 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:56.283281 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:56.283310 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20129
20056 18:48:56.283534 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.283601 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.283639 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.283664 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.283692 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.283720 wait4(-1,  <unfinished ...>
20129 18:48:56.285504 set_robust_list(0x7f3a25d14a20, 24) = 0
20129 18:48:56.285619 getpid()          = 20129
20129 18:48:56.285704 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20129 18:48:56.285789 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20129 18:48:56.285868 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20129 18:48:56.286004 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20129 18:48:56.286118 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20129 18:48:56.286209 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20129 18:48:56.286301 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20129 18:48:56.286398 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20129 18:48:56.286845 brk(NULL)         = 0x56130769d000
20129 18:48:56.287124 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f2894587000
20129 18:48:56.287253 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20129 18:48:56.287351 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.287442 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.287533 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f289457d000
20129 18:48:56.287618 close(3)          = 0
20129 18:48:56.287701 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.287785 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20129 18:48:56.287865 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20129 18:48:56.287940 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.288020 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20129 18:48:56.288099 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f289439b000
20129 18:48:56.288185 mmap(0x7f28943c1000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f28943c1000
20129 18:48:56.288514 mmap(0x7f2894517000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f2894517000
20129 18:48:56.288668 mmap(0x7f289456a000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f289456a000
20129 18:48:56.289705 mmap(0x7f2894570000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f2894570000
20129 18:48:56.294059 close(3)          = 0
20129 18:48:56.294158 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f2894398000
20129 18:48:56.294249 arch_prctl(ARCH_SET_FS, 0x7f2894398740) = 0
20129 18:48:56.294328 set_tid_address(0x7f2894398a10) = 20129
20129 18:48:56.294404 set_robust_list(0x7f2894398a20, 24) = 0
20129 18:48:56.294477 rseq(0x7f2894399060, 0x20, 0, 0x53053053) = 0
20129 18:48:56.294611 mprotect(0x7f289456a000, 16384, PROT_READ) = 0
20129 18:48:56.294701 mprotect(0x5612e92b1000, 4096, PROT_READ) = 0
20129 18:48:56.294814 mprotect(0x7f28945c2000, 8192, PROT_READ) = 0
20129 18:48:56.294904 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20129 18:48:56.295007 munmap(0x7f289457d000, 38759) = 0
20129 18:48:56.295125 getrandom("\x72\x9a\x9c\x42\x71\x26\xa0\x66", 8, GRND_NONBLOCK) = 8
20129 18:48:56.295205 brk(NULL)         = 0x56130769d000
20129 18:48:56.295278 brk(0x5613076be000) = 0x5613076be000
20129 18:48:56.295366 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.295454 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.295537 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894000000
20129 18:48:56.295648 close(3)          = 0
20129 18:48:56.295728 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.295821 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.295903 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20129 18:48:56.295992 read(3, "", 4096) = 0
20129 18:48:56.296063 close(3)          = 0
20129 18:48:56.296141 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.296222 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.296300 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.296378 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894586000
20129 18:48:56.296461 close(3)          = 0
20129 18:48:56.296541 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20129 18:48:56.296639 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.296723 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f289457f000
20129 18:48:56.296801 close(3)          = 0
20129 18:48:56.296875 futex(0x7f289456fa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20129 18:48:56.296959 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.297057 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.297148 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.297234 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f289457e000
20129 18:48:56.297322 close(3)          = 0
20129 18:48:56.297410 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.297498 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.297595 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.297679 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f289457d000
20129 18:48:56.297758 close(3)          = 0
20129 18:48:56.297843 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.297923 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.298037 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.298123 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894397000
20129 18:48:56.298205 close(3)          = 0
20129 18:48:56.298282 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.298367 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.298451 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.298533 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894396000
20129 18:48:56.298624 close(3)          = 0
20129 18:48:56.298709 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.298791 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.298868 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.298949 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894395000
20129 18:48:56.299027 close(3)          = 0
20129 18:48:56.299108 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.299187 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.299280 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.299370 close(3)          = 0
20129 18:48:56.299455 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.299545 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.299625 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894394000
20129 18:48:56.299709 close(3)          = 0
20129 18:48:56.299795 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.299882 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.299968 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.300049 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894393000
20129 18:48:56.300138 close(3)          = 0
20129 18:48:56.300220 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.300305 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.300382 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.300469 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894392000
20129 18:48:56.300561 close(3)          = 0
20129 18:48:56.300659 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.300741 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.300845 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.300935 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894391000
20129 18:48:56.301020 close(3)          = 0
20129 18:48:56.301109 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.301190 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.301269 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.301351 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894390000
20129 18:48:56.301545 close(3)          = 0
20129 18:48:56.301695 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20129 18:48:56.301775 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20129 18:48:56.301852 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20129 18:48:56.301988 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f2894339000
20129 18:48:56.302512 close(3)          = 0
20129 18:48:56.302658 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc2e2092f0) = 0
20129 18:48:56.353868 close(1)          = 0
20129 18:48:56.356844 close(2)          = 0
20129 18:48:56.356943 exit_group(0)     = ?
20129 18:48:56.357205 +++ exited with 0 +++
20056 18:48:56.357233 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20129
20056 18:48:56.357278 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.357326 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.357354 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20129, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:56.357375 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:56.357404 rt_sigreturn({mask=[]}) = 0
20056 18:48:56.357458 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.357486 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.357520 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:56.357546 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:56.357575 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20130
20130 18:48:56.357802 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:56.357831 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20130 18:48:56.357858 <... set_robust_list resumed>) = 0
20056 18:48:56.357888 <... rt_sigprocmask resumed>NULL, 8) = 0
20130 18:48:56.357896 getpid()          = 20130
20130 18:48:56.358019 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20130 18:48:56.358049 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20130 18:48:56.358076 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.358112 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20130 18:48:56.358124 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.358159 <... rt_sigprocmask resumed>[], 8) = 0
20130 18:48:56.358181 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.358194 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20130 18:48:56.358203 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.358217 <... rt_sigprocmask resumed>NULL, 8) = 0
20130 18:48:56.358232 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.358245 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20130 18:48:56.358258 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.358271 <... rt_sigprocmask resumed>[], 8) = 0
20130 18:48:56.358281 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.358305 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20130 18:48:56.358331 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */ <unfinished ...>
20056 18:48:56.358351 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.358366 wait4(-1,  <unfinished ...>
20130 18:48:56.358888 <... execve resumed>) = 0
20130 18:48:56.359542 brk(NULL)         = 0x55f49e09f000
20130 18:48:56.359853 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f8dd8ce1000
20130 18:48:56.359965 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20130 18:48:56.360064 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.360157 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.360243 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8cd7000
20130 18:48:56.360321 close(3)          = 0
20130 18:48:56.360407 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.360490 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20130 18:48:56.360580 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20130 18:48:56.360670 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.360763 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20130 18:48:56.360852 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f8dd8af5000
20130 18:48:56.360932 mmap(0x7f8dd8b1b000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f8dd8b1b000
20130 18:48:56.361014 mmap(0x7f8dd8c71000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f8dd8c71000
20130 18:48:56.361108 mmap(0x7f8dd8cc4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f8dd8cc4000
20130 18:48:56.361194 mmap(0x7f8dd8cca000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f8dd8cca000
20130 18:48:56.361291 close(3)          = 0
20130 18:48:56.361376 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f8dd8af2000
20130 18:48:56.361459 arch_prctl(ARCH_SET_FS, 0x7f8dd8af2740) = 0
20130 18:48:56.361531 set_tid_address(0x7f8dd8af2a10) = 20130
20130 18:48:56.361601 set_robust_list(0x7f8dd8af2a20, 24) = 0
20130 18:48:56.361672 rseq(0x7f8dd8af3060, 0x20, 0, 0x53053053) = 0
20130 18:48:56.361806 mprotect(0x7f8dd8cc4000, 16384, PROT_READ) = 0
20130 18:48:56.369171 mprotect(0x55f4789f6000, 4096, PROT_READ) = 0
20130 18:48:56.369278 mprotect(0x7f8dd8d1c000, 8192, PROT_READ) = 0
20130 18:48:56.369395 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20130 18:48:56.369512 munmap(0x7f8dd8cd7000, 38759) = 0
20130 18:48:56.369642 getrandom("\x94\xb4\x77\xd0\x75\xbe\x82\xae", 8, GRND_NONBLOCK) = 8
20130 18:48:56.369725 brk(NULL)         = 0x55f49e09f000
20130 18:48:56.369800 brk(0x55f49e0c0000) = 0x55f49e0c0000
20130 18:48:56.369890 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.370032 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.370119 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8800000
20130 18:48:56.370209 close(3)          = 0
20130 18:48:56.370287 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.370372 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.370462 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20130 18:48:56.370551 read(3, "", 4096) = 0
20130 18:48:56.370632 close(3)          = 0
20130 18:48:56.370724 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.370809 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.370897 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.370977 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8ce0000
20130 18:48:56.371057 close(3)          = 0
20130 18:48:56.371134 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20130 18:48:56.371215 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.371299 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f8dd8cd9000
20130 18:48:56.371383 close(3)          = 0
20130 18:48:56.371466 futex(0x7f8dd8cc9a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20130 18:48:56.371545 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.371635 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.371714 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.371792 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8cd8000
20130 18:48:56.371868 close(3)          = 0
20130 18:48:56.371946 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.372026 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.372105 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.372185 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8cd7000
20130 18:48:56.372263 close(3)          = 0
20130 18:48:56.372346 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.372430 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.372518 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.372601 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8af1000
20130 18:48:56.372680 close(3)          = 0
20130 18:48:56.372763 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.372841 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.372919 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.373002 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8af0000
20130 18:48:56.373086 close(3)          = 0
20130 18:48:56.373169 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.373249 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.373329 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.373412 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8aef000
20130 18:48:56.373491 close(3)          = 0
20130 18:48:56.373593 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.373689 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.373784 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.373883 close(3)          = 0
20130 18:48:56.382030 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.384201 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.385558 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8aee000
20130 18:48:56.385653 close(3)          = 0
20130 18:48:56.385745 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.385849 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.385930 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.386047 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8aed000
20130 18:48:56.386129 close(3)          = 0
20130 18:48:56.386220 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.386512 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.386607 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.386697 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8aec000
20130 18:48:56.386788 close(3)          = 0
20130 18:48:56.386870 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.389663 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.389761 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.389843 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8aeb000
20130 18:48:56.389924 close(3)          = 0
20130 18:48:56.390055 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.390136 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.390214 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.390307 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd8aea000
20130 18:48:56.390388 close(3)          = 0
20130 18:48:56.390471 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20130 18:48:56.390550 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20130 18:48:56.390629 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20130 18:48:56.390720 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8dd87a9000
20130 18:48:56.390798 close(3)          = 0
20130 18:48:56.390908 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd853bf320) = 0
20130 18:48:56.449183 close(1)          = 0
20130 18:48:56.490002 close(2)          = 0
20130 18:48:56.530008 exit_group(0)     = ?
20130 18:48:56.530754 +++ exited with 0 +++
20056 18:48:56.530788 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20130
20056 18:48:56.530834 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.530884 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.530912 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20130, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:56.530932 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:56.530961 rt_sigreturn({mask=[]}) = 0
20056 18:48:56.531014 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.531044 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.531078 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:56.531104 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:56.531133 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20132
20056 18:48:56.531355 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.531413 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.531451 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.531477 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.531505 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.531534 wait4(-1,  <unfinished ...>
20132 18:48:56.534077 set_robust_list(0x7f3a25d14a20, 24) = 0
20132 18:48:56.534201 getpid()          = 20132
20132 18:48:56.534288 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20132 18:48:56.534374 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20132 18:48:56.534464 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20132 18:48:56.534548 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20132 18:48:56.534639 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20132 18:48:56.534731 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20132 18:48:56.534820 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20132 18:48:56.534919 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20132 18:48:56.535389 brk(NULL)         = 0x559620efc000
20132 18:48:56.535839 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7feaf7375000
20132 18:48:56.536007 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20132 18:48:56.536143 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.536229 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.536333 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf736b000
20132 18:48:56.536417 close(3)          = 0
20132 18:48:56.536509 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.536599 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20132 18:48:56.536685 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20132 18:48:56.536761 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.536848 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20132 18:48:56.536932 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7feaf7189000
20132 18:48:56.537010 mmap(0x7feaf71af000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7feaf71af000
20132 18:48:56.537095 mmap(0x7feaf7305000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7feaf7305000
20132 18:48:56.537174 mmap(0x7feaf7358000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7feaf7358000
20132 18:48:56.537257 mmap(0x7feaf735e000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7feaf735e000
20132 18:48:56.537344 close(3)          = 0
20132 18:48:56.537425 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7feaf7186000
20132 18:48:56.537505 arch_prctl(ARCH_SET_FS, 0x7feaf7186740) = 0
20132 18:48:56.537576 set_tid_address(0x7feaf7186a10) = 20132
20132 18:48:56.537645 set_robust_list(0x7feaf7186a20, 24) = 0
20132 18:48:56.537716 rseq(0x7feaf7187060, 0x20, 0, 0x53053053) = 0
20132 18:48:56.537855 mprotect(0x7feaf7358000, 16384, PROT_READ) = 0
20132 18:48:56.537973 mprotect(0x5596207e7000, 4096, PROT_READ) = 0
20132 18:48:56.538060 mprotect(0x7feaf73b0000, 8192, PROT_READ) = 0
20132 18:48:56.538148 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20132 18:48:56.538243 munmap(0x7feaf736b000, 38759) = 0
20132 18:48:56.538359 getrandom("\xe7\xf1\x9e\x9a\xe5\x6d\xc5\x05", 8, GRND_NONBLOCK) = 8
20132 18:48:56.538439 brk(NULL)         = 0x559620efc000
20132 18:48:56.538509 brk(0x559620f1d000) = 0x559620f1d000
20132 18:48:56.538591 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.538680 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.538768 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf6e00000
20132 18:48:56.538854 close(3)          = 0
20132 18:48:56.538939 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.539027 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.539113 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20132 18:48:56.539236 read(3, "", 4096) = 0
20132 18:48:56.539315 close(3)          = 0
20132 18:48:56.539409 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.539500 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.539581 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.539660 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7374000
20132 18:48:56.539750 close(3)          = 0
20132 18:48:56.539831 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20132 18:48:56.539915 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.540003 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7feaf736d000
20132 18:48:56.540081 close(3)          = 0
20132 18:48:56.540158 futex(0x7feaf735da4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20132 18:48:56.540247 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.540344 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.540428 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.540511 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf736c000
20132 18:48:56.540602 close(3)          = 0
20132 18:48:56.540684 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.540773 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.540859 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.540940 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf736b000
20132 18:48:56.541019 close(3)          = 0
20132 18:48:56.541091 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.541190 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.541322 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.541417 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7185000
20132 18:48:56.541519 close(3)          = 0
20132 18:48:56.541673 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.541770 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.541856 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.541986 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7184000
20132 18:48:56.542077 close(3)          = 0
20132 18:48:56.542159 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.542245 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.542323 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.542404 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7183000
20132 18:48:56.542480 close(3)          = 0
20132 18:48:56.542557 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.542637 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.542717 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.542797 close(3)          = 0
20132 18:48:56.542872 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.542951 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.543030 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7182000
20132 18:48:56.543116 close(3)          = 0
20132 18:48:56.543194 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.543276 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.543354 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.543434 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7181000
20132 18:48:56.543511 close(3)          = 0
20132 18:48:56.543598 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.543678 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.543756 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.543836 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7180000
20132 18:48:56.543951 close(3)          = 0
20132 18:48:56.544032 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.544113 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.544197 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.544277 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf717f000
20132 18:48:56.544364 close(3)          = 0
20132 18:48:56.544449 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.544530 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.544607 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.544688 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf717e000
20132 18:48:56.544765 close(3)          = 0
20132 18:48:56.544843 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20132 18:48:56.544921 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20132 18:48:56.545012 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20132 18:48:56.545099 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7feaf7127000
20132 18:48:56.545196 close(3)          = 0
20132 18:48:56.545307 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7fff634bb410) = 0
20132 18:48:56.648268 close(1)          = 0
20132 18:48:56.652085 close(2)          = 0
20132 18:48:56.678081 exit_group(0)     = ?
20132 18:48:56.678423 +++ exited with 0 +++
20056 18:48:56.678456 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20132
20056 18:48:56.678502 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.678551 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.678579 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20132, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:56.678601 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:56.678630 rt_sigreturn({mask=[]}) = 0
20056 18:48:56.678684 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.678712 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.678748 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:56.678774 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:56.678802 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20133 18:48:56.679020 set_robust_list(0x7f3a25d14a20, 24) = 0
20133 18:48:56.679068 getpid()          = 20133
20133 18:48:56.679103 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:56.679120 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20133
20056 18:48:56.679145 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20133 18:48:56.679159 <... rt_sigprocmask resumed>NULL, 8) = 0
20133 18:48:56.679175 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.679188 <... rt_sigprocmask resumed>NULL, 8) = 0
20133 18:48:56.679196 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20133 18:48:56.679241 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.679253 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20133 18:48:56.679263 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20133 18:48:56.679280 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20133 18:48:56.679318 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.679327 <... rt_sigprocmask resumed>[], 8) = 0
20133 18:48:56.679352 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.679371 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20133 18:48:56.679385 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.679412 <... rt_sigprocmask resumed>NULL, 8) = 0
20133 18:48:56.679424 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.679433 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20133 18:48:56.679449 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.679474 <... rt_sigprocmask resumed>[], 8) = 0
20133 18:48:56.679488 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */ <unfinished ...>
20056 18:48:56.679510 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.679727 wait4(-1,  <unfinished ...>
20133 18:48:56.679745 <... execve resumed>) = 0
20133 18:48:56.679782 brk(NULL)         = 0x5617210ac000
20133 18:48:56.680000 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f5bdc094000
20133 18:48:56.680039 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20133 18:48:56.680077 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.680111 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.680143 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdc08a000
20133 18:48:56.680170 close(3)          = 0
20133 18:48:56.680202 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.680231 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20133 18:48:56.680260 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20133 18:48:56.680286 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.680315 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20133 18:48:56.680342 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f5bdbea8000
20133 18:48:56.680370 mmap(0x7f5bdbece000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f5bdbece000
20133 18:48:56.680403 mmap(0x7f5bdc024000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f5bdc024000
20133 18:48:56.680433 mmap(0x7f5bdc077000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f5bdc077000
20133 18:48:56.680469 mmap(0x7f5bdc07d000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f5bdc07d000
20133 18:48:56.680506 close(3)          = 0
20133 18:48:56.680538 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f5bdbea5000
20133 18:48:56.680569 arch_prctl(ARCH_SET_FS, 0x7f5bdbea5740) = 0
20133 18:48:56.680594 set_tid_address(0x7f5bdbea5a10) = 20133
20133 18:48:56.680617 set_robust_list(0x7f5bdbea5a20, 24) = 0
20133 18:48:56.680640 rseq(0x7f5bdbea6060, 0x20, 0, 0x53053053) = 0
20133 18:48:56.680720 mprotect(0x7f5bdc077000, 16384, PROT_READ) = 0
20133 18:48:56.680756 mprotect(0x5616eb3ae000, 4096, PROT_READ) = 0
20133 18:48:56.680787 mprotect(0x7f5bdc0cf000, 8192, PROT_READ) = 0
20133 18:48:56.680827 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20133 18:48:56.680869 munmap(0x7f5bdc08a000, 38759) = 0
20133 18:48:56.680931 getrandom("\x2a\xdc\xef\x72\x05\x9c\x54\x18", 8, GRND_NONBLOCK) = 8
20133 18:48:56.680960 brk(NULL)         = 0x5617210ac000
20133 18:48:56.680984 brk(0x5617210cd000) = 0x5617210cd000
20133 18:48:56.681021 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.681055 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.681085 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdba00000
20133 18:48:56.681120 close(3)          = 0
20133 18:48:56.681149 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.681181 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.681213 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20133 18:48:56.681249 read(3, "", 4096) = 0
20133 18:48:56.681273 close(3)          = 0
20133 18:48:56.681303 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.681333 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.681362 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.681391 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdc093000
20133 18:48:56.681421 close(3)          = 0
20133 18:48:56.681448 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20133 18:48:56.681478 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.681506 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f5bdc08c000
20133 18:48:56.681534 close(3)          = 0
20133 18:48:56.681560 futex(0x7f5bdc07ca4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20133 18:48:56.681590 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.681618 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.681647 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.681675 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdc08b000
20133 18:48:56.681702 close(3)          = 0
20133 18:48:56.681730 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.681758 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.681786 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.681815 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdc08a000
20133 18:48:56.681842 close(3)          = 0
20133 18:48:56.681869 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.681896 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.681924 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682028 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbea4000
20133 18:48:56.682057 close(3)          = 0
20133 18:48:56.682087 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.682115 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.682148 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682177 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbea3000
20133 18:48:56.682211 close(3)          = 0
20133 18:48:56.682238 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.682267 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.682296 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682325 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbea2000
20133 18:48:56.682352 close(3)          = 0
20133 18:48:56.682378 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.682411 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.682439 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682468 close(3)          = 0
20133 18:48:56.682493 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.682520 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682548 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbea1000
20133 18:48:56.682574 close(3)          = 0
20133 18:48:56.682601 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.682628 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.682656 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682684 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbea0000
20133 18:48:56.682710 close(3)          = 0
20133 18:48:56.682736 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.682764 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.682791 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682819 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbe9f000
20133 18:48:56.682847 close(3)          = 0
20133 18:48:56.682874 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.682901 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.682928 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.682956 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbe9e000
20133 18:48:56.682983 close(3)          = 0
20133 18:48:56.683013 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.683041 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.683070 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.683098 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbe9d000
20133 18:48:56.683125 close(3)          = 0
20133 18:48:56.683151 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20133 18:48:56.683178 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20133 18:48:56.683206 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20133 18:48:56.683234 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f5bdbe46000
20133 18:48:56.683260 close(3)          = 0
20133 18:48:56.683305 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffea0a9c4e0) = 0
20133 18:48:56.733505 close(1)          = 0
20133 18:48:56.733555 close(2)          = 0
20133 18:48:56.733584 exit_group(0)     = ?
20133 18:48:56.733796 +++ exited with 0 +++
20056 18:48:56.733802 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20133
20056 18:48:56.733842 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.733884 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.733964 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20133, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:56.733987 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:56.734014 rt_sigreturn({mask=[]}) = 0
20056 18:48:56.734063 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.734092 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.734126 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:56.734152 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:56.734190 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20134
20056 18:48:56.734415 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.734477 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.734516 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.734542 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.734570 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.734599 wait4(-1,  <unfinished ...>
20134 18:48:56.738026 set_robust_list(0x7f3a25d14a20, 24) = 0
20134 18:48:56.744254 getpid()          = 20134
20134 18:48:56.745736 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20134 18:48:56.747190 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20134 18:48:56.747779 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20134 18:48:56.786007 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20134 18:48:56.793247 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20134 18:48:56.798041 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20134 18:48:56.815653 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20134 18:48:56.822360 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20134 18:48:56.823383 brk(NULL)         = 0x561c86acf000
20134 18:48:56.823705 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fa6f126a000
20134 18:48:56.825277 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20134 18:48:56.832384 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.835547 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.836657 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1260000
20134 18:48:56.838660 close(3)          = 0
20134 18:48:56.838774 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.838872 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20134 18:48:56.838964 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20134 18:48:56.839218 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.839302 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20134 18:48:56.839379 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fa6f107e000
20134 18:48:56.839458 mmap(0x7fa6f10a4000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fa6f10a4000
20134 18:48:56.839547 mmap(0x7fa6f11fa000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fa6f11fa000
20134 18:48:56.839629 mmap(0x7fa6f124d000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fa6f124d000
20134 18:48:56.839723 mmap(0x7fa6f1253000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fa6f1253000
20134 18:48:56.839829 close(3)          = 0
20134 18:48:56.839919 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fa6f107b000
20134 18:48:56.840000 arch_prctl(ARCH_SET_FS, 0x7fa6f107b740) = 0
20134 18:48:56.840094 set_tid_address(0x7fa6f107ba10) = 20134
20134 18:48:56.840165 set_robust_list(0x7fa6f107ba20, 24) = 0
20134 18:48:56.840245 rseq(0x7fa6f107c060, 0x20, 0, 0x53053053) = 0
20134 18:48:56.840392 mprotect(0x7fa6f124d000, 16384, PROT_READ) = 0
20134 18:48:56.840480 mprotect(0x561c6b89a000, 4096, PROT_READ) = 0
20134 18:48:56.840563 mprotect(0x7fa6f12a5000, 8192, PROT_READ) = 0
20134 18:48:56.840659 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20134 18:48:56.840753 munmap(0x7fa6f1260000, 38759) = 0
20134 18:48:56.840865 getrandom("\x01\x99\x48\xa8\xdd\x6a\x76\x2f", 8, GRND_NONBLOCK) = 8
20134 18:48:56.840955 brk(NULL)         = 0x561c86acf000
20134 18:48:56.841026 brk(0x561c86af0000) = 0x561c86af0000
20134 18:48:56.841105 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.841190 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.841276 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f0c00000
20134 18:48:56.841360 close(3)          = 0
20134 18:48:56.841440 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.841530 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.841613 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20134 18:48:56.841705 read(3, "", 4096) = 0
20134 18:48:56.841778 close(3)          = 0
20134 18:48:56.841858 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.841971 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.842064 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.842151 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1269000
20134 18:48:56.842237 close(3)          = 0
20134 18:48:56.842313 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20134 18:48:56.842392 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.842482 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fa6f1262000
20134 18:48:56.842558 close(3)          = 0
20134 18:48:56.842631 futex(0x7fa6f1252a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20134 18:48:56.842708 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.842800 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.842890 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.842970 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1261000
20134 18:48:56.843047 close(3)          = 0
20134 18:48:56.843125 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.843204 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.843281 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.843380 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1260000
20134 18:48:56.843457 close(3)          = 0
20134 18:48:56.843533 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.843612 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.843690 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.843771 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f107a000
20134 18:48:56.843847 close(3)          = 0
20134 18:48:56.843957 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.844050 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.844130 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.844210 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1079000
20134 18:48:56.844289 close(3)          = 0
20134 18:48:56.844367 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.844447 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.844524 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.844603 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1078000
20134 18:48:56.844680 close(3)          = 0
20134 18:48:56.844758 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.844841 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.844921 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.844999 close(3)          = 0
20134 18:48:56.845077 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.845155 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.845232 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1077000
20134 18:48:56.845309 close(3)          = 0
20134 18:48:56.845853 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.845979 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.846062 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.846143 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1076000
20134 18:48:56.846222 close(3)          = 0
20134 18:48:56.846301 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.846389 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.846494 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.846654 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1075000
20134 18:48:56.846747 close(3)          = 0
20134 18:48:56.846830 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.846914 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.846994 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.847076 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1074000
20134 18:48:56.847155 close(3)          = 0
20134 18:48:56.847237 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.847316 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.847412 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.847495 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f1073000
20134 18:48:56.847577 close(3)          = 0
20134 18:48:56.847658 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20134 18:48:56.847743 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20134 18:48:56.847822 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20134 18:48:56.847900 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fa6f101c000
20134 18:48:56.847979 close(3)          = 0
20134 18:48:56.848088 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7fff88af4f00) = 0
20134 18:48:56.899006 close(1)          = 0
20134 18:48:56.902091 close(2)          = 0
20134 18:48:56.902191 exit_group(0)     = ?
20134 18:48:56.921921 +++ exited with 0 +++
20056 18:48:56.922032 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20134
20056 18:48:56.922079 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.922123 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.922148 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20134, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:56.922169 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:56.922198 rt_sigreturn({mask=[]}) = 0
20056 18:48:56.922252 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:56.922280 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:56.922315 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:56.922340 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:56.922368 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20135
20056 18:48:56.922656 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20135 18:48:56.922677 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:56.922692 <... rt_sigprocmask resumed>NULL, 8) = 0
20135 18:48:56.922744 <... set_robust_list resumed>) = 0
20056 18:48:56.922757 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20135 18:48:56.922818 getpid( <unfinished ...>
20056 18:48:56.922832 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20135 18:48:56.922866 <... getpid resumed>) = 20135
20056 18:48:56.922880 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:56.922894 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20135 18:48:56.922905 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:56.922928 <... rt_sigprocmask resumed>[], 8) = 0
20135 18:48:56.922938 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:56.922959 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20135 18:48:56.922975 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:56.922991 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20135 18:48:56.923007 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:56.923024 wait4(-1,  <unfinished ...>
20135 18:48:56.923035 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20135 18:48:56.923118 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20135 18:48:56.923209 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20135 18:48:56.923288 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20135 18:48:56.923369 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20135 18:48:56.923464 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20135 18:48:56.926075 brk(NULL)         = 0x55591602c000
20135 18:48:56.930263 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f218cf9e000
20135 18:48:56.930381 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20135 18:48:56.930479 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.930561 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.930646 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cf94000
20135 18:48:56.930723 close(3)          = 0
20135 18:48:56.930805 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.930892 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20135 18:48:56.930972 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20135 18:48:56.931045 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.931122 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20135 18:48:56.931197 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f218cdb2000
20135 18:48:56.931273 mmap(0x7f218cdd8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f218cdd8000
20135 18:48:56.931357 mmap(0x7f218cf2e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f218cf2e000
20135 18:48:56.931434 mmap(0x7f218cf81000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f218cf81000
20135 18:48:56.931517 mmap(0x7f218cf87000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f218cf87000
20135 18:48:56.931601 close(3)          = 0
20135 18:48:56.931680 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f218cdaf000
20135 18:48:56.931761 arch_prctl(ARCH_SET_FS, 0x7f218cdaf740) = 0
20135 18:48:56.931833 set_tid_address(0x7f218cdafa10) = 20135
20135 18:48:56.931908 set_robust_list(0x7f218cdafa20, 24) = 0
20135 18:48:56.931978 rseq(0x7f218cdb0060, 0x20, 0, 0x53053053) = 0
20135 18:48:56.932121 mprotect(0x7f218cf81000, 16384, PROT_READ) = 0
20135 18:48:56.932210 mprotect(0x555911cb9000, 4096, PROT_READ) = 0
20135 18:48:56.932290 mprotect(0x7f218cfd9000, 8192, PROT_READ) = 0
20135 18:48:56.932381 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20135 18:48:56.932472 munmap(0x7f218cf94000, 38759) = 0
20135 18:48:56.932584 getrandom("\xc9\x7f\x11\x46\x6d\xdb\xf5\x04", 8, GRND_NONBLOCK) = 8
20135 18:48:56.932663 brk(NULL)         = 0x55591602c000
20135 18:48:56.932733 brk(0x55591604d000) = 0x55591604d000
20135 18:48:56.932813 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.932902 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.932982 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218ca00000
20135 18:48:56.933065 close(3)          = 0
20135 18:48:56.933142 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.933225 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.933307 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20135 18:48:56.933395 read(3, "", 4096) = 0
20135 18:48:56.933467 close(3)          = 0
20135 18:48:56.933573 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.933656 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.933732 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.933808 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cf9d000
20135 18:48:56.933907 close(3)          = 0
20135 18:48:56.934020 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20135 18:48:56.936081 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.938012 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f218cf96000
20135 18:48:56.938116 close(3)          = 0
20135 18:48:56.938205 futex(0x7f218cf86a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20135 18:48:56.938287 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.938381 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.938462 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.938543 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cf95000
20135 18:48:56.938620 close(3)          = 0
20135 18:48:56.938696 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.938775 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.938853 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.938937 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cf94000
20135 18:48:56.939017 close(3)          = 0
20135 18:48:56.939100 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.939177 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.939264 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.941994 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cdae000
20135 18:48:56.943667 close(3)          = 0
20135 18:48:56.943772 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.943861 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.944014 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.944118 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cdad000
20135 18:48:56.944210 close(3)          = 0
20135 18:48:56.944302 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.944387 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.944467 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.944550 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cdac000
20135 18:48:56.944628 close(3)          = 0
20135 18:48:56.944712 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.944803 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.944883 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.944963 close(3)          = 0
20135 18:48:56.945038 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.945124 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.945204 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cdab000
20135 18:48:56.945292 close(3)          = 0
20135 18:48:56.945381 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.945464 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.945545 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.945628 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cdaa000
20135 18:48:56.946054 close(3)          = 0
20135 18:48:56.946140 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.946230 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.946310 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.946389 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cda9000
20135 18:48:56.946475 close(3)          = 0
20135 18:48:56.947144 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.947266 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.947354 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.947487 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cda8000
20135 18:48:56.958158 close(3)          = 0
20135 18:48:56.958309 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.958430 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.958523 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.958609 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cda7000
20135 18:48:56.958692 close(3)          = 0
20135 18:48:56.958773 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20135 18:48:56.958854 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20135 18:48:56.958932 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20135 18:48:56.959010 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f218cd50000
20135 18:48:56.959087 close(3)          = 0
20135 18:48:56.959202 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc7a3ed770) = 0
20135 18:48:57.038788 close(1)          = 0
20135 18:48:57.042030 close(2)          = 0
20135 18:48:57.042551 exit_group(0)     = ?
20135 18:48:57.042801 +++ exited with 0 +++
20056 18:48:57.042831 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20135
20056 18:48:57.042874 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.042921 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.042949 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20135, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.042970 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.043000 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.043053 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.043082 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.043117 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.043143 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.043172 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20139
20139 18:48:57.043425 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:57.043433 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20139 18:48:57.043449 <... set_robust_list resumed>) = 0
20139 18:48:57.043484 getpid( <unfinished ...>
20056 18:48:57.043491 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:57.043533 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20139 18:48:57.043549 <... getpid resumed>) = 20139
20139 18:48:57.043572 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.043593 <... rt_sigprocmask resumed>[], 8) = 0
20139 18:48:57.043619 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.043632 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20139 18:48:57.043642 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20139 18:48:57.043659 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.043668 <... rt_sigprocmask resumed>NULL, 8) = 0
20139 18:48:57.043683 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.043696 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20139 18:48:57.043716 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.043750 <... rt_sigprocmask resumed>[], 8) = 0
20139 18:48:57.043765 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.043774 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20139 18:48:57.043802 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.043815 wait4(-1,  <unfinished ...>
20139 18:48:57.043825 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20139 18:48:57.043851 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20139 18:48:57.043925 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20139 18:48:57.044199 brk(NULL)         = 0x55c070425000
20139 18:48:57.044412 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f6bd535f000
20139 18:48:57.044455 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20139 18:48:57.044490 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.044522 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.044554 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd5355000
20139 18:48:57.044581 close(3)          = 0
20139 18:48:57.044613 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.044642 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20139 18:48:57.044671 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20139 18:48:57.044698 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.044727 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20139 18:48:57.044756 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f6bd5173000
20139 18:48:57.044785 mmap(0x7f6bd5199000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f6bd5199000
20139 18:48:57.044817 mmap(0x7f6bd52ef000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f6bd52ef000
20139 18:48:57.044846 mmap(0x7f6bd5342000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f6bd5342000
20139 18:48:57.044880 mmap(0x7f6bd5348000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f6bd5348000
20139 18:48:57.044916 close(3)          = 0
20139 18:48:57.044948 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f6bd5170000
20139 18:48:57.044980 arch_prctl(ARCH_SET_FS, 0x7f6bd5170740) = 0
20139 18:48:57.045004 set_tid_address(0x7f6bd5170a10) = 20139
20139 18:48:57.045027 set_robust_list(0x7f6bd5170a20, 24) = 0
20139 18:48:57.045049 rseq(0x7f6bd5171060, 0x20, 0, 0x53053053) = 0
20139 18:48:57.045127 mprotect(0x7f6bd5342000, 16384, PROT_READ) = 0
20139 18:48:57.045163 mprotect(0x55c053590000, 4096, PROT_READ) = 0
20139 18:48:57.045194 mprotect(0x7f6bd539a000, 8192, PROT_READ) = 0
20139 18:48:57.045235 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20139 18:48:57.045273 munmap(0x7f6bd5355000, 38759) = 0
20139 18:48:57.045330 getrandom("\xdb\x47\xf2\x8b\xfe\x35\x2e\xc9", 8, GRND_NONBLOCK) = 8
20139 18:48:57.045364 brk(NULL)         = 0x55c070425000
20139 18:48:57.045387 brk(0x55c070446000) = 0x55c070446000
20139 18:48:57.045422 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.045454 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.045506 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd4e00000
20139 18:48:57.045543 close(3)          = 0
20139 18:48:57.045571 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.045602 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.045634 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20139 18:48:57.045670 read(3, "", 4096) = 0
20139 18:48:57.045693 close(3)          = 0
20139 18:48:57.045722 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.045752 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.045781 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.045809 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd535e000
20139 18:48:57.045838 close(3)          = 0
20139 18:48:57.045865 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20139 18:48:57.045894 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.045922 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f6bd5357000
20139 18:48:57.045995 close(3)          = 0
20139 18:48:57.046023 futex(0x7f6bd5347a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20139 18:48:57.046050 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.046081 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.046109 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.046137 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd5356000
20139 18:48:57.046164 close(3)          = 0
20139 18:48:57.046190 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.046219 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.046246 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.046274 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd5355000
20139 18:48:57.046300 close(3)          = 0
20139 18:48:57.046326 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.046354 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.046382 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.046409 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd516f000
20139 18:48:57.046435 close(3)          = 0
20139 18:48:57.046462 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.046489 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.046517 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.046545 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd516e000
20139 18:48:57.046572 close(3)          = 0
20139 18:48:57.046599 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.046733 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.046764 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.046793 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd516d000
20139 18:48:57.046820 close(3)          = 0
20139 18:48:57.046848 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.046881 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.046910 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.046939 close(3)          = 0
20139 18:48:57.046963 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.046991 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.047019 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd516c000
20139 18:48:57.047046 close(3)          = 0
20139 18:48:57.047073 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.047100 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.047128 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.047155 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd516b000
20139 18:48:57.047182 close(3)          = 0
20139 18:48:57.047208 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.047237 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.047264 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.047292 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd516a000
20139 18:48:57.047320 close(3)          = 0
20139 18:48:57.047347 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.047374 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.047401 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.047429 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd5169000
20139 18:48:57.047455 close(3)          = 0
20139 18:48:57.047485 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.047514 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.047542 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.047570 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd5168000
20139 18:48:57.047597 close(3)          = 0
20139 18:48:57.047624 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20139 18:48:57.047651 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20139 18:48:57.047679 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20139 18:48:57.047707 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f6bd5111000
20139 18:48:57.047732 close(3)          = 0
20139 18:48:57.047779 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffe259dd370) = 0
20139 18:48:57.098039 close(1)          = 0
20139 18:48:57.098095 close(2)          = 0
20139 18:48:57.098128 exit_group(0)     = ?
20139 18:48:57.098386 +++ exited with 0 +++
20056 18:48:57.101694 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20139
20056 18:48:57.114006 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.121996 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.125542 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20139, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.125629 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.125715 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.125850 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.125980 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.126107 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.126194 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.126281 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20141 18:48:57.126575 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:57.126595 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20141
20141 18:48:57.126614 <... set_robust_list resumed>) = 0
20056 18:48:57.126663 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20141 18:48:57.126687 getpid( <unfinished ...>
20056 18:48:57.126705 <... rt_sigprocmask resumed>NULL, 8) = 0
20141 18:48:57.126722 <... getpid resumed>) = 20141
20056 18:48:57.126778 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20141 18:48:57.126802 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:57.126826 <... rt_sigprocmask resumed>[], 8) = 0
20141 18:48:57.126849 <... rt_sigprocmask resumed>NULL, 8) = 0
20141 18:48:57.126883 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.126904 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20141 18:48:57.126924 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.126945 <... rt_sigprocmask resumed>NULL, 8) = 0
20141 18:48:57.126967 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.126992 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20141 18:48:57.127017 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.127039 <... rt_sigprocmask resumed>[], 8) = 0
20141 18:48:57.127061 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.127082 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20141 18:48:57.127103 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.127123 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20141 18:48:57.127154 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.127175 wait4(-1,  <unfinished ...>
20141 18:48:57.127193 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20141 18:48:57.127243 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20141 18:48:57.127335 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20141 18:48:57.127442 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20141 18:48:57.127860 brk(NULL)         = 0x559efade9000
20141 18:48:57.128136 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f8a958b4000
20141 18:48:57.128250 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20141 18:48:57.128360 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.128456 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.128553 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a958aa000
20141 18:48:57.128639 close(3)          = 0
20141 18:48:57.128732 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.128824 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20141 18:48:57.128930 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20141 18:48:57.129017 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.129108 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20141 18:48:57.129194 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f8a956c8000
20141 18:48:57.129282 mmap(0x7f8a956ee000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f8a956ee000
20141 18:48:57.129374 mmap(0x7f8a95844000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f8a95844000
20141 18:48:57.129465 mmap(0x7f8a95897000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f8a95897000
20141 18:48:57.129558 mmap(0x7f8a9589d000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f8a9589d000
20141 18:48:57.129656 close(3)          = 0
20141 18:48:57.129749 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f8a956c5000
20141 18:48:57.129843 arch_prctl(ARCH_SET_FS, 0x7f8a956c5740) = 0
20141 18:48:57.129926 set_tid_address(0x7f8a956c5a10) = 20141
20141 18:48:57.130046 set_robust_list(0x7f8a956c5a20, 24) = 0
20141 18:48:57.130128 rseq(0x7f8a956c6060, 0x20, 0, 0x53053053) = 0
20141 18:48:57.130278 mprotect(0x7f8a95897000, 16384, PROT_READ) = 0
20141 18:48:57.130382 mprotect(0x559ee35c5000, 4096, PROT_READ) = 0
20141 18:48:57.130481 mprotect(0x7f8a958ef000, 8192, PROT_READ) = 0
20141 18:48:57.130585 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20141 18:48:57.130690 munmap(0x7f8a958aa000, 38759) = 0
20141 18:48:57.130824 getrandom("\x5d\x33\x9b\x6a\x4a\x94\x4e\x5d", 8, GRND_NONBLOCK) = 8
20141 18:48:57.130926 brk(NULL)         = 0x559efade9000
20141 18:48:57.131026 brk(0x559efae0a000) = 0x559efae0a000
20141 18:48:57.131123 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.131230 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.131334 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a95200000
20141 18:48:57.131440 close(3)          = 0
20141 18:48:57.131531 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.131634 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.131736 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20141 18:48:57.131844 read(3, "", 4096) = 0
20141 18:48:57.131928 close(3)          = 0
20141 18:48:57.132017 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.132113 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.132225 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.132325 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a958b3000
20141 18:48:57.132414 close(3)          = 0
20141 18:48:57.132500 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20141 18:48:57.132590 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.132685 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f8a958ac000
20141 18:48:57.132773 close(3)          = 0
20141 18:48:57.132866 futex(0x7f8a9589ca4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20141 18:48:57.133019 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.133114 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.133227 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.133341 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a958ab000
20141 18:48:57.133439 close(3)          = 0
20141 18:48:57.133529 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.133632 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.133720 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.133798 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a958aa000
20141 18:48:57.133919 close(3)          = 0
20141 18:48:57.134063 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.134147 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.134227 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.134307 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956c4000
20141 18:48:57.134400 close(3)          = 0
20141 18:48:57.134491 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.134583 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.134674 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.134771 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956c3000
20141 18:48:57.134878 close(3)          = 0
20141 18:48:57.134973 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.135070 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.135161 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.145915 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956c2000
20141 18:48:57.149981 close(3)          = 0
20141 18:48:57.150123 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.150686 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.155916 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.156274 close(3)          = 0
20141 18:48:57.156398 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.156489 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.156582 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956c1000
20141 18:48:57.156691 close(3)          = 0
20141 18:48:57.156796 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.156900 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.156997 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.157101 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956c0000
20141 18:48:57.157194 close(3)          = 0
20141 18:48:57.159885 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.160026 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.160129 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.160226 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956bf000
20141 18:48:57.160332 close(3)          = 0
20141 18:48:57.160420 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.160735 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.160834 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.160920 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956be000
20141 18:48:57.160997 close(3)          = 0
20141 18:48:57.161091 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.161983 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.162099 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.162203 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a956bd000
20141 18:48:57.162299 close(3)          = 0
20141 18:48:57.162389 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20141 18:48:57.162483 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20141 18:48:57.162570 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20141 18:48:57.162703 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f8a95666000
20141 18:48:57.162803 close(3)          = 0
20141 18:48:57.162920 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffe03f0cf40) = 0
20141 18:48:57.215825 close(1)          = 0
20141 18:48:57.216466 close(2)          = 0
20141 18:48:57.216571 exit_group(0)     = ?
20141 18:48:57.216864 +++ exited with 0 +++
20056 18:48:57.216940 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20141
20056 18:48:57.217027 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.217147 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.217237 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20141, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.217292 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.217389 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.217518 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.217623 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.217721 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.217810 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.217899 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20143 18:48:57.218201 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:57.218228 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20143
20143 18:48:57.218249 <... set_robust_list resumed>) = 0
20143 18:48:57.226005 getpid( <unfinished ...>
20056 18:48:57.226043 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20143 18:48:57.226317 <... getpid resumed>) = 20143
20056 18:48:57.226342 <... rt_sigprocmask resumed>NULL, 8) = 0
20143 18:48:57.228311 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:57.228391 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20143 18:48:57.228422 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:57.228447 <... rt_sigprocmask resumed>[], 8) = 0
20143 18:48:57.228463 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.229155 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20143 18:48:57.229187 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.229211 <... rt_sigprocmask resumed>NULL, 8) = 0
20143 18:48:57.229232 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.229253 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20143 18:48:57.229274 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.229295 <... rt_sigprocmask resumed>[], 8) = 0
20143 18:48:57.229315 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.229336 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20143 18:48:57.231194 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.231253 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20143 18:48:57.231276 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.231302 wait4(-1,  <unfinished ...>
20143 18:48:57.231652 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20143 18:48:57.231773 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20143 18:48:57.231881 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20143 18:48:57.232381 brk(NULL)         = 0x55598abdf000
20143 18:48:57.236581 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f562baf5000
20143 18:48:57.253312 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20143 18:48:57.253496 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.253612 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.253720 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562baeb000
20143 18:48:57.253837 close(3)          = 0
20143 18:48:57.254530 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.254640 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20143 18:48:57.254736 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20143 18:48:57.254878 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.254975 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20143 18:48:57.255068 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f562b909000
20143 18:48:57.255163 mmap(0x7f562b92f000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f562b92f000
20143 18:48:57.255265 mmap(0x7f562ba85000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f562ba85000
20143 18:48:57.255355 mmap(0x7f562bad8000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f562bad8000
20143 18:48:57.255456 mmap(0x7f562bade000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f562bade000
20143 18:48:57.255564 close(3)          = 0
20143 18:48:57.255653 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f562b906000
20143 18:48:57.255746 arch_prctl(ARCH_SET_FS, 0x7f562b906740) = 0
20143 18:48:57.255835 set_tid_address(0x7f562b906a10) = 20143
20143 18:48:57.255917 set_robust_list(0x7f562b906a20, 24) = 0
20143 18:48:57.255987 rseq(0x7f562b907060, 0x20, 0, 0x53053053) = 0
20143 18:48:57.256150 mprotect(0x7f562bad8000, 16384, PROT_READ) = 0
20143 18:48:57.256265 mprotect(0x55596bfdf000, 4096, PROT_READ) = 0
20143 18:48:57.256363 mprotect(0x7f562bb30000, 8192, PROT_READ) = 0
20143 18:48:57.256472 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20143 18:48:57.256584 munmap(0x7f562baeb000, 38759) = 0
20143 18:48:57.256755 getrandom("\xb8\x83\x32\x7f\x3e\xf3\xc4\x35", 8, GRND_NONBLOCK) = 8
20143 18:48:57.256870 brk(NULL)         = 0x55598abdf000
20143 18:48:57.256953 brk(0x55598ac00000) = 0x55598ac00000
20143 18:48:57.257059 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.257985 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.258125 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b600000
20143 18:48:57.258239 close(3)          = 0
20143 18:48:57.258333 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.258439 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.258546 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20143 18:48:57.258661 read(3, "", 4096) = 0
20143 18:48:57.258761 close(3)          = 0
20143 18:48:57.258867 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.258976 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.259072 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.259164 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562baf4000
20143 18:48:57.259253 close(3)          = 0
20143 18:48:57.259338 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20143 18:48:57.259431 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.259523 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f562baed000
20143 18:48:57.259611 close(3)          = 0
20143 18:48:57.261560 futex(0x7f562badda4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20143 18:48:57.261671 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.261778 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.261887 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.262037 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562baec000
20143 18:48:57.262135 close(3)          = 0
20143 18:48:57.262359 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.262693 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.262800 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.262896 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562baeb000
20143 18:48:57.262997 close(3)          = 0
20143 18:48:57.270007 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.273269 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.282008 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.282175 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b905000
20143 18:48:57.282301 close(3)          = 0
20143 18:48:57.282413 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.282530 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.282637 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.282738 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b904000
20143 18:48:57.282842 close(3)          = 0
20143 18:48:57.282936 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.283032 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.283121 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.283228 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b903000
20143 18:48:57.283316 close(3)          = 0
20143 18:48:57.283404 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.283498 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.283589 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.283682 close(3)          = 0
20143 18:48:57.283768 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.283911 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.284008 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b902000
20143 18:48:57.284133 close(3)          = 0
20143 18:48:57.284232 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.284327 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.284419 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.284512 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b901000
20143 18:48:57.284604 close(3)          = 0
20143 18:48:57.284697 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.284791 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.284880 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.284973 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b900000
20143 18:48:57.285065 close(3)          = 0
20143 18:48:57.285168 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.285264 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.285359 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.285456 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b8ff000
20143 18:48:57.285536 close(3)          = 0
20143 18:48:57.285623 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.285704 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.285782 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.285860 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b8fe000
20143 18:48:57.285974 close(3)          = 0
20143 18:48:57.286058 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20143 18:48:57.286146 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20143 18:48:57.286226 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20143 18:48:57.286308 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f562b5a9000
20143 18:48:57.286387 close(3)          = 0
20143 18:48:57.286501 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc22d11470) = 0
20143 18:48:57.343831 close(1)          = 0
20143 18:48:57.343971 close(2)          = 0
20143 18:48:57.344062 exit_group(0)     = ?
20143 18:48:57.344332 +++ exited with 0 +++
20056 18:48:57.344416 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20143
20056 18:48:57.344744 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.344865 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.352690 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20143, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.356652 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.366016 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.374670 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.374841 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.374932 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.375007 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.375085 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20146 18:48:57.375354 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:57.375370 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20146
20146 18:48:57.375402 <... set_robust_list resumed>) = 0
20056 18:48:57.375457 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20146 18:48:57.375513 getpid( <unfinished ...>
20056 18:48:57.375522 <... rt_sigprocmask resumed>NULL, 8) = 0
20146 18:48:57.375738 <... getpid resumed>) = 20146
20056 18:48:57.375799 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20146 18:48:57.375821 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:57.375836 <... rt_sigprocmask resumed>[], 8) = 0
20146 18:48:57.376112 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:57.376128 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20146 18:48:57.376172 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.376185 <... rt_sigprocmask resumed>NULL, 8) = 0
20146 18:48:57.376231 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.376248 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20146 18:48:57.379489 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.379538 <... rt_sigprocmask resumed>[], 8) = 0
20146 18:48:57.379559 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.379578 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20146 18:48:57.379592 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.379608 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20146 18:48:57.379632 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.379646 wait4(-1,  <unfinished ...>
20146 18:48:57.395176 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20146 18:48:57.397897 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20146 18:48:57.401687 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20146 18:48:57.401989 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20146 18:48:57.402639 brk(NULL)         = 0x55ff6b059000
20146 18:48:57.403197 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f0fa14a1000
20146 18:48:57.411480 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20146 18:48:57.434006 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.436646 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.436766 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa1497000
20146 18:48:57.436855 close(3)          = 0
20146 18:48:57.436944 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.437033 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20146 18:48:57.437114 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20146 18:48:57.437190 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.437270 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20146 18:48:57.437346 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f0fa12b5000
20146 18:48:57.437432 mmap(0x7f0fa12db000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f0fa12db000
20146 18:48:57.437535 mmap(0x7f0fa1431000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f0fa1431000
20146 18:48:57.437617 mmap(0x7f0fa1484000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f0fa1484000
20146 18:48:57.437704 mmap(0x7f0fa148a000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f0fa148a000
20146 18:48:57.437791 close(3)          = 0
20146 18:48:57.437880 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f0fa12b2000
20146 18:48:57.438002 arch_prctl(ARCH_SET_FS, 0x7f0fa12b2740) = 0
20146 18:48:57.438082 set_tid_address(0x7f0fa12b2a10) = 20146
20146 18:48:57.438155 set_robust_list(0x7f0fa12b2a20, 24) = 0
20146 18:48:57.438232 rseq(0x7f0fa12b3060, 0x20, 0, 0x53053053) = 0
20146 18:48:57.438369 mprotect(0x7f0fa1484000, 16384, PROT_READ) = 0
20146 18:48:57.438472 mprotect(0x55ff3b687000, 4096, PROT_READ) = 0
20146 18:48:57.438568 mprotect(0x7f0fa14dc000, 8192, PROT_READ) = 0
20146 18:48:57.438664 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20146 18:48:57.438767 munmap(0x7f0fa1497000, 38759) = 0
20146 18:48:57.438890 getrandom("\x60\xaf\x60\xf9\xed\xa9\x4e\xbb", 8, GRND_NONBLOCK) = 8
20146 18:48:57.438982 brk(NULL)         = 0x55ff6b059000
20146 18:48:57.439053 brk(0x55ff6b07a000) = 0x55ff6b07a000
20146 18:48:57.439136 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.439236 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.439320 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa0e00000
20146 18:48:57.439403 close(3)          = 0
20146 18:48:57.439481 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.439564 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.439644 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20146 18:48:57.439730 read(3, "", 4096) = 0
20146 18:48:57.439801 close(3)          = 0
20146 18:48:57.439878 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.439959 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.440036 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.440127 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa14a0000
20146 18:48:57.440216 close(3)          = 0
20146 18:48:57.440297 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20146 18:48:57.440378 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.440456 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f0fa1499000
20146 18:48:57.440533 close(3)          = 0
20146 18:48:57.440607 futex(0x7f0fa1489a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20146 18:48:57.440685 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.440763 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.440841 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.440919 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa1498000
20146 18:48:57.440997 close(3)          = 0
20146 18:48:57.441076 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.441173 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.441254 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.441333 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa1497000
20146 18:48:57.441417 close(3)          = 0
20146 18:48:57.441493 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.441584 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.441670 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.441761 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12b1000
20146 18:48:57.441851 close(3)          = 0
20146 18:48:57.441926 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.442051 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.442128 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.442218 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12b0000
20146 18:48:57.442302 close(3)          = 0
20146 18:48:57.442387 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.442477 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.442569 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.442658 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12af000
20146 18:48:57.442734 close(3)          = 0
20146 18:48:57.442810 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.442887 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.442967 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.443045 close(3)          = 0
20146 18:48:57.443117 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.443193 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.443279 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12ae000
20146 18:48:57.443366 close(3)          = 0
20146 18:48:57.443444 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.443529 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.443613 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.443694 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12ad000
20146 18:48:57.443777 close(3)          = 0
20146 18:48:57.443861 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.443980 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.444073 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.444167 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12ac000
20146 18:48:57.444253 close(3)          = 0
20146 18:48:57.444331 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.444409 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.444506 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.444628 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12ab000
20146 18:48:57.444715 close(3)          = 0
20146 18:48:57.447439 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.447741 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.448927 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.449034 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa12aa000
20146 18:48:57.449130 close(3)          = 0
20146 18:48:57.449220 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20146 18:48:57.449305 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20146 18:48:57.449408 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20146 18:48:57.449492 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0fa1253000
20146 18:48:57.449572 close(3)          = 0
20146 18:48:57.449680 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffcab36d4e0) = 0
20146 18:48:57.518053 close(1)          = 0
20146 18:48:57.522009 close(2)          = 0
20146 18:48:57.589994 exit_group(0)     = ?
20146 18:48:57.592594 +++ exited with 0 +++
20056 18:48:57.592610 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20146
20056 18:48:57.592655 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.592705 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.592733 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20146, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.592754 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.592784 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.592836 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.592864 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.592898 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.592924 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.592952 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20166
20166 18:48:57.593186 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:57.593221 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20166 18:48:57.593237 <... set_robust_list resumed>) = 0
20166 18:48:57.593270 getpid( <unfinished ...>
20056 18:48:57.593283 <... rt_sigprocmask resumed>NULL, 8) = 0
20166 18:48:57.593326 <... getpid resumed>) = 20166
20056 18:48:57.593333 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20166 18:48:57.593359 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.593384 <... rt_sigprocmask resumed>[], 8) = 0
20166 18:48:57.593394 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.593431 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20166 18:48:57.593441 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.593464 <... rt_sigprocmask resumed>NULL, 8) = 0
20166 18:48:57.593479 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.593488 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20166 18:48:57.593503 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.593524 <... rt_sigprocmask resumed>[], 8) = 0
20166 18:48:57.593538 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.593547 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20166 18:48:57.593563 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.593577 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20166 18:48:57.593587 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.593610 wait4(-1,  <unfinished ...>
20166 18:48:57.593633 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20166 18:48:57.593668 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20166 18:48:57.594016 brk(NULL)         = 0x5571d1fd3000
20166 18:48:57.594229 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7efef2778000
20166 18:48:57.594267 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20166 18:48:57.594310 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.594343 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.594374 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef276e000
20166 18:48:57.594402 close(3)          = 0
20166 18:48:57.594435 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.594463 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20166 18:48:57.594491 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20166 18:48:57.594517 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.594546 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20166 18:48:57.594571 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7efef258c000
20166 18:48:57.594599 mmap(0x7efef25b2000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7efef25b2000
20166 18:48:57.594632 mmap(0x7efef2708000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7efef2708000
20166 18:48:57.594661 mmap(0x7efef275b000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7efef275b000
20166 18:48:57.594698 mmap(0x7efef2761000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7efef2761000
20166 18:48:57.594734 close(3)          = 0
20166 18:48:57.594766 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7efef2589000
20166 18:48:57.594798 arch_prctl(ARCH_SET_FS, 0x7efef2589740) = 0
20166 18:48:57.594822 set_tid_address(0x7efef2589a10) = 20166
20166 18:48:57.594845 set_robust_list(0x7efef2589a20, 24) = 0
20166 18:48:57.594867 rseq(0x7efef258a060, 0x20, 0, 0x53053053) = 0
20166 18:48:57.594947 mprotect(0x7efef275b000, 16384, PROT_READ) = 0
20166 18:48:57.594982 mprotect(0x5571c9172000, 4096, PROT_READ) = 0
20166 18:48:57.595039 mprotect(0x7efef27b3000, 8192, PROT_READ) = 0
20166 18:48:57.595081 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20166 18:48:57.595123 munmap(0x7efef276e000, 38759) = 0
20166 18:48:57.595186 getrandom("\x3a\xe2\x2d\x09\xa0\xb1\x04\x35", 8, GRND_NONBLOCK) = 8
20166 18:48:57.595216 brk(NULL)         = 0x5571d1fd3000
20166 18:48:57.595240 brk(0x5571d1ff4000) = 0x5571d1ff4000
20166 18:48:57.595272 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.595303 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.595332 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2200000
20166 18:48:57.595367 close(3)          = 0
20166 18:48:57.595395 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.595426 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.595458 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20166 18:48:57.595494 read(3, "", 4096) = 0
20166 18:48:57.595518 close(3)          = 0
20166 18:48:57.595547 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.595576 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.595609 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.595638 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2777000
20166 18:48:57.595672 close(3)          = 0
20166 18:48:57.595699 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20166 18:48:57.595728 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.595757 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7efef2770000
20166 18:48:57.595783 close(3)          = 0
20166 18:48:57.595809 futex(0x7efef2760a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20166 18:48:57.595837 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.595865 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.595892 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.595920 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef276f000
20166 18:48:57.595947 close(3)          = 0
20166 18:48:57.595974 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.596011 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.596047 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.596081 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef276e000
20166 18:48:57.596115 close(3)          = 0
20166 18:48:57.596149 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.596184 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.596218 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.596251 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2588000
20166 18:48:57.596284 close(3)          = 0
20166 18:48:57.596321 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.596357 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.596391 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.596426 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2587000
20166 18:48:57.596462 close(3)          = 0
20166 18:48:57.596496 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.596533 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.596567 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.596610 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2586000
20166 18:48:57.596644 close(3)          = 0
20166 18:48:57.596678 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.596716 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.596752 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.596788 close(3)          = 0
20166 18:48:57.596819 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.596853 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.596887 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2585000
20166 18:48:57.596922 close(3)          = 0
20166 18:48:57.596955 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.596991 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.597026 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.597060 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2584000
20166 18:48:57.597099 close(3)          = 0
20166 18:48:57.597133 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.597169 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.597203 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.597239 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2583000
20166 18:48:57.597274 close(3)          = 0
20166 18:48:57.597308 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.597346 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.597376 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.597405 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2582000
20166 18:48:57.597433 close(3)          = 0
20166 18:48:57.597465 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.597493 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.597521 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.597549 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef2581000
20166 18:48:57.597576 close(3)          = 0
20166 18:48:57.597602 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20166 18:48:57.597630 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20166 18:48:57.597657 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20166 18:48:57.597685 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7efef252a000
20166 18:48:57.597711 close(3)          = 0
20166 18:48:57.597762 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc77136a50) = 0
20166 18:48:57.662066 close(1)          = 0
20166 18:48:57.662113 close(2)          = 0
20166 18:48:57.662141 exit_group(0)     = ?
20166 18:48:57.662372 +++ exited with 0 +++
20056 18:48:57.662383 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20166
20056 18:48:57.662428 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.662480 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.662512 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20166, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.662535 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.662569 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.662632 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.662665 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.662705 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.662735 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.662767 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20169 18:48:57.662986 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:57.662996 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20169
20056 18:48:57.663028 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20169 18:48:57.663046 <... set_robust_list resumed>) = 0
20169 18:48:57.663091 getpid( <unfinished ...>
20056 18:48:57.663098 <... rt_sigprocmask resumed>NULL, 8) = 0
20169 18:48:57.663149 <... getpid resumed>) = 20169
20056 18:48:57.663174 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20169 18:48:57.663187 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.663216 <... rt_sigprocmask resumed>[], 8) = 0
20169 18:48:57.663235 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.663292 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20169 18:48:57.663305 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.663322 <... rt_sigprocmask resumed>NULL, 8) = 0
20169 18:48:57.663340 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.663355 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20169 18:48:57.663371 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.663385 <... rt_sigprocmask resumed>[], 8) = 0
20169 18:48:57.663396 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20169 18:48:57.663426 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.663437 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20169 18:48:57.663456 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.663471 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20169 18:48:57.663490 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:57.663502 wait4(-1,  <unfinished ...>
20169 18:48:57.663517 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20169 18:48:57.663534 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20169 18:48:57.663582 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20169 18:48:57.666032 brk(NULL)         = 0x55ef92e6e000
20169 18:48:57.666247 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f62d3365000
20169 18:48:57.666292 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20169 18:48:57.666329 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.666362 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.666393 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d335b000
20169 18:48:57.666420 close(3)          = 0
20169 18:48:57.666450 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.666478 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20169 18:48:57.666506 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20169 18:48:57.666531 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.666559 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20169 18:48:57.666587 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f62d3179000
20169 18:48:57.666613 mmap(0x7f62d319f000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f62d319f000
20169 18:48:57.666647 mmap(0x7f62d32f5000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f62d32f5000
20169 18:48:57.666676 mmap(0x7f62d3348000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f62d3348000
20169 18:48:57.666708 mmap(0x7f62d334e000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f62d334e000
20169 18:48:57.666744 close(3)          = 0
20169 18:48:57.666775 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f62d3176000
20169 18:48:57.666810 arch_prctl(ARCH_SET_FS, 0x7f62d3176740) = 0
20169 18:48:57.666833 set_tid_address(0x7f62d3176a10) = 20169
20169 18:48:57.666855 set_robust_list(0x7f62d3176a20, 24) = 0
20169 18:48:57.666877 rseq(0x7f62d3177060, 0x20, 0, 0x53053053) = 0
20169 18:48:57.666953 mprotect(0x7f62d3348000, 16384, PROT_READ) = 0
20169 18:48:57.666987 mprotect(0x55ef85e52000, 4096, PROT_READ) = 0
20169 18:48:57.667017 mprotect(0x7f62d33a0000, 8192, PROT_READ) = 0
20169 18:48:57.667056 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20169 18:48:57.667096 munmap(0x7f62d335b000, 38759) = 0
20169 18:48:57.667156 getrandom("\x4f\x84\x07\x2b\x2d\xea\xe5\x12", 8, GRND_NONBLOCK) = 8
20169 18:48:57.667183 brk(NULL)         = 0x55ef92e6e000
20169 18:48:57.667205 brk(0x55ef92e8f000) = 0x55ef92e8f000
20169 18:48:57.667235 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.667264 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.667292 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d2e00000
20169 18:48:57.667325 close(3)          = 0
20169 18:48:57.667351 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.670015 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.670061 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20169 18:48:57.670099 read(3, "", 4096) = 0
20169 18:48:57.670122 close(3)          = 0
20169 18:48:57.670152 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.670183 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.670212 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.670241 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3364000
20169 18:48:57.670278 close(3)          = 0
20169 18:48:57.670305 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20169 18:48:57.670334 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.670362 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f62d335d000
20169 18:48:57.670388 close(3)          = 0
20169 18:48:57.670413 futex(0x7f62d334da4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20169 18:48:57.670441 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.670469 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.670495 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.670523 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d335c000
20169 18:48:57.670548 close(3)          = 0
20169 18:48:57.670574 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.670600 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.670627 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.670654 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d335b000
20169 18:48:57.670680 close(3)          = 0
20169 18:48:57.670705 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.670733 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.670759 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.670787 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3175000
20169 18:48:57.670812 close(3)          = 0
20169 18:48:57.670838 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.670864 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.670897 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.670924 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3174000
20169 18:48:57.670951 close(3)          = 0
20169 18:48:57.670977 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.671004 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671030 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671058 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3173000
20169 18:48:57.671083 close(3)          = 0
20169 18:48:57.671109 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.671135 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671163 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671190 close(3)          = 0
20169 18:48:57.671214 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671241 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671300 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3172000
20169 18:48:57.671327 close(3)          = 0
20169 18:48:57.671353 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.671381 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671409 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671436 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3171000
20169 18:48:57.671462 close(3)          = 0
20169 18:48:57.671488 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.671515 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671541 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671568 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3170000
20169 18:48:57.671594 close(3)          = 0
20169 18:48:57.671620 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.671647 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671673 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671700 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d316f000
20169 18:48:57.671726 close(3)          = 0
20169 18:48:57.671758 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.671785 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671812 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671839 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d316e000
20169 18:48:57.671865 close(3)          = 0
20169 18:48:57.671890 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20169 18:48:57.671917 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20169 18:48:57.671944 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20169 18:48:57.671971 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f62d3117000
20169 18:48:57.671996 close(3)          = 0
20169 18:48:57.672043 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc991e4150) = 0
20169 18:48:57.722217 close(1)          = 0
20169 18:48:57.722260 close(2)          = 0
20169 18:48:57.722287 exit_group(0)     = ?
20169 18:48:57.722481 +++ exited with 0 +++
20056 18:48:57.722487 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20169
20056 18:48:57.722536 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.722583 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.722609 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20169, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.722629 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.722657 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.722707 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.722734 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.722767 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.722792 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.722819 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20170
20056 18:48:57.723015 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.723073 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.723110 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.723136 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.723164 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.723193 wait4(-1,  <unfinished ...>
20170 18:48:57.726239 set_robust_list(0x7f3a25d14a20, 24) = 0
20170 18:48:57.730065 getpid()          = 20170
20170 18:48:57.730406 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20170 18:48:57.731923 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20170 18:48:57.732031 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20170 18:48:57.732163 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20170 18:48:57.733553 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20170 18:48:57.734234 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20170 18:48:57.736136 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20170 18:48:57.736659 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20170 18:48:57.738702 brk(NULL)         = 0x55ae1555a000
20170 18:48:57.738974 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fb644c42000
20170 18:48:57.739086 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20170 18:48:57.739198 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.739312 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.739403 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644c38000
20170 18:48:57.739486 close(3)          = 0
20170 18:48:57.739569 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.739653 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20170 18:48:57.739739 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20170 18:48:57.739835 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.739928 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20170 18:48:57.740015 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7fb644a56000
20170 18:48:57.740108 mmap(0x7fb644a7c000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7fb644a7c000
20170 18:48:57.740190 mmap(0x7fb644bd2000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fb644bd2000
20170 18:48:57.740271 mmap(0x7fb644c25000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7fb644c25000
20170 18:48:57.740357 mmap(0x7fb644c2b000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7fb644c2b000
20170 18:48:57.740446 close(3)          = 0
20170 18:48:57.740533 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fb644a53000
20170 18:48:57.740619 arch_prctl(ARCH_SET_FS, 0x7fb644a53740) = 0
20170 18:48:57.740694 set_tid_address(0x7fb644a53a10) = 20170
20170 18:48:57.740767 set_robust_list(0x7fb644a53a20, 24) = 0
20170 18:48:57.740840 rseq(0x7fb644a54060, 0x20, 0, 0x53053053) = 0
20170 18:48:57.740977 mprotect(0x7fb644c25000, 16384, PROT_READ) = 0
20170 18:48:57.741074 mprotect(0x55ae13aca000, 4096, PROT_READ) = 0
20170 18:48:57.741171 mprotect(0x7fb644c7d000, 8192, PROT_READ) = 0
20170 18:48:57.741295 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20170 18:48:57.741418 munmap(0x7fb644c38000, 38759) = 0
20170 18:48:57.741565 getrandom("\x26\xab\xbf\xf3\x69\x8f\xf7\x96", 8, GRND_NONBLOCK) = 8
20170 18:48:57.741670 brk(NULL)         = 0x55ae1555a000
20170 18:48:57.741761 brk(0x55ae1557b000) = 0x55ae1557b000
20170 18:48:57.741858 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.741998 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.742087 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644600000
20170 18:48:57.742188 close(3)          = 0
20170 18:48:57.742277 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.742375 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.742468 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20170 18:48:57.742557 read(3, "", 4096) = 0
20170 18:48:57.749853 close(3)          = 0
20170 18:48:57.757994 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.758156 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.758245 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.758345 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644c41000
20170 18:48:57.758445 close(3)          = 0
20170 18:48:57.758569 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20170 18:48:57.761399 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.761517 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7fb644c3a000
20170 18:48:57.761662 close(3)          = 0
20170 18:48:57.761742 futex(0x7fb644c2aa4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20170 18:48:57.761826 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.761909 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.762007 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.762102 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644c39000
20170 18:48:57.762183 close(3)          = 0
20170 18:48:57.762262 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.762365 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.762444 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.762534 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644c38000
20170 18:48:57.762618 close(3)          = 0
20170 18:48:57.762708 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.762806 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.762895 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.766271 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a52000
20170 18:48:57.766859 close(3)          = 0
20170 18:48:57.766949 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.767039 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.767121 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.767203 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a51000
20170 18:48:57.767300 close(3)          = 0
20170 18:48:57.767405 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.767490 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.767569 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.767648 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a50000
20170 18:48:57.767737 close(3)          = 0
20170 18:48:57.767817 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.767899 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.767977 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.768055 close(3)          = 0
20170 18:48:57.768128 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.768206 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.768286 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a4f000
20170 18:48:57.768363 close(3)          = 0
20170 18:48:57.768442 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.768523 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.768601 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.768681 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a4e000
20170 18:48:57.768760 close(3)          = 0
20170 18:48:57.768840 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.768920 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.768997 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.769073 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a4d000
20170 18:48:57.769152 close(3)          = 0
20170 18:48:57.769230 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.769310 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.770038 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.770123 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a4c000
20170 18:48:57.770203 close(3)          = 0
20170 18:48:57.770295 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.770380 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.770459 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.770549 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb644a4b000
20170 18:48:57.770635 close(3)          = 0
20170 18:48:57.770714 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20170 18:48:57.770798 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20170 18:48:57.770875 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20170 18:48:57.770955 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7fb6449f4000
20170 18:48:57.771031 close(3)          = 0
20170 18:48:57.771149 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffd51c39650) = 0
20170 18:48:57.822259 close(1)          = 0
20170 18:48:57.822393 close(2)          = 0
20170 18:48:57.822477 exit_group(0)     = ?
20170 18:48:57.822730 +++ exited with 0 +++
20056 18:48:57.822760 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20170
20056 18:48:57.822803 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.822850 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.822878 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20170, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.822899 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.822929 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.822982 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.823010 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.823045 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.823071 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.823100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20173
20056 18:48:57.823327 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.823388 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.823426 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.823451 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.823478 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.823506 wait4(-1,  <unfinished ...>
20173 18:48:57.824629 set_robust_list(0x7f3a25d14a20, 24) = 0
20173 18:48:57.824766 getpid()          = 20173
20173 18:48:57.833973 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20173 18:48:57.836071 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20173 18:48:57.836307 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20173 18:48:57.848330 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20173 18:48:57.857990 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20173 18:48:57.882005 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20173 18:48:57.890097 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20173 18:48:57.890249 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20173 18:48:57.890693 brk(NULL)         = 0x55c330c4d000
20173 18:48:57.890950 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ff035a1c000
20173 18:48:57.891043 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20173 18:48:57.891142 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.891231 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.891319 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035a12000
20173 18:48:57.891405 close(3)          = 0
20173 18:48:57.891493 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.891577 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20173 18:48:57.891654 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20173 18:48:57.891737 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.891826 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20173 18:48:57.891898 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7ff035830000
20173 18:48:57.891984 mmap(0x7ff035856000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7ff035856000
20173 18:48:57.892067 mmap(0x7ff0359ac000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7ff0359ac000
20173 18:48:57.892146 mmap(0x7ff0359ff000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7ff0359ff000
20173 18:48:57.892234 mmap(0x7ff035a05000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ff035a05000
20173 18:48:57.892326 close(3)          = 0
20173 18:48:57.892403 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ff03582d000
20173 18:48:57.892500 arch_prctl(ARCH_SET_FS, 0x7ff03582d740) = 0
20173 18:48:57.892573 set_tid_address(0x7ff03582da10) = 20173
20173 18:48:57.892641 set_robust_list(0x7ff03582da20, 24) = 0
20173 18:48:57.892716 rseq(0x7ff03582e060, 0x20, 0, 0x53053053) = 0
20173 18:48:57.892848 mprotect(0x7ff0359ff000, 16384, PROT_READ) = 0
20173 18:48:57.892937 mprotect(0x55c2f7056000, 4096, PROT_READ) = 0
20173 18:48:57.893025 mprotect(0x7ff035a57000, 8192, PROT_READ) = 0
20173 18:48:57.893114 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20173 18:48:57.893223 munmap(0x7ff035a12000, 38759) = 0
20173 18:48:57.893334 getrandom("\xa1\xe8\xe7\x6f\xed\xbb\x24\xff", 8, GRND_NONBLOCK) = 8
20173 18:48:57.893418 brk(NULL)         = 0x55c330c4d000
20173 18:48:57.895228 brk(0x55c330c6e000) = 0x55c330c6e000
20173 18:48:57.895365 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.895454 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.895535 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035400000
20173 18:48:57.895625 close(3)          = 0
20173 18:48:57.895706 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.895793 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.895879 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20173 18:48:57.895971 read(3, "", 4096) = 0
20173 18:48:57.896044 close(3)          = 0
20173 18:48:57.896129 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.896212 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.896296 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.896382 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035a1b000
20173 18:48:57.896463 close(3)          = 0
20173 18:48:57.896546 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20173 18:48:57.896638 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.896739 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7ff035a14000
20173 18:48:57.896816 close(3)          = 0
20173 18:48:57.898020 futex(0x7ff035a04a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20173 18:48:57.898112 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.898212 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.898318 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.898478 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035a13000
20173 18:48:57.898561 close(3)          = 0
20173 18:48:57.898642 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.898730 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.898811 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.898895 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035a12000
20173 18:48:57.898979 close(3)          = 0
20173 18:48:57.899065 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.899149 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.899228 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.899307 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff03582c000
20173 18:48:57.899387 close(3)          = 0
20173 18:48:57.899465 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.899550 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.899637 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.899725 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff03582b000
20173 18:48:57.899809 close(3)          = 0
20173 18:48:57.899890 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.899984 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.900075 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.900192 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff03582a000
20173 18:48:57.900279 close(3)          = 0
20173 18:48:57.900369 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.900469 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.900552 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.900636 close(3)          = 0
20173 18:48:57.901981 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.902097 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.902193 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035829000
20173 18:48:57.902291 close(3)          = 0
20173 18:48:57.902377 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.902469 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.902559 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.902639 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035828000
20173 18:48:57.902725 close(3)          = 0
20173 18:48:57.902802 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.902890 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.902986 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.903078 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035827000
20173 18:48:57.903165 close(3)          = 0
20173 18:48:57.903245 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.903325 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.903401 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.905972 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035826000
20173 18:48:57.910095 close(3)          = 0
20173 18:48:57.914082 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.914210 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.914299 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.914393 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff035825000
20173 18:48:57.914477 close(3)          = 0
20173 18:48:57.914561 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20173 18:48:57.914650 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20173 18:48:57.914730 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20173 18:48:57.914810 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ff0357ce000
20173 18:48:57.914892 close(3)          = 0
20173 18:48:57.915021 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffca1b14910) = 0
20173 18:48:57.993992 close(1)          = 0
20173 18:48:57.994100 close(2)          = 0
20173 18:48:57.994177 exit_group(0)     = ?
20173 18:48:57.994906 +++ exited with 0 +++
20056 18:48:57.994936 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20173
20056 18:48:57.994979 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.995025 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.995051 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20173, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:57.995072 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:57.995100 rt_sigreturn({mask=[]}) = 0
20056 18:48:57.995152 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:57.995179 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:57.995212 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:57.995236 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:57.995275 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20179
20056 18:48:57.995663 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20179 18:48:57.995684 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:57.995698 <... rt_sigprocmask resumed>NULL, 8) = 0
20179 18:48:57.995738 <... set_robust_list resumed>) = 0
20056 18:48:57.995751 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20179 18:48:57.995797 getpid( <unfinished ...>
20056 18:48:57.995810 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20179 18:48:57.995847 <... getpid resumed>) = 20179
20056 18:48:57.995861 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:57.995874 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20179 18:48:57.995885 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:57.995901 <... rt_sigprocmask resumed>[], 8) = 0
20056 18:48:57.995915 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:57.995953 wait4(-1,  <unfinished ...>
20179 18:48:57.996088 <... rt_sigprocmask resumed>NULL, 8) = 0
20179 18:48:57.996135 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20179 18:48:58.017139 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20179 18:48:58.078005 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20179 18:48:58.079227 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20179 18:48:58.082051 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20179 18:48:58.082169 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20179 18:48:58.082287 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20179 18:48:58.082743 brk(NULL)         = 0x557de541a000
20179 18:48:58.083009 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7c346ca000
20179 18:48:58.083107 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20179 18:48:58.083200 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.083285 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.083376 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c346c0000
20179 18:48:58.083456 close(3)          = 0
20179 18:48:58.083539 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.083624 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20179 18:48:58.083706 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20179 18:48:58.083784 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.083905 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20179 18:48:58.083993 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f7c344de000
20179 18:48:58.084074 mmap(0x7f7c34504000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f7c34504000
20179 18:48:58.084157 mmap(0x7f7c3465a000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f7c3465a000
20179 18:48:58.084237 mmap(0x7f7c346ad000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f7c346ad000
20179 18:48:58.084324 mmap(0x7f7c346b3000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f7c346b3000
20179 18:48:58.084412 close(3)          = 0
20179 18:48:58.084501 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f7c344db000
20179 18:48:58.084586 arch_prctl(ARCH_SET_FS, 0x7f7c344db740) = 0
20179 18:48:58.084669 set_tid_address(0x7f7c344dba10) = 20179
20179 18:48:58.084742 set_robust_list(0x7f7c344dba20, 24) = 0
20179 18:48:58.084814 rseq(0x7f7c344dc060, 0x20, 0, 0x53053053) = 0
20179 18:48:58.084956 mprotect(0x7f7c346ad000, 16384, PROT_READ) = 0
20179 18:48:58.085058 mprotect(0x557da5552000, 4096, PROT_READ) = 0
20179 18:48:58.085147 mprotect(0x7f7c34705000, 8192, PROT_READ) = 0
20179 18:48:58.085250 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20179 18:48:58.085345 munmap(0x7f7c346c0000, 38759) = 0
20179 18:48:58.085478 getrandom("\x9f\x99\xa6\x1f\x4e\x42\x8b\x8f", 8, GRND_NONBLOCK) = 8
20179 18:48:58.085565 brk(NULL)         = 0x557de541a000
20179 18:48:58.085639 brk(0x557de543b000) = 0x557de543b000
20179 18:48:58.085732 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.085818 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.085903 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c34000000
20179 18:48:58.086025 close(3)          = 0
20179 18:48:58.086115 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.086202 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.086293 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20179 18:48:58.086383 read(3, "", 4096) = 0
20179 18:48:58.086472 close(3)          = 0
20179 18:48:58.086555 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.086649 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.086741 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.086827 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c346c9000
20179 18:48:58.086923 close(3)          = 0
20179 18:48:58.087010 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20179 18:48:58.087094 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.087175 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f7c346c2000
20179 18:48:58.087254 close(3)          = 0
20179 18:48:58.087336 futex(0x7f7c346b2a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20179 18:48:58.087418 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.087504 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.087593 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.087687 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c346c1000
20179 18:48:58.087768 close(3)          = 0
20179 18:48:58.087846 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.087929 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.088008 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.088085 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c346c0000
20179 18:48:58.088167 close(3)          = 0
20179 18:48:58.088250 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.088330 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.088411 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.088488 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344da000
20179 18:48:58.088571 close(3)          = 0
20179 18:48:58.088651 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.088732 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.088812 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.088893 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344d9000
20179 18:48:58.088975 close(3)          = 0
20179 18:48:58.089059 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.089142 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.089218 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.089300 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344d8000
20179 18:48:58.089393 close(3)          = 0
20179 18:48:58.089479 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.089559 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.089637 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.089719 close(3)          = 0
20179 18:48:58.089794 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.089871 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.093994 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344d7000
20179 18:48:58.100118 close(3)          = 0
20179 18:48:58.102088 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.102212 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.102299 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.102419 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344d6000
20179 18:48:58.102511 close(3)          = 0
20179 18:48:58.102593 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.102675 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.102755 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.102834 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344d5000
20179 18:48:58.102921 close(3)          = 0
20179 18:48:58.103006 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.103092 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.103176 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.103258 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344d4000
20179 18:48:58.103338 close(3)          = 0
20179 18:48:58.103428 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.103512 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.103593 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.103673 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c344d3000
20179 18:48:58.103756 close(3)          = 0
20179 18:48:58.103835 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20179 18:48:58.103975 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20179 18:48:58.104062 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20179 18:48:58.104145 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f7c3447c000
20179 18:48:58.104225 close(3)          = 0
20179 18:48:58.104341 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffc96b3b0e0) = 0
20179 18:48:58.168851 close(1)          = 0
20179 18:48:58.174049 close(2)          = 0
20179 18:48:58.174152 exit_group(0)     = ?
20179 18:48:58.174430 +++ exited with 0 +++
20056 18:48:58.174460 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20179
20056 18:48:58.174505 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.174553 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:58.174581 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20179, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:58.174602 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:58.174632 rt_sigreturn({mask=[]}) = 0
20056 18:48:58.174699 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:58.174728 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:58.174764 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:58.174790 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:58.174819 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f3a25d14a10) = 20193
20193 18:48:58.175071 set_robust_list(0x7f3a25d14a20, 24 <unfinished ...>
20056 18:48:58.175080 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20193 18:48:58.175096 <... set_robust_list resumed>) = 0
20193 18:48:58.175130 getpid( <unfinished ...>
20056 18:48:58.175138 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:58.175183 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20193 18:48:58.175200 <... getpid resumed>) = 20193
20193 18:48:58.175223 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:58.175248 <... rt_sigprocmask resumed>[], 8) = 0
20193 18:48:58.175272 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.175282 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20193 18:48:58.175295 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20193 18:48:58.175312 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.175324 <... rt_sigprocmask resumed>NULL, 8) = 0
20193 18:48:58.175337 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.175350 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20193 18:48:58.175360 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.175393 <... rt_sigprocmask resumed>[], 8) = 0
20193 18:48:58.175408 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.175417 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20193 18:48:58.175432 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.175441 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20193 18:48:58.175459 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.175471 wait4(-1,  <unfinished ...>
20193 18:48:58.175479 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20193 18:48:58.175495 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20193 18:48:58.175538 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */) = 0
20193 18:48:58.176022 brk(NULL)         = 0x557463771000
20193 18:48:58.176282 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f46e74cf000
20193 18:48:58.176381 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20193 18:48:58.176485 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.176576 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.176662 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e74c5000
20193 18:48:58.176753 close(3)          = 0
20193 18:48:58.176843 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.176926 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20193 18:48:58.177024 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20193 18:48:58.177105 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.177186 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20193 18:48:58.177265 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f46e72e3000
20193 18:48:58.177350 mmap(0x7f46e7309000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f46e7309000
20193 18:48:58.177430 mmap(0x7f46e745f000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f46e745f000
20193 18:48:58.177511 mmap(0x7f46e74b2000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f46e74b2000
20193 18:48:58.177595 mmap(0x7f46e74b8000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f46e74b8000
20193 18:48:58.177685 close(3)          = 0
20193 18:48:58.177766 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f46e72e0000
20193 18:48:58.177854 arch_prctl(ARCH_SET_FS, 0x7f46e72e0740) = 0
20193 18:48:58.177964 set_tid_address(0x7f46e72e0a10) = 20193
20193 18:48:58.178047 set_robust_list(0x7f46e72e0a20, 24) = 0
20193 18:48:58.178119 rseq(0x7f46e72e1060, 0x20, 0, 0x53053053) = 0
20193 18:48:58.178258 mprotect(0x7f46e74b2000, 16384, PROT_READ) = 0
20193 18:48:58.178357 mprotect(0x557428be7000, 4096, PROT_READ) = 0
20193 18:48:58.178440 mprotect(0x7f46e750a000, 8192, PROT_READ) = 0
20193 18:48:58.178575 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20193 18:48:58.178679 munmap(0x7f46e74c5000, 38759) = 0
20193 18:48:58.178804 getrandom("\x4f\x31\xba\xde\x16\x76\xbe\x05", 8, GRND_NONBLOCK) = 8
20193 18:48:58.178885 brk(NULL)         = 0x557463771000
20193 18:48:58.178962 brk(0x557463792000) = 0x557463792000
20193 18:48:58.179050 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.179157 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.179242 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e6e00000
20193 18:48:58.179356 close(3)          = 0
20193 18:48:58.179452 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.179540 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.179618 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20193 18:48:58.179712 read(3, "", 4096) = 0
20193 18:48:58.179794 close(3)          = 0
20193 18:48:58.179874 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.179957 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.180042 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.180121 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e74ce000
20193 18:48:58.180202 close(3)          = 0
20193 18:48:58.180292 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20193 18:48:58.180378 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.180459 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f46e74c7000
20193 18:48:58.180539 close(3)          = 0
20193 18:48:58.180620 futex(0x7f46e74b7a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20193 18:48:58.180699 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.180782 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.180866 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.180944 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e74c6000
20193 18:48:58.181028 close(3)          = 0
20193 18:48:58.181108 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.181197 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.181300 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.181397 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e74c5000
20193 18:48:58.181475 close(3)          = 0
20193 18:48:58.188109 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.188327 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.188408 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.188492 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72df000
20193 18:48:58.188574 close(3)          = 0
20193 18:48:58.188655 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.188748 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.188834 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.188921 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72de000
20193 18:48:58.189011 close(3)          = 0
20193 18:48:58.189096 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.189184 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.189277 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.189364 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72dd000
20193 18:48:58.189459 close(3)          = 0
20193 18:48:58.189546 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.189629 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.189714 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.189793 close(3)          = 0
20193 18:48:58.189867 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.189985 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.190072 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72dc000
20193 18:48:58.190160 close(3)          = 0
20193 18:48:58.190241 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.190331 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.190410 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.190489 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72db000
20193 18:48:58.190566 close(3)          = 0
20193 18:48:58.190650 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.190737 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.190818 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.190898 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72da000
20193 18:48:58.190985 close(3)          = 0
20193 18:48:58.191065 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.191149 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.191228 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.191316 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72d9000
20193 18:48:58.191395 close(3)          = 0
20193 18:48:58.191481 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.191567 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.191665 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.191747 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e72d8000
20193 18:48:58.191825 close(3)          = 0
20193 18:48:58.191906 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20193 18:48:58.191988 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20193 18:48:58.192083 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20193 18:48:58.192176 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f46e7281000
20193 18:48:58.192255 close(3)          = 0
20193 18:48:58.192360 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000}, 0x7ffdd89e4990) = 0
20193 18:48:58.251180 close(1)          = 0
20193 18:48:58.251862 close(2)          = 0
20193 18:48:58.251945 exit_group(0)     = ?
20193 18:48:58.252231 +++ exited with 0 +++
20056 18:48:58.252242 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 20193
20056 18:48:58.252283 rt_sigaction(SIGINT, {sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.252332 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:58.252360 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=20193, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
20056 18:48:58.252381 wait4(-1, 0x7ffdc3f28750, WNOHANG, NULL) = -1 ECHILD (No child processes)
20056 18:48:58.252410 rt_sigreturn({mask=[]}) = 0
20056 18:48:58.252463 rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0
20056 18:48:58.252491 rt_sigprocmask(SIG_SETMASK, [], NULL, 8) = 0
20056 18:48:58.252526 rt_sigprocmask(SIG_BLOCK, NULL, [], 8) = 0
20056 18:48:58.252552 rt_sigprocmask(SIG_BLOCK, [INT TERM CHLD], [], 8) = 0
20056 18:48:58.252581 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
20197 18:48:58.252782 set_robust_list(0x7f3a25d14a20, 24) = 0
20197 18:48:58.252831 getpid()          = 20197
20197 18:48:58.252868 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20056 18:48:58.252884 <... clone resumed>, child_tidptr=0x7f3a25d14a10) = 20197
20197 18:48:58.252912 <... rt_sigprocmask resumed>NULL, 8) = 0
20056 18:48:58.252920 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20197 18:48:58.252934 rt_sigaction(SIGTSTP, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.252962 <... rt_sigprocmask resumed>NULL, 8) = 0
20197 18:48:58.253008 rt_sigaction(SIGTTIN, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.253020 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20197 18:48:58.253030 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20197 18:48:58.253046 rt_sigaction(SIGTTOU, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.253074 <... rt_sigprocmask resumed>[], 8) = 0
20197 18:48:58.253107 rt_sigaction(SIGINT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.253117 rt_sigprocmask(SIG_SETMASK, [],  <unfinished ...>
20197 18:48:58.253132 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20197 18:48:58.253149 rt_sigaction(SIGQUIT, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.253161 <... rt_sigprocmask resumed>NULL, 8) = 0
20197 18:48:58.253173 <... rt_sigaction resumed>{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.253189 rt_sigprocmask(SIG_BLOCK, [CHLD],  <unfinished ...>
20197 18:48:58.253206 rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20056 18:48:58.253218 <... rt_sigprocmask resumed>[], 8) = 0
20197 18:48:58.253232 <... rt_sigaction resumed>{sa_handler=0x55de4a5d5e40, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.253242 rt_sigaction(SIGINT, {sa_handler=0x55de4a5d30b0, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050},  <unfinished ...>
20197 18:48:58.253269 execve("/usr/bin/sleep", ["sleep", "0.05"], 0x55de865e9dc0 /* 35 vars */ <unfinished ...>
20056 18:48:58.253290 <... rt_sigaction resumed>{sa_handler=0x55de4a5f7f30, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x7f3a25d53050}, 8) = 0
20056 18:48:58.253305 wait4(-1,  <unfinished ...>
20197 18:48:58.253518 <... execve resumed>) = 0
20197 18:48:58.253552 brk(NULL)         = 0x55d50c231000
20197 18:48:58.253768 mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f69aa6d3000
20197 18:48:58.253812 access("/etc/ld.so.preload", R_OK) = -1 ENOENT (No such file or directory)
20197 18:48:58.253964 openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.254021 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=38759, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.254054 mmap(NULL, 38759, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa6c9000
20197 18:48:58.254083 close(3)          = 0
20197 18:48:58.254116 openat(AT_FDCWD, "/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.254145 read(3, "\177ELF\2\1\1\3\0\0\0\0\0\0\0\0\3\0>\0\1\0\0\0\20t\2\0\0\0\0\0"..., 832) = 832
20197 18:48:58.254174 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20197 18:48:58.254201 newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=1926232, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.254230 pread64(3, "\6\0\0\0\4\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0@\0\0\0\0\0\0\0"..., 784, 64) = 784
20197 18:48:58.254257 mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = 0x7f69aa4e7000
20197 18:48:58.254286 mmap(0x7f69aa50d000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x26000) = 0x7f69aa50d000
20197 18:48:58.254319 mmap(0x7f69aa663000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7f69aa663000
20197 18:48:58.254348 mmap(0x7f69aa6b6000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x1cf000) = 0x7f69aa6b6000
20197 18:48:58.254384 mmap(0x7f69aa6bc000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7f69aa6bc000
20197 18:48:58.254421 close(3)          = 0
20197 18:48:58.254454 mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f69aa4e4000
20197 18:48:58.254485 arch_prctl(ARCH_SET_FS, 0x7f69aa4e4740) = 0
20197 18:48:58.254509 set_tid_address(0x7f69aa4e4a10) = 20197
20197 18:48:58.254533 set_robust_list(0x7f69aa4e4a20, 24) = 0
20197 18:48:58.254556 rseq(0x7f69aa4e5060, 0x20, 0, 0x53053053) = 0
20197 18:48:58.254636 mprotect(0x7f69aa6b6000, 16384, PROT_READ) = 0
20197 18:48:58.254671 mprotect(0x55d5056fc000, 4096, PROT_READ) = 0
20197 18:48:58.254703 mprotect(0x7f69aa70e000, 8192, PROT_READ) = 0
20197 18:48:58.254756 prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0
20197 18:48:58.254798 munmap(0x7f69aa6c9000, 38759) = 0
20197 18:48:58.254858 getrandom("\x18\x4b\x9e\x75\x9b\x69\xd3\xa8", 8, GRND_NONBLOCK) = 8
20197 18:48:58.254887 brk(NULL)         = 0x55d50c231000
20197 18:48:58.254911 brk(0x55d50c252000) = 0x55d50c252000
20197 18:48:58.254941 openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.254979 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3048992, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.255008 mmap(NULL, 3048992, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa000000
20197 18:48:58.255043 close(3)          = 0
20197 18:48:58.255076 openat(AT_FDCWD, "/usr/share/locale/locale.alias", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.255108 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=2996, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.255139 read(3, "# Locale name alias data base.\n#"..., 4096) = 2996
20197 18:48:58.255175 read(3, "", 4096) = 0
20197 18:48:58.255199 close(3)          = 0
20197 18:48:58.255231 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.255262 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_IDENTIFICATION", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.255291 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=258, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.255319 mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa6d2000
20197 18:48:58.255354 close(3)          = 0
20197 18:48:58.255381 openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache", O_RDONLY) = 3
20197 18:48:58.255410 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=27028, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.255439 mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3, 0) = 0x7f69aa6cb000
20197 18:48:58.256483 close(3)          = 0
20197 18:48:58.256515 futex(0x7f69aa6bba4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0
20197 18:48:58.256546 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.256579 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MEASUREMENT", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.256609 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=23, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.256644 mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa6ca000
20197 18:48:58.256672 close(3)          = 0
20197 18:48:58.256733 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.256769 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TELEPHONE", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.256798 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=47, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.256827 mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa6c9000
20197 18:48:58.256854 close(3)          = 0
20197 18:48:58.256882 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.256910 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_ADDRESS", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.256938 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=127, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.256967 mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4e3000
20197 18:48:58.256994 close(3)          = 0
20197 18:48:58.257022 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NAME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.257051 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NAME", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257079 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=62, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257107 mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4e2000
20197 18:48:58.257136 close(3)          = 0
20197 18:48:58.257162 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_PAPER", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.257190 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_PAPER", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257218 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=34, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257247 mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4e1000
20197 18:48:58.257270 close(3)          = 0
20197 18:48:58.257294 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.257318 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257344 newfstatat(3, "", {st_mode=S_IFDIR|0755, st_size=4096, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257369 close(3)          = 0
20197 18:48:58.257391 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257422 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=48, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257447 mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4e0000
20197 18:48:58.257470 close(3)          = 0
20197 18:48:58.257493 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.257518 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_MONETARY", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257543 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=270, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257568 mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4df000
20197 18:48:58.257591 close(3)          = 0
20197 18:48:58.257614 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.257639 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_COLLATE", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257663 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=1406, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257688 mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4de000
20197 18:48:58.257712 close(3)          = 0
20197 18:48:58.257736 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_TIME", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.257760 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_TIME", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257784 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=3360, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257808 mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4dd000
20197 18:48:58.257831 close(3)          = 0
20197 18:48:58.257857 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.257881 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_NUMERIC", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.257906 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=50, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.257930 mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa4dc000
20197 18:48:58.257988 close(3)          = 0
20197 18:48:58.258013 openat(AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)
20197 18:48:58.258039 openat(AT_FDCWD, "/usr/lib/locale/C.utf8/LC_CTYPE", O_RDONLY|O_CLOEXEC) = 3
20197 18:48:58.258063 newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=353616, ...}, AT_EMPTY_PATH) = 0
20197 18:48:58.258088 mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f69aa485000
20197 18:48:58.258111 close(3)          = 0
20197 18:48:58.258152 clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=50000000},  <detached ...>
