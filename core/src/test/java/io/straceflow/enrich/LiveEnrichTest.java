package io.straceflow.enrich;

import static io.straceflow.enrich.Enriched.ofPid;
import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.parse.ArgValue;
import io.straceflow.parse.EventAssembler;
import io.straceflow.parse.EventType;
import io.straceflow.parse.ParseOptions;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.testing.Programs;
import io.straceflow.testing.TraceDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance with real strace: the trace is read from a FIFO while the programs run and enriched live (real
 * /proc reads), then replayed from the recorded lines; the trace-derived views must be the same.
 */
class LiveEnrichTest {
    @TempDir
    Path dir;

    /** Lines strace wrote and what live enrichment made of them. */
    record LiveRun(List<String> lines, List<Enriched> events, EnrichStats stats) {}

    private LiveRun traceLive(String... command) throws IOException, InterruptedException {
        Path fifo = dir.resolve("trace.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        List<String> cmd = new ArrayList<>(
                List.of("strace", "-f", "-tt", "-yy", "-v", "-x", "-s", "1000", "-o", fifo.toString(), "--"));
        cmd.addAll(List.of(command));
        Process strace = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        List<String> lines = new ArrayList<>();
        List<Enriched> events = new ArrayList<>();
        EnrichStats stats;
        EventAssembler asm = new EventAssembler(ParseOptions.builder()
                .baseDate(TraceDate.DAY)
                .zone(ZoneOffset.UTC)
                .build());
        try (Enricher enricher = new Enricher(EnrichOptions.builder().live(true).build());
                BufferedReader in = Files.newBufferedReader(fifo, StandardCharsets.ISO_8859_1)) {
            long n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                enricher.observeLine(line, ++n);
                asm.accept(line, n, e -> events.add(new Enriched(e, enricher.enrich(e))));
            }
            asm.finish(e -> events.add(new Enriched(e, enricher.enrich(e))));
            stats = enricher.stats();
        }
        System.out.printf("live %s: %d lines, %s%n", String.join(" ", command), lines.size(), stats);
        assertThat(strace.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(strace.exitValue())
                .as(Files.readString(dir.resolve("out.txt")))
                .isZero();
        return new LiveRun(lines, events, stats);
    }

    /** Pids that successfully executed {@code exe}, read from the events themselves (not from enrichment). */
    private static List<Integer> execed(List<Enriched> all, String exe) {
        return all.stream()
                .map(Enriched::event)
                .filter(e -> "execve".equals(e.syscall()) && Long.valueOf(0).equals(e.ret()))
                .filter(e -> e.args().get(0) instanceof ArgValue.Str s && exe.equals(s.text()))
                .map(SyscallEvent::pid)
                .toList();
    }

    private static void replayAgrees(LiveRun live) {
        List<Enriched> replay = Enriched.replay(live.lines(), true);
        assertThat(replay).hasSameSizeAs(live.events());
        for (int i = 0; i < replay.size(); i++) {
            ProcessInfo l = live.events().get(i).process();
            ProcessInfo r = replay.get(i).process();
            assertThat(l == null ? null : l.traceOnly())
                    .as("event %d: %s", i, replay.get(i).event())
                    .isEqualTo(r);
        }
    }

    @Test
    void pipelineNamesSortAndItsShellParent() throws Exception {
        // strace finds sh on the PATH, sh finds sort: execve shows the paths they found
        String shExe = Programs.which("sh");
        String sortExe = Programs.which("sort");
        LiveRun live = traceLive("sh", "-c", "seq 1 1000 | sort -r | head -1");
        List<Enriched> all = live.events();
        int sh = all.get(0).event().pid();
        List<Integer> sorts = execed(all, sortExe);
        assertThat(sorts).hasSize(1);
        int sort = sorts.get(0);

        List<Enriched> sortEvents = ofPid(all, sort);
        int exec = 0;
        while (!"execve".equals(sortEvents.get(exec).event().syscall())) {
            exec++;
        }
        List<Enriched> afterExec = sortEvents.subList(exec, sortEvents.size());
        assertThat(afterExec).hasSizeGreaterThan(10);
        for (Enriched x : afterExec) {
            ProcessInfo p = x.process();
            assertThat(p.exe()).as("%s", x.event()).isEqualTo(sortExe);
            assertThat(p.argv()).containsExactly("sort", "-r");
            assertThat(p.comm()).isEqualTo("sort");
            assertThat(p.ppid()).isEqualTo(sh);
            assertThat(p.ancestors()).first().satisfies(a -> {
                assertThat(a.pid()).isEqualTo(sh);
                assertThat(a.exe()).isEqualTo(shExe);
            });
            assertThat(p.cwd()).isEqualTo(dir.toRealPath().toString());
        }
        // between fork and exec the child is still a copy of the shell
        assertThat(exec)
                .as("the child's calls before its exec (its pipe set-up)")
                .isPositive();
        for (Enriched x : sortEvents.subList(0, exec)) {
            assertThat(x.process().exe()).isEqualTo(shExe);
        }
        assertThat(live.stats().procRequested()).isGreaterThan(0);
        assertThat(live.stats().procFailed()).isZero();
        assertThat(live.stats().processes()).isEqualTo(4);
        replayAgrees(live);
    }

    @Test
    void threadsMapToOneProcess() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/parse/programs/threads.py")) {
            Files.copy(in, dir.resolve("threads.py"));
        }
        LiveRun live = traceLive("/usr/bin/python3", "threads.py");
        List<Enriched> all = live.events();
        int python = all.get(0).event().pid();
        Set<Integer> threadIds = new TreeSet<>();
        for (Enriched x : all) {
            SyscallEvent e = x.event();
            if ("clone3".equals(e.syscall()) && e.argsText().contains("CLONE_THREAD") && e.ret() != null) {
                threadIds.add(e.ret().intValue());
            }
        }
        assertThat(threadIds).hasSize(4);
        String id = all.get(0).process().id();
        for (Enriched x : all) {
            if (x.event().type() == EventType.NOTICE) {
                continue;
            }
            assertThat(x.process().tgid()).as("%s", x.event()).isEqualTo(python);
            assertThat(x.process().id()).isEqualTo(id);
            assertThat(x.process().exe()).isEqualTo("/usr/bin/python3");
        }
        for (int tid : threadIds) {
            assertThat(ofPid(all, tid)).as("events of thread %d", tid).isNotEmpty();
        }
        assertThat(live.stats().processes()).isEqualTo(1);
        replayAgrees(live);
    }
}
