package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.straceflow.aggregate.PathArgs;
import io.straceflow.testing.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report answers "which files, which peers, where did the time go" on real programs traced by real strace: the
 * paths a create/rename/delete/missing-file script touched (text, JSON, and the HTML page in Chromium), six quick
 * TCP connections as six peers with their bytes, the time table with -T on by default, folded identical children,
 * a replay's command; every JSON summary checked against docs/summary-json.schema.json; no action's path taken from
 * an argument that is neither an fd nor a path.
 */
class SummaryReportTest {
    private static final String SCRIPT =
            "touch a.txt; mv a.txt b.txt; mkdir d; rm -r b.txt d; cat /nonexistent/config.yml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void theScriptsPathsShowWithTheirOperationsAndErrnoInTextJsonAndTheBrowser() throws Exception {
        HeadlessChromium.executable(); // fail first, and clearly, when chromium is missing
        var run = Straceflow.run(work, "run", "-o", "out", "--", "sh", "-c", SCRIPT);
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1); // cat's
        String dir = work.toRealPath().toString();
        String a = dir + "/a.txt";
        String b = dir + "/b.txt";
        String d = dir + "/d";

        // the text report at the end of the run: one line per path with what was done to it
        assertThat(run.stderr())
                .containsPattern(Pattern.quote(a) + " +opened, created, changed, renamed to " + Pattern.quote(b) + "\n")
                .containsPattern(Pattern.quote(b) + " +stat'd, renamed from " + Pattern.quote(a) + ", unlinked\n")
                .containsPattern(Pattern.quote(d) + " +opened, stat'd( ×\\d+)?, listed( ×\\d+)?, mkdir, rmdir\n")
                .containsPattern("/nonexistent/config.yml +failed: open ENOENT\n")
                .containsPattern("\\(dynamic loader and locale: \\d+ paths\\) +opened ×\\d+, read ×\\d+")
                .containsPattern("(?m)^  ENOENT +\\d+$");

        JsonNode s = summaryJson("out");
        Map<String, JsonNode> paths = new HashMap<>();
        s.get("paths").forEach(p -> paths.put(p.get("path").asText(), p));
        assertThat(paths).containsKeys(a, b, d, "/nonexistent/config.yml");
        assertThat(fields(paths.get(a).get("operations")))
                .containsOnlyKeys("opened", "created", "changed", "renamed_from");
        assertThat(paths.get(a).get("renamed_to").get(0).asText()).isEqualTo(b);
        assertThat(fields(paths.get(b).get("operations"))).containsOnlyKeys("stat", "renamed_to", "unlinked");
        assertThat(fields(paths.get(d).get("operations")))
                .containsOnlyKeys("mkdir", "stat", "opened", "listed", "rmdir");
        JsonNode config = paths.get("/nonexistent/config.yml");
        assertThat(fields(config.get("operations"))).isEmpty();
        assertThat(config.get("errors").toString()).isEqualTo("{\"ENOENT\":1}");
        assertThat(config.get("failures").toString())
                .isEqualTo("[{\"operation\":\"open\",\"errno\":\"ENOENT\",\"calls\":1}]");
        assertThat(s.at("/loader_and_locale/paths").asInt()).isPositive();
        assertThat(s.at("/run/command").toString()).isEqualTo(JSON.writeValueAsString(List.of("sh", "-c", SCRIPT)));
        assertThat(s.at("/totals/processes").asInt())
                .isEqualTo(6)
                .isEqualTo(s.at("/counters/processes").asInt());
        assertThat(s.at("/totals/syscall_times").asBoolean())
                .as("-T is on by default")
                .isTrue();

        assertNoActionPathFromAnotherArgument(work.resolve("out"));

        // the HTML page in Chromium: the paths table has a row per file with what was done to it
        var html = Straceflow.run(work, "summary", "out", "--html", "report.html");
        assertThat(html.exitCode()).as(html.stderr()).isZero();
        HeadlessChromium.Page page = HeadlessChromium.load(work.resolve("report.html"), work);
        assertThat(page.problems()).as("problems of the page in chromium").isEmpty();
        Map<String, String> rows = pathsTable(page.dom());
        assertThat(rows).containsEntry(a, "opened, created, changed, renamed to " + b);
        assertThat(rows.get(b)).contains("renamed from " + a).endsWith("unlinked");
        assertThat(rows.get(d)).startsWith("opened").contains("mkdir").endsWith("rmdir");
        assertThat(rows).containsEntry("/nonexistent/config.yml", "failed: open ENOENT");
        assertThat(rows.keySet()).anyMatch(k -> k.startsWith("(dynamic loader and locale: "));

        // the replay of the trace has no run.json command: it takes the first execve's
        var replay = Straceflow.run(work, "replay", "-o", "replay", "out/syscalls.log");
        assertThat(replay.exitCode()).as(replay.stderr()).isZero();
        assertThat(replay.stderr())
                .contains("command (from the trace's first execve): sh -c '" + SCRIPT + "'")
                .doesNotContain("command unknown");
        assertThat(summaryJson("replay").at("/run/command_source").asText()).isEqualTo("first execve");
    }

    @Test
    void sixQuickConnectionsAreSixPeersEachWithItsOwnBytes() throws Exception {
        Path script = Files.writeString(work.resolve("six.py"), """
                # six clients connect and send 100, 200, ... 600 bytes; then the server accepts all six in a row
                # (one accept action) and answers each with a tenth of what it got
                import socket
                srv = socket.socket()
                srv.bind(("127.0.0.1", 0))
                srv.listen(8)
                port = srv.getsockname()[1]
                clients = []
                for i in range(6):
                    c = socket.create_connection(("127.0.0.1", port))
                    c.sendall(b"x" * (100 * (i + 1)))
                    clients.append(c)
                conns = [srv.accept()[0] for _ in range(6)]
                for i, conn in enumerate(conns):
                    data = b""
                    while len(data) < 100 * (i + 1):
                        data += conn.recv(4096)
                    conn.sendall(data[: 10 * (i + 1)].upper())
                    conn.close()
                for i, c in enumerate(clients):
                    got = b""
                    while len(got) < 10 * (i + 1):
                        got += c.recv(4096)
                    c.close()
                srv.close()
                """);
        var run = Straceflow.run(work, "run", "-q", "-o", "out", "--", "/usr/bin/python3", script.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        JsonNode s = summaryJson("out");
        List<String> accepted = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        String connected = null;
        for (JsonNode p : s.get("peers")) {
            if (p.get("op").asText().equals("accept")) {
                accepted.add(p.get("calls") + " " + p.get("bytes_received") + "/" + p.get("bytes_sent"));
                addresses.add(p.get("address").asText());
            } else if (p.get("op").asText().equals("connect")) {
                connected = p.get("calls") + " " + p.get("bytes_sent") + "/" + p.get("bytes_received");
            }
        }
        assertThat(accepted)
                .containsExactlyInAnyOrder("1 100/10", "1 200/20", "1 300/30", "1 400/40", "1 500/50", "1 600/60");
        assertThat(addresses).hasSize(6).allMatch(ad -> ad.startsWith("127.0.0.1:"));
        assertThat(connected).as("six connects to one address by one process").isEqualTo("6 2100/210");

        // the accepts were one action, the peers are six
        List<JsonNode> acceptActions = EnrichAndActionsPipelineTest.records(work.resolve("out/actions.jsonl")).stream()
                .filter(x -> x.get("op").asText().equals("accept"))
                .toList();
        assertThat(acceptActions).hasSize(1);
        assertThat(acceptActions.get(0).get("count").asInt()).isEqualTo(6);

        var text = Straceflow.run(work, "summary", "out");
        assertThat(text.stdout()).containsPattern("(?m)^  accept +127\\.0\\.0\\.1:\\d+ +\\d+ +1 +60 +600 *$");
        assertNoActionPathFromAnotherArgument(work.resolve("out")); // python calls getrandom
    }

    @Test
    void identicalChildrenFoldAndWithoutTimesTheTableSaysSo() throws Exception {
        String t = Programs.which("true");
        String loop = "for i in $(seq 120); do " + t + "; done";
        var run = Straceflow.run(work, "run", "-o", "out", "--", "sh", "-c", loop);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr())
                .containsPattern(
                        "(?m)^    " + Pattern.quote(t) + " ×120  exit 0, .* in all \\(.* in syscalls\\); pids ")
                .contains("where the time went")
                .containsPattern("(?m)^ +% time +total +µs/call +calls +errors +syscall$")
                .containsPattern("(?m)^  100\\.00 .* total$");
        Pattern trueLine = Pattern.compile("\\s+(\\d+ )?" + Pattern.quote(t) + " .*exit.*");
        assertThat(run.stderr().lines().filter(l -> trueLine.matcher(l).matches()))
                .as("one line in the process list for the 120 true")
                .hasSize(1);
        JsonNode s = summaryJson("out");
        JsonNode folded = s.get("processes").get(2);
        assertThat(folded.get("count").asInt()).isEqualTo(120);
        assertThat(folded.get("pids").size()).isEqualTo(20);
        // sh, seq (in the $(...) subshell), 120 true: 122 everywhere. Under load a vfork child often execs and exits
        // before strace shows the vfork return, which once counted it twice (issue 20)
        assertProcessesEverywhere("out", run.stderr(), 122);
        var replay = Straceflow.run(work, "replay", "-o", "replay", "out/syscalls.log");
        assertThat(replay.exitCode()).as(replay.stderr()).isZero();
        assertProcessesEverywhere("replay", replay.stderr(), 122);

        var off = Straceflow.run(work, "run", "--no-syscall-times", "-o", "off", "--", "sh", "-c", "ls / >/dev/null");
        assertThat(off.exitCode()).as(off.stderr()).isZero();
        assertThat(off.stderr())
                .contains(
                        "syscalls by calls (the trace has no syscall times: trace with -T to see where the time went)")
                .doesNotContain("% time")
                .doesNotContain("in syscalls");
        assertThat(Files.readString(work.resolve("off/events.jsonl"))).doesNotContain("duration_us");
        JsonNode untimed = summaryJson("off");
        assertThat(untimed.at("/totals/syscall_times").asBoolean()).isFalse();
        assertThat(untimed.at("/syscalls/0/time_us").isNull()).isTrue();

        var both = Straceflow.run(work, "run", "-T", "--no-syscall-times", "-o", "both", "--", "true");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theSchemaHoldsTheContractAndCatchesWhatBreaksIt() throws Exception {
        io.straceflow.summary.RunSummary s = new io.straceflow.summary.RunSummary();
        s.run.put("run_id", "r");
        s.run.put("exit_code", 0);
        io.straceflow.summary.RunSummary.SyscallRow row = new io.straceflow.summary.RunSummary.SyscallRow();
        row.calls = 2;
        s.syscalls.put("openat", row);
        io.straceflow.summary.RunSummary.PathRow path = new io.straceflow.summary.RunSummary.PathRow("/etc/x", 0);
        path.errors.put("ENOENT", 1L);
        path.failures.put("open ENOENT", 1L);
        s.paths.put(path.path, path);
        s.peers.add(new io.straceflow.summary.RunSummary.PeerRow("connect", "127.0.0.1:80", 7));
        s.counters.put("lines", 3L);
        String good = io.straceflow.summary.SummaryJson.render(s);
        assertThat(schemaErrors(good)).isEmpty();

        // the schema's caps are the text report's
        JsonNode schema = JSON.readTree(Files.readString(Repo.file("docs/summary-json.schema.json")));
        io.straceflow.summary.SummaryView.Caps caps = io.straceflow.summary.SummaryView.TEXT;
        assertThat(schema.at("/properties/syscalls/maxItems").asInt()).isEqualTo(caps.syscalls());
        assertThat(schema.at("/properties/paths/maxItems").asInt()).isEqualTo(caps.paths());
        assertThat(schema.at("/properties/peers/maxItems").asInt()).isEqualTo(caps.peers());
        assertThat(schema.at("/properties/errors/maxItems").asInt()).isEqualTo(caps.errnos());
        assertThat(schema.at("/properties/processes/maxItems").asInt()).isEqualTo(caps.processLines());

        assertThat(schemaErrors(good.replace("\"bytes_read\"", "\"bytesRead\"")))
                .isNotEmpty(); // camelCase
        assertThat(schemaErrors(good.replace("\"time_us\" : null", "\"micros\" : null")))
                .isNotEmpty();
        assertThat(schemaErrors(good.replace("\"op\" : \"connect\"", "\"op\" : \"connect 127.0.0.1:80\"")))
                .isNotEmpty();
        assertThat(schemaErrors(good.replace("\"omitted\"", "\"left_out\""))).isNotEmpty();
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            tooMany.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"s")
                    .append(i)
                    .append("\",\"calls\":1,\"errors\":0,\"time_us\":null,\"us_per_call\":null,\"time_percent\":null}");
        }
        assertThat(schemaErrors(good.replaceFirst("\"syscalls\" : \\[[^\\]]*\\]", "\"syscalls\" : [" + tooMany + "]")))
                .as("more rows than the cap")
                .isNotEmpty();
    }

    /**
     * A replay of fixed lines with every order in which strace -f prints a clone and its child: the child runs before
     * the clone returns and after; a vfork child execs and exits before the vfork returns; a child's execve starts
     * before the return and ends after; a thread ends before its clone3 returns; two threads start a thread each at
     * once, and later fork at once, each child running (and one ending) before either call returns, the returns crossed.
     * Seven processes and four threads, the same in every report, each child under its parent.
     */
    @Test
    void everyOrderOfACloneAndItsChildCountsOneProcessEverywhere() throws Exception {
        Path trace =
                Path.of(getClass().getResource("/traces/clone-orderings.strace").toURI());
        var replay = Straceflow.run(work, "replay", "-o", "out", trace.toString());
        assertThat(replay.exitCode()).as(replay.stderr()).isZero();
        assertProcessesEverywhere("out", replay.stderr(), 7);
        assertThat(summaryJson("out").at("/counters/threads").asInt()).isEqualTo(4);
        assertThat(replay.stderr())
                .containsPattern("(?m)^    /bin/true ×2  exit 0, .*; pids 1002, 1003$")
                .containsPattern("(?m)^    1004 /usr/bin/python3 t\\.py  exit 0, .*\n      /bin/true ×2  exit 0, .*;"
                        + " pids 1007, 1008$");
    }

    /**
     * The run's process count is {@code expected} in the text report's header (with no "revealed" count apart), in
     * summary --format json's totals and counters (run.json's, which the metrics endpoint serves) and in the HTML
     * report's header.
     */
    private void assertProcessesEverywhere(String dir, String report, int expected) throws Exception {
        assertThat(report).containsPattern("(?m)^" + expected + " processes, ").doesNotContain(" revealed");
        JsonNode s = summaryJson(dir);
        assertThat(s.at("/totals/processes").asInt()).as("totals").isEqualTo(expected);
        assertThat(s.at("/counters/processes").asInt()).as("counters").isEqualTo(expected);
        var html = Straceflow.run(work, "summary", dir, "--html", dir + ".html");
        assertThat(html.exitCode()).as(html.stderr()).isZero();
        assertThat(Files.readString(work.resolve(dir + ".html")))
                .contains("<dt>processes</dt><dd>" + expected + "</dd>");
    }

    /** {@code summary DIR --format json}, checked against the contract's schema. */
    private JsonNode summaryJson(String dir) throws Exception {
        var r = Straceflow.run(work, "summary", dir, "--format", "json");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(schemaErrors(r.stdout()))
                .as("schema errors of\n" + r.stdout())
                .isEmpty();
        return JSON.readTree(r.stdout());
    }

    /** What docs/summary-json.schema.json finds wrong with {@code json}. */
    static List<String> schemaErrors(String json) throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Repo.file("docs/summary-json.schema.json")), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Object::toString)
                .toList();
    }

    /**
     * Every action's path comes from an fd (then the action has one) or from what a call named as a path: an fd it
     * returned, or one of its path arguments ({@link PathArgs}). Never from another string (getrandom's bytes, the
     * data of a write, a thread name).
     */
    static void assertNoActionPathFromAnotherArgument(Path out) throws Exception {
        Set<String> named = new HashSet<>();
        Set<String> otherStrings = new HashSet<>();
        for (JsonNode e : EnrichAndActionsPipelineTest.records(out.resolve("events.jsonl"))) {
            if (e.path("ret_fd").path("path").isTextual()) {
                named.add(e.get("ret_fd").get("path").asText());
            }
            JsonNode args = e.path("args");
            Set<Integer> positions = new HashSet<>();
            for (int i : PathArgs.positions(e.path("syscall").asText())) {
                positions.add(i);
            }
            for (int i = 0; i < args.size(); i++) {
                String text = text(args.get(i));
                if (text != null) {
                    (positions.contains(i) ? named : otherStrings).add(text);
                }
            }
        }
        otherStrings.removeAll(named);
        int checked = 0;
        for (JsonNode a : EnrichAndActionsPipelineTest.records(out.resolve("actions.jsonl"))) {
            if (a.path("path").isTextual() && a.path("fd").isNull()) {
                checked++;
                assertThat(named).as("the path of " + a).contains(a.get("path").asText());
                assertThat(otherStrings)
                        .as("the path of " + a)
                        .doesNotContain(a.get("path").asText());
            }
        }
        assertThat(checked).as("actions with a path and no fd").isPositive();
    }

    private static String text(JsonNode a) {
        if (a.isTextual()) {
            return a.asText();
        }
        if (a.path("str").isTextual()) {
            return a.get("str").asText();
        }
        return a.path("hex").isTextual()
                ? io.straceflow.parse.ArgValue.Str.printable(a.get("hex").asText())
                : null;
    }

    /** The paths table of the page as Chromium left it: path → what was done. */
    private static Map<String, String> pathsTable(String dom) {
        int from = dom.indexOf("<section id=\"paths\">");
        assertThat(from).as("the page has a paths section").isNotNegative();
        String section = dom.substring(from, dom.indexOf("</section>", from));
        Matcher row = Pattern.compile("<tr><td class=\"path\">([^<]*)</td><td class=\"path\">([^<]*)</td>")
                .matcher(section);
        Map<String, String> rows = new HashMap<>();
        while (row.find()) {
            rows.put(unescape(row.group(1)), unescape(row.group(2)));
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Map<String, JsonNode> fields(JsonNode o) {
        Map<String, JsonNode> m = new HashMap<>();
        o.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue()));
        return m;
    }
}
