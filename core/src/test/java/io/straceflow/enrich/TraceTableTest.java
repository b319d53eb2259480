package io.straceflow.enrich;

import static io.straceflow.enrich.Enriched.call;
import static io.straceflow.enrich.Enriched.ofPid;
import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.parse.EventType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The process table from fixed strace lines (trace only, no /proc). */
class TraceTableTest {
    private static final String FORK = "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD";
    private static final String THREAD = "clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD"
            + "|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7ff3f74b2990,"
            + " parent_tid=0x7ff3f74b2990, exit_signal=0, stack=0x7ff3f6cb2000, stack_size=0x7fff80,"
            + " tls=0x7ff3f74b26c0}";

    /** A shell pipeline like {@code sh -c 'seq 3 | sort -r'}: fork, exec, exit, in the order strace prints. */
    private static final List<String> PIPELINE = List.of(
            "200  11:59:04.111541 execve(\"/usr/bin/sh\", [\"sh\", \"-c\", \"seq 3 | sort -r\"],"
                    + " [\"HOME=/root\", \"SECRET=hunter2\"]) = 0",
            "200  11:59:04.112000 openat(AT_FDCWD</tmp/work>, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC)"
                    + " = 3</etc/ld.so.cache>",
            "200  11:59:04.113517 " + FORK + ", child_tidptr=0x7fbc24f0aa10) = 201",
            "201  11:59:04.113868 execve(\"/usr/bin/seq\", [\"seq\", \"3\"], [\"SECRET=hunter2\"]) = 0",
            "200  11:59:04.116080 " + FORK + " <unfinished ...>",
            "200  11:59:04.116296 <... clone resumed>, child_tidptr=0x7fbc24f0aa10) = 202",
            "202  11:59:04.116752 execve(\"/usr/bin/sort\", [\"sort\", \"-r\"], [\"SECRET=hunter2\"] <unfinished ...>",
            "201  11:59:04.116800 write(1<pipe:[77]>, \"1\\n2\\n3\\n\", 6) = 6",
            "202  11:59:04.117491 <... execve resumed>) = 0",
            "200  11:59:04.117786 wait4(-1,  <unfinished ...>",
            "201  11:59:04.123119 exit_group(0)     = ?",
            "201  11:59:04.123334 +++ exited with 0 +++",
            "202  11:59:04.124000 read(0<pipe:[77]>, \"1\\n2\\n3\\n\", 4096) = 6",
            "202  11:59:04.127151 exit_group(0)     = ?",
            "202  11:59:04.127311 +++ exited with 0 +++",
            "200  11:59:04.127351 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 202",
            "200  11:59:04.127399 exit_group(0)     = ?",
            "200  11:59:04.127484 +++ exited with 0 +++");

    @Test
    void forkAndExecFromTheTrace() {
        List<Enriched> all = Enriched.replay(PIPELINE, true);
        ProcessInfo sort = call(all, 202, "read").process();
        ProcessInfo sh = call(all, 200, "wait4").process();
        assertThat(sort.exe()).isEqualTo("/usr/bin/sort");
        assertThat(sort.argv()).containsExactly("sort", "-r");
        assertThat(sort.comm()).isEqualTo("sort");
        assertThat(sort.ppid()).isEqualTo(200);
        assertThat(sort.cwd())
                .as("inherited from sh, which -yy showed in /tmp/work")
                .isEqualTo("/tmp/work");
        assertThat(sort.source()).isEqualTo("trace");
        assertThat(sort.ancestors()).containsExactly(new Ancestor(200, sh.id(), "sh", "/usr/bin/sh"));
        assertThat(sh.ppid()).as("the root's parent is not in the trace").isNull();
        assertThat(sh.ancestors()).isEmpty();
        assertThat(sh.argv()).containsExactly("sh", "-c", "seq 3 | sort -r");
        // the exit event still names the process that exited
        Enriched exit = ofPid(all, 202).stream()
                .filter(x -> x.event().type() == EventType.EXIT)
                .findFirst()
                .orElseThrow();
        assertThat(exit.process().exe()).isEqualTo("/usr/bin/sort");
        assertThat(exit.process().id()).isEqualTo(sort.id());
        // before its exec, the child is a copy of its parent
        ProcessInfo seqBeforeExec = call(all, 201, "execve").process();
        assertThat(seqBeforeExec.exe())
                .as("the execve event shows the program it started")
                .isEqualTo("/usr/bin/seq");
        assertThat(ofPid(all, 201).stream().map(x -> x.process().id()).distinct())
                .hasSize(1);
    }

