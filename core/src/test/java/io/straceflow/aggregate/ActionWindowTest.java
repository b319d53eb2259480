package io.straceflow.aggregate;

import static io.straceflow.aggregate.Events.line;
import static io.straceflow.aggregate.Events.read;
import static io.straceflow.aggregate.Events.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.TraceEnd;
import io.straceflow.testing.TraceDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Windows on explicit timestamps. The wall-clock timeout is set far out (grace 60 s) so that only event time decides:
 * a slow test machine cannot change the outcome.
 */
class ActionWindowTest extends ActionsRouteSupport {
    private static final int MS = 1000;

    @Override
    Properties properties() {
        return props(Map.of("straceflow.actions.grace", "60000", "straceflow.actions.max-calls", "50"));
    }

    @Test
    void gapOf90msMergesAndGapOf110msSplits() {
        feed(Events.parse(List.of(
                read(812, 0, 3, "/etc/big", 4096),
                read(812, 90 * MS, 3, "/etc/big", 4096), // 90 ms after the last: same action
                read(812, 200 * MS, 3, "/etc/big", 100), // 110 ms after the last: a new one
                read(812, 201 * MS, 3, "/etc/big", 0))));
        end();

        List<Action> actions = actions();
        assertThat(actions).extracting(Action::count).containsExactly(2L, 2L);
        assertThat(actions).extracting(Action::bytes).containsExactly(8192L, 100L);
        assertThat(actions).extracting(Action::firstSeq).containsExactly(1L, 3L);
        assertThat(actions).extracting(Action::lastSeq).containsExactly(2L, 4L);
        Action first = actions.get(0);
        assertThat(first.pid()).isEqualTo(812);
        assertThat(first.fd()).isEqualTo(3L);
        assertThat(first.path()).isEqualTo("/etc/big");
        assertThat(first.op()).isEqualTo(OpClass.READ);
        assertThat(first.start()).isEqualTo("10:00:00.000000");
        assertThat(first.end()).isEqualTo("10:00:00.090000");
        assertThat(first.endMicros() - first.startMicros()).isEqualTo(90_000L);
    }

    @Test
    void threeBurstsSeparatedBy300msAreThreeWrites() {
        List<String> lines = new ArrayList<>();
        for (int burst = 0; burst < 3; burst++) {
            for (int i = 0; i < 5; i++) {
                lines.add(write(900, burst * 300 * MS + i * 10, 1, "/dev/null<char 1:3>", 10));
            }
        }
        feed(Events.parse(lines));
        end();

        assertThat(actions()).hasSize(3).allSatisfy(a -> {
            assertThat(a.op()).isEqualTo(OpClass.WRITE);
            assertThat(a.count()).isEqualTo(5);
            assertThat(a.bytes()).isEqualTo(50);
            assertThat(a.syscalls()).containsExactly(Map.entry("write", 5L));
            assertThat(a.path()).isEqualTo("/dev/null");
        });
    }

