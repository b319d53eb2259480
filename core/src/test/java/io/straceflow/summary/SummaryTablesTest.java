package io.straceflow.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables built from enriched.jsonl, on hand-written events: paths and what was done to them, peers call by
 * call, the time table, folding and caps. The same on real programs: cli.SummaryReportTest.
 */
class SummaryTablesTest {
    private static final String CWD = "{\"fd\":-100,\"sym\":\"AT_FDCWD\",\"kind\":\"file\",\"path\":\"/w\"}";

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private long seq;

    @Test
    void pathsGetTheirOperationsAbsoluteAndFailuresWithErrno() throws Exception {
        // sh (1-1) learns its cwd from an AT_FDCWD; its child 2-2 makes relative calls without one
        call(
                "1-1",
                null,
                "openat",
                CWD + ",\"a.txt\",{\"flags\":[\"O_WRONLY\",\"O_CREAT\"]},438",
                "3",
                ",\"ret_fd\":{\"fd\":3,\"kind\":\"file\",\"path\":\"/w/a.txt\"}");
        call("1-1", null, "write", fd(3, "/w/a.txt") + ",\"hello\",5", "5", "");
        call("2-2", "1-1", "rename", "\"a.txt\",\"b.txt\"", "0", "");
        call("2-2", "1-1", "mkdir", "\"d\",511", "0", "");
        call(
                "2-2",
                "1-1",
                "newfstatat",
                fd(4, "/w/d") + ",\"\",{\"st_mode\":1},{\"flags\":[\"AT_EMPTY_PATH\"]}",
                "0",
                "");
        call("2-2", "1-1", "unlinkat", CWD + ",\"b.txt\",0", "0", "");
        call("2-2", "1-1", "unlinkat", CWD + ",\"d\",{\"flags\":[\"AT_REMOVEDIR\"]}", "0", "");
        failed("2-2", "1-1", "openat", CWD + ",\"/etc/app/config.yml\",{\"flags\":[\"O_RDONLY\"]}", "ENOENT");
        failed("2-2", "1-1", "openat", CWD + ",\"/etc/app/config.yml\",{\"flags\":[\"O_RDONLY\"]}", "ENOENT");
        // the loader's probes fold; a library the program deletes does not
        failed(
                "2-2",
                "1-1",
                "openat",
                CWD + ",\"/lib/glibc-hwcaps/x86-64-v3/libc.so.6\",{\"flags\":[\"O_RDONLY\"]}",
                "ENOENT");
        call("2-2", "1-1", "read", fd(3, "/usr/lib/libc.so.6") + ",\"x\",832", "832", "");
        call("2-2", "1-1", "unlink", "\"/tmp/libgone.so\"", "0", "");
        // a string argument of a call that takes no path is no path
        call("2-2", "1-1", "getrandom", "\"\\\\x15\\\\xa5\",8,0", "8", "");

        RunSummary s = read();

        assertThat(s.paths.keySet())
                .containsExactly(
                        "/w/a.txt",
                        "/w/b.txt",
                        "/w/d",
                        "/etc/app/config.yml",
                        "/lib/glibc-hwcaps/x86-64-v3/libc.so.6",
                        "/usr/lib/libc.so.6",
                        "/tmp/libgone.so");
        RunSummary.PathRow a = s.paths.get("/w/a.txt");
        assertThat(a.operations)
                .containsExactly(
                        Map.entry("created", 1L),
                        Map.entry("opened", 1L),
                        Map.entry("renamed_from", 1L),
                        Map.entry("written", 1L));
        assertThat(a.bytesWritten).isEqualTo(5);
        assertThat(a.renamedTo).containsExactly("/w/b.txt");
        assertThat(s.paths.get("/w/b.txt").operations).containsOnlyKeys("renamed_to", "unlinked");
        assertThat(s.paths.get("/w/d").operations).containsOnlyKeys("mkdir", "stat", "rmdir");
        RunSummary.PathRow config = s.paths.get("/etc/app/config.yml");
        assertThat(config.operations).isEmpty();
        assertThat(config.errors).containsExactly(Map.entry("ENOENT", 2L));
        assertThat(config.failures).containsExactly(Map.entry("open ENOENT", 2L));

        SummaryView v = SummaryView.of(s);
        assertThat(v.paths)
                .extracting(r -> r.path)
                .containsExactly("/w/a.txt", "/w/b.txt", "/w/d", "/etc/app/config.yml", "/tmp/libgone.so");
        assertThat(v.probes.paths).isEqualTo(2);
        assertThat(v.probes.bytesRead).isEqualTo(832);
        assertThat(v.probes.errors).containsExactly(Map.entry("ENOENT", 1L));

        String text = text(s);
        assertThat(text)
                .contains("/w/a.txt")
                .containsPattern("/w/a.txt +opened, created, written \\(5 bytes\\), renamed to /w/b.txt")
                .containsPattern("/w/b.txt +renamed from /w/a.txt, unlinked")
                .containsPattern("/etc/app/config.yml +failed: open ENOENT ×2")
                .containsPattern("\\(dynamic loader and locale: 2 paths\\) +opened, read \\(832 bytes\\)|"
                        + "\\(dynamic loader and locale: 2 paths\\) +read \\(832 bytes\\); failed: open ENOENT");
    }