    @Test
    void environmentIsNotCopiedIntoTheProcess() {
        List<Enriched> all = Enriched.replay(PIPELINE, true);
        assertThat(all).as("18 lines, three calls of them split in two").hasSize(15);
        for (Enriched x : all) {
            String json = EnrichedJson.toJson(x.event(), x.process());
            String process = json.substring(json.indexOf("\"process\":"));
            assertThat(process).doesNotContain("hunter2").doesNotContain("HOME=");
        }
    }

    @Test
    void childThatRunsBeforeItsCloneReturns() {
        List<String> lines = List.of(
                "300  10:00:00.000001 execve(\"/bin/sh\", [\"sh\"], []) = 0",
                "300  10:00:00.000002 " + FORK + " <unfinished ...>",
                "301  10:00:00.000003 execve(\"/usr/bin/sort\", [\"sort\", \"-r\"], []) = 0",
                "301  10:00:00.000004 read(0, \"\", 4096) = 0",
                "300  10:00:00.000005 <... clone resumed>, child_tidptr=0x7f) = 301",
                "301  10:00:00.000006 close(0) = 0");
        // raw lines observed: the only clone in flight made the stranger, known from its first event
        List<Enriched> observed = Enriched.replay(lines, true);
        assertThat(ofPid(observed, 301))
                .hasSize(3) // execve, read, close
                .allSatisfy(x -> assertThat(x.process().ppid()).isEqualTo(300));
        // events only: parent unknown until the clone returns, then linked; the identity never changes
        List<Enriched> eventsOnly = Enriched.replay(lines, false);
        assertThat(call(eventsOnly, 301, "read").process().ppid()).isNull();
        assertThat(call(eventsOnly, 301, "close").process().ppid()).isEqualTo(300);
        assertThat(call(eventsOnly, 301, "close").process().exe()).isEqualTo("/usr/bin/sort");
        assertThat(ofPid(eventsOnly, 301).stream().map(x -> x.process().id()).distinct())
                .hasSize(1);
    }

    @Test
    void vforkChildExitsBeforeTheParentResumes() {
        // as a loaded machine printed `sh -c 'for i in $(seq 120); do /bin/true; done'`: the vfork child ran, exec'd
        // and exited before strace showed its parent's vfork return; the return once counted it a second time
        List<String> lines = List.of(
                "400  10:00:00.000001 execve(\"/usr/bin/make\", [\"make\"], []) = 0",
                "400  10:00:00.000002 vfork( <unfinished ...>",
                "401  10:00:00.000003 rt_sigprocmask(SIG_SETMASK, [], ~[KILL STOP RTMIN RT_1], 8) = 0",
                "401  10:00:00.000004 execve(\"/bin/true\", [\"true\"], []) = 0",
                "401  10:00:00.000005 exit_group(0) = ?",
                "401  10:00:00.000006 +++ exited with 0 +++",
                "400  10:00:00.000007 <... vfork resumed>) = 401",
                "400  10:00:00.000008 " + FORK + ", child_tidptr=0x7f) = 402",
                "402  10:00:00.000009 getpid() = 402",
                "402  10:00:00.000010 +++ exited with 0 +++");
        withAndWithoutRawLines(lines, (all, stats, observe) -> {
            assertThat(stats.processes()).as("observe=%s", observe).isEqualTo(3);
            assertThat(processIds(all)).as("observe=%s", observe).hasSize(3);
            assertThat(stats.reusedPids()).as("observe=%s", observe).isZero();
            assertThat(stats.liveThreads()).as("make alone still runs").isEqualTo(1);
            assertThat(call(all, 401, "execve").process().ppid())
                    .as("the only vfork in flight made it (observe=%s)", observe)
                    .isEqualTo(observe ? 400 : null);
            assertThat(stats.linkedLate())
                    .as("linked when the vfork returned unless the guess was right")
                    .isEqualTo(observe ? 0 : 1);
            assertThat(call(all, 402, "getpid").process().ancestors())
                    .extracting(Ancestor::exe)
                    .containsExactly("/usr/bin/make");
        });
    }