    @Test
    void sizeCapClosesABusyKeyThatNeverPauses() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(read(7, i * MS, 0, "pipe:[42]", 1));
        }
        feed(Events.parse(lines));
        end();

        assertThat(actions()).extracting(Action::count).containsExactly(50L, 50L, 20L);
        assertThat(actions()).extracting(Action::path).containsOnly("pipe:[42]");
    }

    @Test
    void keysSeparatePidsFdsClassesAndAReusedFd() {
        List<SyscallEvent> events = Events.parse(List.of(
                read(1, 0, 3, "/a", 10),
                read(2, 1, 3, "/a", 10), // other pid
                read(1, 2, 4, "/a", 10), // other fd
                write(1, 3, 3, "/a", 10), // other class
                line(1, 4, "close(3</a>) = 0"),
                line(1, 5, "openat(AT_FDCWD</tmp>, \"/b\", O_RDONLY) = 3</b>"),
                read(1, 6, 3, "/b", 10))); // same fd number, other file
        feed(events);
        end();

        assertThat(actions()).hasSize(7);
        assertThat(actions()).extracting(Action::count).containsOnly(1L);
        Action open = actions().stream()
                .filter(a -> a.op() == OpClass.OPEN)
                .findFirst()
                .orElseThrow();
        assertThat(open.fd()).isNull();
        assertThat(open.path()).isEqualTo("/b");
    }

    @Test
    void anActionsPathComesOnlyFromAnFdOrAPathArgument() {
        feed(Events.parse(List.of(
                line(6, 0, "getrandom(\"\\x15\\xa5\\x3c\\x0e\\x9d\\x11\\x7b\\x28\", 8, GRND_NONBLOCK) = 8"),
                line(7, 0, "write(1, \"hello\\n\", 6) = 6"), // no -y decoration: the data is no path
                line(8, 0, "prctl(PR_SET_NAME, \"worker\") = 0"),
                line(9, 0, "mkdir(\"d\", 0777) = 0"),
                line(10, 0, "renameat2(AT_FDCWD</tmp>, \"a.txt\", AT_FDCWD</tmp>, \"b.txt\", RENAME_NOREPLACE) = 0"),
                line(11, 0, "newfstatat(AT_FDCWD</tmp>, \"x\", {st_mode=S_IFREG|0644, st_size=0}, 0) = 0"))));
        end();

        List<Action> actions = actions();
        assertThat(actions)
                .extracting(a -> a.pid() + " " + a.path())
                .containsExactlyInAnyOrder("6 null", "7 null", "8 null", "9 d", "10 a.txt", "11 x");
    }

    @Test
    void errorsSyscallNamesPathsAndTargets() {
        feed(Events.parse(List.of(
                line(5, 0, "openat(AT_FDCWD</tmp>, \"/nope\", O_RDONLY) = -1 ENOENT (No such file or directory)"),
                line(5, 1, "openat(AT_FDCWD</tmp>, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3</etc/passwd>"),
                line(5, 2, "open(\"/nope2\", O_RDONLY) = -1 ENOENT (No such file or directory)"),
                line(
                        5,
                        10,
                        "connect(4<TCP:[5907]>, {sa_family=AF_INET, sin_port=htons(5432),"
                                + " sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0"),
                line(5, 20, "execve(\"/usr/bin/sort\", [\"sort\"], 0x7ffd /* 3 vars */) = 0"),
                line(5, 30, "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f00"),
                line(5, 31, "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3</etc/passwd>, 0) = 0x7f10"),
                line(5, 40, "getpid() = 5"))));
        end();

        Action open = byOp(OpClass.OPEN);
        assertThat(open.count()).isEqualTo(3);
        assertThat(open.syscalls()).containsExactly(Map.entry("open", 1L), Map.entry("openat", 2L));
        assertThat(open.errors()).containsExactly(Map.entry("ENOENT", 2L));
        assertThat(open.path()).isNull();
        assertThat(open.paths()).containsExactly("/nope", "/etc/passwd", "/nope2");
        assertThat(byOp(OpClass.CONNECT).target()).isEqualTo("127.0.0.1:5432");
        assertThat(byOp(OpClass.EXEC).path()).isEqualTo("/usr/bin/sort");
        assertThat(byOp(OpClass.MEMORY).syscalls()).containsOnlyKeys("mmap");
        assertThat(byOp(OpClass.MMAP).path()).isEqualTo("/etc/passwd");
        assertThat(byOp(OpClass.OTHER).syscalls()).containsOnlyKeys("getpid");
    }

    @Test
    void signalsAndExitsAreActionsNoticesAndUnparsedAreNot() {
        List<SyscallEvent> events = Events.parse(List.of(
                line(6, 0, "kill(7, SIGTERM) = 0"),
                line(6, 1, "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=7, si_uid=0} ---"),
                line(6, 2, "this is not strace output"),
                line(6, 3, "exit_group(0) = ?"),
                line(6, 4, "+++ exited with 0 +++")));
        feed(events);
        end();

        assertThat(byOp(OpClass.SIGNAL).syscalls())
                .containsExactly(Map.entry("--- SIGCHLD", 1L), Map.entry("kill", 1L));
        assertThat(byOp(OpClass.EXIT).syscalls())
                .containsExactly(Map.entry("+++ exited", 1L), Map.entry("exit_group", 1L));
        assertThat(actions().stream().mapToLong(Action::count).sum())
                .isEqualTo(classified(events))
                .isEqualTo(4);
    }

    @Test
    void endComesAfterEveryPendingActionAndCompletesThemAll() {
        List<String> lines = new ArrayList<>();
        for (int pid = 1; pid <= 40; pid++) {
            lines.add(read(pid, pid, 0, "/x", 1));
        }
        feed(Events.parse(lines));
        assertThat(out).isEmpty(); // all pending: nothing is quiet for 60 s
        end();

        assertThat(out).hasSize(41);
        assertThat(out.get(40)).isInstanceOf(TraceEnd.class);
        assertThat(actions()).extracting(Action::pid).doesNotHaveDuplicates().hasSize(40);
    }

    @Test
    void stoppingInTheMiddleOfABurstStillDeliversThePendingAction() {
        feed(Events.parse(List.of(
                write(3, 0, 1, "/dev/pts/0", 5), write(3, 1, 1, "/dev/pts/0", 5), write(3, 2, 1, "/dev/pts/0", 5))));
        assertThat(out).isEmpty();

        context.stop(); // what SIGTERM / Ctrl+C do through camel-main

        assertThat(actions()).extracting(Action::count).containsExactly(3L);
        assertThat(actions()).extracting(Action::bytes).containsExactly(15L);
    }

    @Test
    void jsonShape() {
        feed(Events.parse(List.of(
                read(812, 0, 3, "/etc/big", 4096),
                line(812, 5, "read(3</etc/big>, 0x7f, 4096) = -1 EINTR (Interrupted system call)"))));
        end();

        // 10:00 UTC on the test traces' day, in epoch microseconds
        long tenOClock = TraceDate.DAY.atTime(10, 0).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
        assertThat(ActionJson.toJson(actions().get(0)))
                .isEqualTo("{\"pid\":812,\"fd\":3,\"path\":\"/etc/big\",\"op\":\"read\",\"syscalls\":{\"read\":2},"
                        + "\"count\":2,\"bytes\":4096,\"errors\":{\"EINTR\":1},\"start\":\"10:00:00.000000\","
                        + "\"end\":\"10:00:00.000005\",\"start_us\":" + tenOClock + ",\"end_us\":" + (tenOClock + 5)
                        + ",\"first_seq\":1,\"last_seq\":2}");
    }

    private Action byOp(OpClass op) {
        return actions().stream().filter(a -> a.op() == op).findFirst().orElseThrow();
    }
}