    @Test
    void oCreatCreatesOnlyWhatTheTraceHadNotSeenExistingAndNoDevice() throws Exception {
        String creat = "{\"flags\":[\"O_WRONLY\",\"O_CREAT\",\"O_TRUNC\"]},438";
        call(
                "1-1",
                null,
                "openat",
                CWD + ",\"/dev/null\"," + creat,
                "3",
                ",\"ret_fd\":{\"fd\":3,\"kind\":\"file\",\"path\":\"/dev/null\",\"dev\":\"char 1:3\"}");
        call("1-1", null, "newfstatat", CWD + ",\"log\",{\"st_mode\":1},0", "0", "");
        call(
                "1-1",
                null,
                "openat",
                CWD + ",\"log\"," + creat,
                "3",
                ",\"ret_fd\":{\"fd\":3,\"kind\":\"file\",\"path\":\"/w/log\"}");
        call("1-1", null, "unlink", "\"new\"", "0", ""); // gone, then made again: created
        call(
                "1-1",
                null,
                "openat",
                CWD + ",\"new\"," + creat,
                "3",
                ",\"ret_fd\":{\"fd\":3,\"kind\":\"file\",\"path\":\"/w/new\"}");

        RunSummary s = read();

        assertThat(s.paths.get("/dev/null").operations).containsOnlyKeys("opened");
        assertThat(s.paths.get("/w/log").operations).containsOnlyKeys("stat", "opened");
        assertThat(s.paths.get("/w/new").operations).containsOnlyKeys("unlinked", "opened", "created");
    }

    @Test
    void commandSearchMissesFoldWhenTheProgramRanFromAnotherDirectory() throws Exception {
        failed("1-1", null, "newfstatat", CWD + ",\"/usr/local/bin/cat\",1,0", "ENOENT");
        failed("1-1", null, "newfstatat", CWD + ",\"/root/bin/cat\",1,0", "ENOENT");
        call("1-1", null, "newfstatat", CWD + ",\"/usr/bin/cat\",{\"st_mode\":1},0", "0", "");
        call("2-2", "1-1", "execve", "\"/usr/bin/cat\",[\"cat\"],[]", "0", "");
        failed("1-1", null, "newfstatat", CWD + ",\"/usr/local/bin/nothere\",1,0", "ENOENT");

        SummaryView v = SummaryView.of(read());

        assertThat(v.commandSearch.paths).isEqualTo(2);
        assertThat(v.paths).extracting(r -> r.path).containsExactly("/usr/bin/cat", "/usr/local/bin/nothere");
    }