    @Test
    void threadThatEndsBeforeItsCloneReturnsIsOneThread() {
        List<String> lines = List.of(
                "450  10:00:00.000001 execve(\"/usr/bin/python3\", [\"python3\"], []) = 0",
                "450  10:00:00.000002 " + THREAD + " <unfinished ...>",
                "451  10:00:00.000003 getpid() = 450",
                "451  10:00:00.000004 exit(0) = ?",
                "451  10:00:00.000005 +++ exited with 0 +++",
                "450  10:00:00.000006 <... clone3 resumed> => {parent_tid=[451]}, 88) = 451",
                "450  10:00:00.000007 " + FORK + ", child_tidptr=0x7f) = 451",
                "451  10:00:00.000008 getpid() = 451",
                "451  10:00:00.000009 +++ exited with 0 +++");
        withAndWithoutRawLines(lines, (all, stats, observe) -> {
            assertThat(stats.processes())
                    .as("python and the child that got the ended thread's id (observe=%s)", observe)
                    .isEqualTo(2);
            assertThat(stats.threads()).as("observe=%s", observe).isEqualTo(1);
            assertThat(stats.reusedPids())
                    .as("a thread's id taken again by a process (observe=%s)", observe)
                    .isZero();
            assertThat(stats.liveThreads()).as("observe=%s", observe).isEqualTo(1);
            assertThat(ofPid(all, 451).get(ofPid(all, 451).size() - 1).process().ppid())
                    .isEqualTo(450);
            if (observe) {
                assertThat(processIds(all)).hasSize(2);
                assertThat(ofPid(all, 451).get(0).process().tgid()).isEqualTo(450);
            }
        });
    }

    @Test
    void childrenOfClonesMadeAtOnceByThreadsOfOneProcessKnowTheirProcessFromTheirFirstEvent() {
        // two threads start a thread each, then fork each, at once; the children run before either call returns, one
        // thread ends before, and the returns come crossed (the guess gave each child to the other clone); 800's fork
        // starts on the line after its clone3 returned, which the parser (holding each event a line for -k frames)
        // shows the enricher before that return
        List<String> lines = List.of(
                "800  10:00:00.000001 execve(\"/usr/bin/python3\", [\"python3\"], []) = 0",
                "800  10:00:00.000002 " + THREAD + " => {parent_tid=[801]}, 88) = 801",
                "800  10:00:00.000003 " + THREAD + " <unfinished ...>",
                "801  10:00:00.000004 " + THREAD + " <unfinished ...>",
                "802  10:00:00.000005 gettid() = 802",
                "803  10:00:00.000006 gettid() = 803",
                "803  10:00:00.000007 +++ exited with 0 +++",
                "801  10:00:00.000008 <... clone3 resumed> => {parent_tid=[802]}, 88) = 802",
                "800  10:00:00.000009 <... clone3 resumed> => {parent_tid=[803]}, 88) = 803",
                "800  10:00:00.000010 " + FORK + " <unfinished ...>",
                "801  10:00:00.000011 " + FORK + " <unfinished ...>",
                "804  10:00:00.000012 getpid() = 804",
                "805  10:00:00.000013 getpid() = 805",
                "805  10:00:00.000014 +++ exited with 0 +++",
                "801  10:00:00.000015 <... clone resumed>, child_tidptr=0x7f) = 804",
                "800  10:00:00.000016 <... clone resumed>, child_tidptr=0x7f) = 805",
                "804  10:00:00.000017 +++ exited with 0 +++");
        try (Enricher enricher = new Enricher(EnrichOptions.replay())) {
            List<Enriched> all = Enriched.run(lines, enricher, true);
            EnrichStats stats = enricher.stats();
            assertThat(ofPid(all, 802))
                    .allSatisfy(x -> assertThat(x.process().tgid()).isEqualTo(800));
            assertThat(ofPid(all, 803))
                    .allSatisfy(x -> assertThat(x.process().tgid()).isEqualTo(800));
            for (int child : new int[] {804, 805}) {
                assertThat(ofPid(all, child)).allSatisfy(x -> {
                    assertThat(x.process().tgid()).isEqualTo(child);
                    assertThat(x.process().ppid()).isEqualTo(800);
                });
            }
            assertThat(stats.processes()).isEqualTo(3);
            assertThat(processIds(all)).hasSize(3);
            assertThat(stats.threads()).isEqualTo(3);
            assertThat(stats.wrongGuesses()).isZero();
            assertThat(stats.liveThreads()).as("python's threads 800, 801, 802").isEqualTo(3);
        }
    }

