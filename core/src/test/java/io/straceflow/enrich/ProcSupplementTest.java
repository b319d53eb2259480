package io.straceflow.enrich;

import static io.straceflow.enrich.Enriched.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /proc as a supplement, made deterministic by a fake reader and an executor the test runs by hand. */
class ProcSupplementTest {
    private static final List<String> LINES = List.of(
            "800  10:00:00.000001 getpid() = 800",
            "800  10:00:00.000002 clone(child_stack=NULL, flags=SIGCHLD, child_tidptr=0x7f) = 801",
            "801  10:00:00.000003 getpid() = 801",
            "801  10:00:00.000004 getppid() = 800",
            "800  10:00:00.000005 getuid() = 1000");

    /** Runs queued tasks only when the test says so. */
    static final class ManualExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            for (Runnable r; (r = tasks.poll()) != null; ) {
                r.run();
            }
        }
    }

    private static final Map<Integer, ProcSnapshot> PROC = Map.of(
            800,
            new ProcSnapshot(800, 800, 1, "bash", "/usr/bin/bash", List.of("bash", "-i"), "/home/u", 1000, 12345L));

    @Test
    void eventsNeverWaitAndLateDataFillsOnlyUnknownFields() {
        ManualExecutor executor = new ManualExecutor();
        EnrichOptions options = EnrichOptions.builder()
                .live(true)
                .procReader(PROC::get) // 801 is "gone": null
                .procExecutor(executor)
                .build();
        try (Enricher enricher = new Enricher(options)) {
            List<String> first = LINES.subList(0, 3);
            List<Enriched> before = Enriched.run(first, enricher, true);
            // nothing ran yet: what the trace knows, and the stream went on
            assertThat(before.get(0).process().source()).isEqualTo("trace");
            assertThat(before.get(0).process().exe()).isNull();
            assertThat(executor.tasks).hasSize(2);

            executor.runAll();
            List<Enriched> after = Enriched.run(LINES.subList(3, 5), enricher, true);
            ProcessInfo root = after.get(1).process();
            assertThat(root.source()).isEqualTo("proc");
            assertThat(root.exe()).isEqualTo("/usr/bin/bash");
            assertThat(root.ppid()).isEqualTo(1);
            assertThat(root.uid()).isEqualTo(1000);
            assertThat(root.traceOnly().exe()).isNull();
            assertThat(root.traceOnly().source()).isEqualTo("trace");
            // the child was gone when read: trace data only, its own fields; ancestors shown with /proc's help
            ProcessInfo child = after.get(0).process();
            assertThat(child.ppid()).isEqualTo(800);
            assertThat(child.source()).isEqualTo("trace");
            assertThat(child.ancestors()).extracting(Ancestor::exe).containsExactly("/usr/bin/bash");
            assertThat(child.traceOnly().ancestors()).extracting(Ancestor::exe).containsExactly((String) null);

            EnrichStats stats = enricher.stats();
            assertThat(stats.procRequested()).isEqualTo(2);
            assertThat(stats.procApplied()).isEqualTo(1);
            assertThat(stats.procGone()).isEqualTo(1);
            assertThat(stats.procFailed()).isZero();
        }
    }

    @Test
    void tooManyReadsInFlightAreSkippedNotQueued() {
        ManualExecutor executor = new ManualExecutor();
        EnrichOptions options = EnrichOptions.builder()
                .live(true)
                .procQueue(1)
                .procReader(pid -> {
                    throw new IOException("permission denied");
                })
                .procExecutor(executor)
                .build();
        try (Enricher enricher = new Enricher(options)) {
            Enriched.run(LINES, enricher, true);
            assertThat(executor.tasks).hasSize(1);
            assertThat(enricher.stats().procSkipped()).isEqualTo(1);
            executor.runAll();
            ProcessInfo p = enricher.enrich(
                    call(Enriched.run(LINES, enricher, true), 800, "getpid").event());
            assertThat(p.source()).isEqualTo("trace");
            assertThat(enricher.stats().procFailed()).isEqualTo(1);
        }
    }

    @Test
    void replayNeverReadsProc() {
        EnrichOptions options = EnrichOptions.builder()
                .procReader(pid -> {
                    throw new AssertionError("replay read /proc for " + pid);
                })
                .procExecutor(Runnable::run)
                .build();
        try (Enricher enricher = new Enricher(options)) {
            Enriched.run(LINES, enricher, true);
            assertThat(enricher.stats().procRequested()).isZero();
        }
    }

    @Test
    void linuxReaderParsesProcAndRejectsUntracedProcesses(@TempDir Path proc) throws IOException {
        Path p = Files.createDirectories(proc.resolve("4242"));
        Files.writeString(
                p.resolve("status"),
                "Name:\tsort\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t4242\nNgid:\t0\nPid:\t4242\n"
                        + "PPid:\t4240\nTracerPid:\t4100\nUid:\t1000\t1001\t1001\t1001\n");
        Files.writeString(
                p.resolve("stat"),
                "4242 (so (rt) x) S 4240 4242 4100 0 -1 4194304 100 0 0 0 0 0 0 0 20 0 1 0"
                        + " 987654 12345 100 18446744073709551615\n");
        Files.write(p.resolve("cmdline"), "sort\0-r\0\0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.createSymbolicLink(p.resolve("exe"), Path.of("/usr/bin/sort"));
        Files.createSymbolicLink(p.resolve("cwd"), Path.of("/tmp"));
        ProcSnapshot s = new LinuxProcReader(proc).read(4242);
        assertThat(s)
                .isEqualTo(new ProcSnapshot(
                        4242, 4242, 4240, "sort", "/usr/bin/sort", List.of("sort", "-r", ""), "/tmp", 1001, 987654L));
        assertThat(new LinuxProcReader(proc).read(4243)).as("gone").isNull();

        Files.writeString(
                p.resolve("status"), "Name:\tother\nTgid:\t4242\nPPid:\t1\nTracerPid:\t0\nUid:\t0\t0\t0\t0\n");
        assertThat(new LinuxProcReader(proc).read(4242))
                .as("untraced: a stranger reused the pid")
                .isNull();
    }

    @Test
    void realReaderTreatsAnUntracedProcessAsNotOurs() throws Exception {
        // the JVM itself is not traced: the real reader must say "not ours" (null), not fail
        ProcSnapshot self =
                new LinuxProcReader().read((int) ProcessHandle.current().pid());
        assertThat(self).isNull();
    }

    @Test
    void commandLinesFromProcAreRedacted() {
        ProcSnapshot secret = new ProcSnapshot(
                800, 800, 1, "app", "/usr/bin/app", List.of("app", "--password=hunter2", "--token", "abc"), "/", 0, 1L);
        for (boolean redact : new boolean[] {true, false}) {
            ManualExecutor executor = new ManualExecutor();
            EnrichOptions options = EnrichOptions.builder()
                    .live(true)
                    .procReader(pid -> pid == 800 ? secret : null)
                    .procExecutor(executor)
                    .redact(redact)
                    .build();
            try (Enricher enricher = new Enricher(options)) {
                Enriched.run(LINES.subList(0, 3), enricher, true);
                executor.runAll();
                ProcessInfo root =
                        Enriched.run(LINES.subList(3, 5), enricher, true).get(1).process();
                assertThat(root.argv())
                        .containsExactlyElementsOf(
                                redact ? List.of("app", "--password=***", "--token", "***") : secret.argv());
            }
        }
    }
}