    @Test
    void peersCountEveryCallWithTheBytesOfItsConnection() throws Exception {
        for (int i = 0; i < 4; i++) {
            int port = 50_000 + i;
            String sock = "{\"fd\":" + (5 + i) + ",\"kind\":\"socket\",\"proto\":\"TCP\",\"local\":\"127.0.0.1:8000\","
                    + "\"peer\":\"127.0.0.1:" + port + "\"}";
            call(
                    "1-1",
                    null,
                    "accept4",
                    "{\"fd\":3,\"kind\":\"socket\",\"proto\":\"TCP\",\"local\":\"127.0.0.1:8000\"},null,null,0",
                    String.valueOf(5 + i),
                    ",\"ret_fd\":" + sock);
            call("1-1", null, "recvfrom", sock + ",\"x\",100,0,null,null", String.valueOf(10 * (i + 1)), "");
            call("1-1", null, "write", sock + ",\"y\",3", "3", "");
        }
        failed(
                "1-1",
                null,
                "accept4",
                "{\"fd\":3,\"kind\":\"socket\",\"proto\":\"TCP\",\"local\":\"127.0.0.1:8000\"},null,null,0",
                "EAGAIN");
        failed(
                "1-1",
                null,
                "connect",
                "{\"fd\":9,\"kind\":\"socket\",\"proto\":\"TCP\",\"inode\":7},"
                        + "{\"sa_family\":{\"flags\":[\"AF_INET6\"]},\"sin6_port\":{\"call\":\"htons\",\"args\":[443]},"
                        + "\"_2\":{\"call\":\"inet_pton\",\"args\":[{\"flags\":[\"AF_INET6\"]},\"::1\",{\"raw\":\"&sin6_addr\"}]}},28",
                "ECONNREFUSED");

        RunSummary s = read();

        assertThat(s.peers)
                .extracting(p -> p.op + " " + p.address + " calls=" + p.calls + " in=" + p.bytesReceived + " out="
                        + p.bytesSent + " " + p.errors)
                .containsExactly(
                        "accept 127.0.0.1:50000 calls=1 in=10 out=3 {}",
                        "accept 127.0.0.1:50001 calls=1 in=20 out=3 {}",
                        "accept 127.0.0.1:50002 calls=1 in=30 out=3 {}",
                        "accept 127.0.0.1:50003 calls=1 in=40 out=3 {}",
                        "accept null calls=1 in=0 out=0 {EAGAIN=1}",
                        "connect [::1]:443 calls=1 in=0 out=0 {ECONNREFUSED=1}");
    }

    @Test
    void theTimeTableIsSortedByTimeWithPercentAndMicrosecondsPerCall() throws Exception {
        timed("1-1", "read", 10, 3);
        timed("1-1", "read", 30, 3);
        timed("1-1", "wait4", 600, 1);
        timed("1-1", "close", 1, 5);

        RunSummary s = read();
        String text = text(s);

        assertThat(s.syscallTimes).isTrue();
        assertThat(s.processes.get("1-1").syscallUs).isEqualTo(600 + 10 * 3 + 30 * 3 + 5);
        assertThat(text)
                .contains("% time")
                .containsSubsequence("wait4", "read", "close", "total")
                .containsPattern(" 82\\.76 +600 µs +600 +1 +wait4")
                .containsPattern(" 16\\.55 +120 µs +20 +6 +read")
                .containsPattern("100\\.00 +725 µs +60 +12 +total");
    }

    @Test
    void withoutTimesTheTableSaysSoOnceAndHasNoTimeColumn() throws Exception {
        call("1-1", null, "close", fd(3, "/x"), "0", "");
        String text = text(read());
        assertThat(text).contains("trace with -T").doesNotContain("% time").doesNotContain("µs/call");
        assertThat(text.split("trace with -T", -1)).hasSize(2);
    }

    @Test
    void identicalSiblingsFoldIntoOneLineAndTheHeaderCountsEveryProcess() throws Exception {
        process("1-1", null, "/bin/sh", "[\"sh\",\"-c\",\"for i in 1 2; do true; done\"]", 0);
        for (int i = 2; i <= 401; i++) {
            process(i + "-" + i, "1-1", "/bin/true", "[\"true\"]", 0);
        }
        process("402-402", "1-1", "/bin/true", "[\"true\"]", 1); // ended otherwise: its own line

        RunSummary s = read();
        String text = text(s);

        assertThat(s.processes).hasSize(402);
        assertThat(text).contains("402 processes, ");
        assertThat(text).containsPattern("\n    /bin/true ×400  exit 0, .* in all; pids 2 … 401\n");
        assertThat(text).containsPattern("\n    402 /bin/true  exit 1");
        assertThat(text.lines().filter(l -> l.contains("/bin/true"))).hasSize(2);
        SummaryView v = SummaryView.of(s);
        assertThat(v.processes).hasSize(3);
        assertThat(v.processesOmitted).isZero();
    }