    /** Runs the lines through an enricher twice, with the raw lines shown to it and without, and checks each run. */
    private static void withAndWithoutRawLines(List<String> lines, RunCheck check) {
        for (boolean observe : new boolean[] {true, false}) {
            try (Enricher enricher = new Enricher(EnrichOptions.replay())) {
                List<Enriched> all = Enriched.run(lines, enricher, observe);
                check.check(all, enricher.stats(), observe);
            }
        }
    }

    private interface RunCheck {
        void check(List<Enriched> all, EnrichStats stats, boolean observe);
    }

    /** The processes the events name: what the summary counts. */
    private static Set<String> processIds(List<Enriched> all) {
        return all.stream()
                .filter(x -> x.process() != null)
                .map(x -> x.process().id())
                .collect(Collectors.toSet());
    }

    @Test
    void reusedPidMakesANewProcess() {
        List<String> lines = List.of(
                "500  10:00:00.000001 execve(\"/bin/sh\", [\"sh\"], []) = 0",
                "500  10:00:00.000002 " + FORK + ", child_tidptr=0x7f) = 501",
                "501  10:00:00.000003 execve(\"/bin/true\", [\"true\"], []) = 0",
                "501  10:00:00.000004 exit_group(0) = ?",
                "501  10:00:00.000005 +++ exited with 0 +++",
                "500  10:00:00.000006 " + FORK + ", child_tidptr=0x7f) = 502",
                "502  10:00:00.000007 chdir(\"sub\") = 0",
                "502  10:00:00.000008 " + FORK + ", child_tidptr=0x7f) = 501",
                "501  10:00:00.000009 execve(\"/bin/false\", [\"false\"], []) = 0",
                "501  10:00:00.000010 exit_group(1) = ?",
                "501  10:00:00.000011 +++ exited with 1 +++");
        try (Enricher enricher = new Enricher(EnrichOptions.replay())) {
            List<Enriched> all = Enriched.run(lines, enricher, true);
            List<Enriched> of501 = ofPid(all, 501);
            ProcessInfo first = of501.get(0).process();
            ProcessInfo second = of501.get(of501.size() - 1).process();
            assertThat(first.id()).isNotEqualTo(second.id());
            assertThat(first.exe()).isEqualTo("/bin/true");
            assertThat(second.exe()).isEqualTo("/bin/false");
            assertThat(first.ppid()).isEqualTo(500);
            assertThat(second.ppid()).isEqualTo(502);
            assertThat(second.ancestors()).extracting(Ancestor::pid).containsExactly(502, 500);
            assertThat(of501)
                    .filteredOn(x -> x.process().id().equals(first.id()))
                    .hasSize(3);
            assertThat(enricher.stats().reusedPids()).isEqualTo(1);
        }
    }

    @Test
    void threadsBelongToOneProcessEvenWhenTheyRunFirst() {
        List<String> lines = List.of(
                "600  10:00:00.000001 execve(\"/usr/bin/python3\", [\"python3\", \"t.py\"], []) = 0",
                "600  10:00:00.000002 " + THREAD + " => {parent_tid=[601]}, 88) = 601",
                "601  10:00:00.000003 getpid() = 600",
                "600  10:00:00.000004 " + THREAD + " <unfinished ...>",
                "602  10:00:00.000005 prctl(PR_SET_NAME, \"worker-2\") = 0",
                "602  10:00:00.000006 getpid() = 600",
                "600  10:00:00.000007 <... clone3 resumed> => {parent_tid=[602]}, 88) = 602",
                "602  10:00:00.000008 getpid() = 600",
                "601  10:00:00.000009 +++ exited with 0 +++",
                "602  10:00:00.000010 +++ exited with 0 +++",
                "600  10:00:00.000011 getpid() = 600");
        for (boolean observe : new boolean[] {true, false}) {
            try (Enricher enricher = new Enricher(EnrichOptions.replay())) {
                List<Enriched> all = Enriched.run(lines, enricher, observe);
                ProcessInfo worker = ofPid(all, 602).get(2).process();
                assertThat(worker.tgid()).isEqualTo(600);
                assertThat(worker.pid()).isEqualTo(602);
                assertThat(worker.comm())
                        .as("PR_SET_NAME names the thread only")
                        .isEqualTo("worker-2");
                assertThat(worker.exe()).isEqualTo("/usr/bin/python3");
                assertThat(call(all, 601, "getpid").process().tgid()).isEqualTo(600);
                assertThat(ofPid(all, 600)
                                .get(ofPid(all, 600).size() - 1)
                                .process()
                                .comm())
                        .isEqualTo("python3");
                if (observe) {
                    assertThat(ofPid(all, 602))
                            .hasSize(4) // prctl, getpid twice, its exit
                            .allSatisfy(x -> assertThat(x.process().tgid()).isEqualTo(600));
                }
                assertThat(enricher.stats().processes())
                        .as("observe=%s", observe)
                        .isEqualTo(1);
                assertThat(enricher.stats().liveThreads()).isEqualTo(1);
            }
        }
    }

