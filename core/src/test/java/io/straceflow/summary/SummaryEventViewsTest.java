package io.straceflow.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.enrich.EnrichOptions;
import io.straceflow.enrich.EnrichedJson;
import io.straceflow.enrich.Enricher;
import io.straceflow.parse.EventAssembler;
import io.straceflow.parse.ParseOptions;
import io.straceflow.testing.TraceDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two views of an enriched event that the summary reads give the same facts: {@link TypedEvent} over the
 * pipeline's objects and {@link JsonEvent} over the record enriched.jsonl gets from them. Every fact, and every
 * argument walked through every call the summary may make, on the parser's corpus of tricky lines (structs, sockaddrs,
 * bytes that are no UTF-8, elisions, changed values) and on a real program traced by real strace.
 */
class SummaryEventViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theCorpusEventsGiveTheSameFactsTypedAndFromTheirJson() throws Exception {
        assertThat(compareAll(io.straceflow.parse.Corpus.inputLines())).isGreaterThan(50);
    }

    @Test
    void aRealProgramsEventsGiveTheSameFactsTypedAndFromTheirJson() throws Exception {
        Path trace = dir.resolve("trace.strace");
        Path script = Files.writeString(dir.resolve("p.py"), """
                import os, socket, subprocess
                srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(1)
                c = socket.create_connection(srv.getsockname()); conn, _ = srv.accept()
                c.sendall(b"\\xff\\x00bytes"); conn.recv(100)
                for fam, addr in ((socket.AF_INET6, ("::1", 1)), (socket.AF_UNIX, "/nonexistent/s")):
                    try:
                        socket.socket(fam).connect(addr)
                    except OSError:
                        pass
                open("f.txt", "w").write("x" * 100); os.rename("f.txt", "g.txt"); os.unlink("g.txt")
                subprocess.run(["sh", "-c", "ls /nonexistent 2>/dev/null; exit 2"])
                """);
        Process p = new ProcessBuilder(
                        "strace",
                        "-f",
                        "-tt",
                        "-yy",
                        "-x",
                        "-s",
                        "256",
                        "-T",
                        "-o",
                        trace.toString(),
                        "--",
                        "python3",
                        script.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(compareAll(Files.readAllLines(trace, StandardCharsets.ISO_8859_1)))
                .isGreaterThan(500);
    }

    /** Parses and enriches the lines, and compares the two views of every event; returns how many events. */
    private static int compareAll(List<String> lines) throws Exception {
        EventAssembler asm = new EventAssembler(ParseOptions.builder()
                .baseDate(TraceDate.DAY)
                .zone(ZoneOffset.UTC)
                .build());
        int[] n = {0};
        try (Enricher enricher = new Enricher(EnrichOptions.replay())) {
            long no = 0;
            List<io.straceflow.parse.SyscallEvent> events = new ArrayList<>();
            for (String line : lines) {
                enricher.observeLine(line, ++no);
                asm.accept(line, no, events::add);
                for (var e : events) {
                    compare(e, enricher.enrich(e));
                    n[0]++;
                }
                events.clear();
            }
            asm.finish(events::add);
            for (var e : events) {
                compare(e, enricher.enrich(e));
                n[0]++;
            }
        }
        return n[0];
    }

    private static void compare(io.straceflow.parse.SyscallEvent event, io.straceflow.enrich.ProcessInfo info)
            throws Exception {
        String record = EnrichedJson.toJson(event, info);
        SummaryEvent typed = new TypedEvent().of(event, info);
        SummaryEvent json = new JsonEvent(JSON.readTree(record));
        assertThat(facts(typed)).as(record).isEqualTo(facts(json));
        assertThat(typed.args().json()).as(record).isEqualTo(json.args().json());
        JsonNode args = JSON.readTree(record).path("args");
        if (!args.isMissingNode()) { // and as the record has them
            assertThat(typed.args().json()).as(record).isEqualTo(args.toString());
        }
    }

    /** Every fact of the event, the arguments and the returned fd walked through every call of the view. */
    private static List<Object> facts(SummaryEvent e) {
        List<Object> f = new ArrayList<>(List.of(
                e.type(),
                e.pid(),
                String.valueOf(e.timeUs()),
                String.valueOf(e.durationUs()),
                e.syscall(),
                e.unfinished(),
                String.valueOf(e.ret()),
                String.valueOf(e.errno()),
                e.hasFd(),
                e.exitCode(),
                e.signal(),
                e.returned()));
        SummaryEvent.Process p = e.process();
        if (p != null) {
            f.addAll(List.of(
                    p.id(),
                    p.tgid(),
                    String.valueOf(p.parentId()),
                    String.valueOf(p.startUs()),
                    String.valueOf(p.exe()),
                    String.valueOf(p.argv())));
        }
        f.add(walk(e.args()));
        f.add(walk(e.retFd()));
        f.add(EventArgs.firstFd(e.args()) == null ? "no fd" : walk(EventArgs.firstFd(e.args())));
        return f;
    }

    /** Everything the summary can ask of a value, as text. */
    static String walk(ArgNode n) {
        StringBuilder b = new StringBuilder();
        b.append(n.kind())
                .append(n.isIntegralNumber())
                .append('<')
                .append(n.asText())
                .append('>')
                .append(n.size());
        b.append("|fd:").append(EventArgs.isFd(n)).append(EventArgs.filePath(n)).append(EventArgs.objectPath(n));
        b.append("|text:").append(EventArgs.text(n));
        b.append("|addr:").append(EventArgs.sockaddr(n));
        b.append("|flag:").append(EventArgs.hasFlag(n, "O_CREAT")).append(EventArgs.hasFlag(n, "AT_REMOVEDIR"));
        for (String name : List.of(
                "fd", "sym", "kind", "path", "dev", "peer", "local", "proto", "str", "raw", "hex", "_0", "...")) {
            b.append('|')
                    .append(name)
                    .append(n.has(name))
                    .append(':')
                    .append(n.path(name).asText());
        }
        b.append("|missing:")
                .append(n.path(n.size()).kind())
                .append(n.path("no such member").kind());
        b.append('[');
        int i = 0;
        for (ArgNode child : n) {
            b.append(walk(child)).append(',');
            if (n.isArray()) {
                assertThat(walk(n.path(i++))).isEqualTo(walk(child)); // elements by index too
            }
        }
        b.append("]{");
        for (Map.Entry<String, ArgNode> m : n.fields()) {
            String value = walk(m.getValue());
            assertThat(walk(n.path(m.getKey()))).isEqualTo(value); // members by name too
            b.append(m.getKey()).append('=').append(value).append(',');
        }
        return b.append('}').toString();
    }
}