    @Test
    void theHeaderSaysSoWhenTheCountersCountedOtherProcesses() throws Exception {
        process("1-1", null, "/bin/sh", "[\"sh\"]", 0);
        Files.writeString(
                dir.resolve("run.json"), "{\"run_id\":\"r\",\"mode\":\"run\",\"counters\":{\"processes\":3}}");
        assertThat(text(read())).contains("1 process with calls in the trace (3 revealed, as the counters say)");
    }

    @Test
    void aReplayTakesItsCommandFromTheFirstExecve() throws Exception {
        call("1-1", null, "execve", "\"/bin/sh\",[\"sh\",\"-c\",\"echo 'hi there'; ls *.txt\"],[]", "0", "");
        Files.writeString(dir.resolve("run.json"), "{\"run_id\":\"r\",\"mode\":\"replay\"}");

        RunSummary s = read();

        assertThat(s.commandSource).isEqualTo("first execve");
        assertThat(text(s))
                .contains("command (from the trace's first execve): sh -c 'echo '\\''hi there'\\''; ls *.txt'");
    }

    @Test
    void argumentsAreQuotedAsAShellWouldAndPathsCutInTheMiddle() {
        assertThat(Fmt.commandLine(List.of("ls", "-l", "a b", "it's", "", "x=1", "$HOME", "a\nb")))
                .isEqualTo("ls -l 'a b' 'it'\\''s' '' x=1 '$HOME' $'a\\nb'");
        String cut = Fmt.middle("/usr/lib/x86_64-linux-gnu/some/deep/directory/libpcre2-8.so.0.11.2", 40);
        assertThat(cut)
                .hasSize(40)
                .startsWith("/usr/lib/")
                .endsWith("libpcre2-8.so.0.11.2")
                .contains("…");
    }

    // --- events

    private static String fd(int fd, String path) {
        return "{\"fd\":" + fd + ",\"kind\":\"file\",\"path\":\"" + path + "\"}";
    }

    private static String proc(String id, String parent) {
        String pid = id.substring(0, id.indexOf('-'));
        return "{\"pid\":" + pid + ",\"tgid\":" + pid + ",\"id\":\"" + id + "\",\"start_us\":1000,\"exe\":\"/bin/x\","
                + "\"argv\":[\"x\"],\"ancestors\":["
                + (parent == null ? "" : "{\"id\":\"" + parent + "\"}") + "]}";
    }

    private void call(String id, String parent, String syscall, String args, String ret, String extra) {
        lines.add("{\"type\":\"syscall\",\"pid\":" + id.substring(0, id.indexOf('-')) + ",\"time_us\":" + (1000 + seq++)
                + ",\"syscall\":\"" + syscall + "\",\"args\":[" + args + "],\"ret\":" + ret + extra + ",\"process\":"
                + proc(id, parent) + "}");
    }

    private void failed(String id, String parent, String syscall, String args, String errno) {
        call(id, parent, syscall, args, "-1", ",\"errno\":\"" + errno + "\"");
    }

    private void timed(String id, String syscall, long us, int times) {
        for (int i = 0; i < times; i++) {
            call(id, null, syscall, "", "0", ",\"duration_us\":" + us);
        }
    }

    private void process(String id, String parent, String exe, String argv, int exit) {
        String pid = id.substring(0, id.indexOf('-'));
        String p = "{\"pid\":" + pid + ",\"tgid\":" + pid + ",\"id\":\"" + id + "\",\"start_us\":" + (1000 + seq)
                + ",\"exe\":\"" + exe + "\",\"argv\":" + argv + ",\"ancestors\":["
                + (parent == null ? "" : "{\"id\":\"" + parent + "\"}") + "]}";
        lines.add("{\"type\":\"syscall\",\"pid\":" + pid + ",\"time_us\":" + (1000 + seq++)
                + ",\"syscall\":\"brk\",\"args\":[null],\"ret\":0,\"process\":" + p + "}");
        lines.add("{\"type\":\"exit\",\"pid\":" + pid + ",\"time_us\":" + (1000 + seq++) + ",\"exit_code\":" + exit
                + ",\"process\":" + p + "}");
    }

    private RunSummary read() throws Exception {
        Files.write(dir.resolve("enriched.jsonl"), lines);
        return SummaryReader.read(dir);
    }

    private static String text(RunSummary s) {
        StringWriter w = new StringWriter();
        SummaryText.print(s, new PrintWriter(w));
        return w.toString();
    }
}