    @Test
    void cwdAndUidChanges() {
        List<String> lines = List.of(
                "700  10:00:00.000001 execve(\"/bin/sh\", [\"sh\"], []) = 0",
                "700  10:00:00.000002 chdir(\"/srv\") = 0",
                "700  10:00:00.000003 chdir(\"data\") = 0",
                "700  10:00:00.000004 chdir(\"/nonexistent\") = -1 ENOENT (No such file or directory)",
                "700  10:00:00.000005 getpid() = 700",
                "700  10:00:00.000006 fchdir(3</var/log>) = 0",
                "700  10:00:00.000007 setresuid(-1, 1000, -1) = 0",
                "700  10:00:00.000008 execve(\"bin/tool\", [\"tool\"], []) = 0",
                "700  10:00:00.000009 setuid(33) = 0",
                "700  10:00:00.000010 getpid() = 700");
        List<Enriched> all = Enriched.replay(lines, true);
        assertThat(ofPid(all, 700).get(4).process().cwd()).isEqualTo("/srv/data");
        ProcessInfo afterExec = ofPid(all, 700).get(7).process();
        assertThat(afterExec.cwd()).isEqualTo("/var/log");
        assertThat(afterExec.uid()).isEqualTo(1000);
        assertThat(afterExec.exe())
                .as("relative exec path resolved against the cwd")
                .isEqualTo("/var/log/bin/tool");
        assertThat(afterExec.comm()).isEqualTo("tool");
        assertThat(ofPid(all, 700).get(9).process().uid()).isEqualTo(33);
    }

    @Test
    void memoryStaysBoundedOnALongForkChain() {
        // each process forks the next and exits: an ever deeper chain of exited ancestors
        StringBuilder sb = new StringBuilder();
        int n = 200;
        for (int i = 0; i < n; i++) {
            int pid = 1000 + i;
            sb.append(pid).append("  10:00:00.000001 getpid() = ").append(pid).append('\n');
            sb.append(pid)
                    .append("  10:00:00.000002 ")
                    .append(FORK)
                    .append(", child_tidptr=0x7f) = ")
                    .append(pid + 1)
                    .append('\n');
            sb.append(pid).append("  10:00:00.000003 +++ exited with 0 +++\n");
        }
        EnrichOptions options =
                EnrichOptions.builder().exitedRetention(5).maxAncestors(8).build();
        try (Enricher enricher = new Enricher(options)) {
            List<Enriched> all = Enriched.run(List.of(sb.toString().split("\n")), enricher, true);
            ProcessInfo last = call(all, 1000 + n - 1, "getpid").process();
            assertThat(last.ancestors()).hasSize(8);
            assertThat(last.ancestorsTruncated()).isTrue();
            assertThat(last.ancestors().get(0).pid()).isEqualTo(1000 + n - 2);
            EnrichStats stats = enricher.stats();
            assertThat(stats.exitedRetained()).isLessThanOrEqualTo(5);
            assertThat(stats.evicted()).isEqualTo(n - 5);
            assertThat(stats.liveThreads()).isEqualTo(1);
            assertThat(stats.processes()).isEqualTo(n + 1);
        }
    }
}
