package io.straceflow.cli;

import static io.straceflow.metrics.Scrape.counters;
import static io.straceflow.metrics.Scrape.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.metrics.Scrape;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prometheus endpoint of a real traced run, scraped over HTTP while it runs and once it has ended. */
class MetricsEndpointTest {

    @TempDir
    Path work;

    /** The program blocks opening this FIFO until the test writes to it: the trace runs as long as the test wants. */
    private Path fifo;

    @org.junit.jupiter.api.BeforeEach
    void fifo() {
        fifo = work.resolve("go");
    }

    @Test
    void countersAreScrapedWhileTheTraceRunsAndEndAsRunJsonSays() throws Exception {
        Straceflow sf = metered("ls / >/dev/null; head -c 3 " + fifo + " >/dev/null");
        String base = await().atMost(Duration.ofSeconds(60)).until(() -> endpoint(sf), u -> u != null);

        Map<String, Double> running = await().atMost(Duration.ofSeconds(60))
                .until(() -> counters(get(base + "/metrics").body()), c -> c.getOrDefault("lines", 0.0) > 0);
        assertThat(running).containsKeys("lines", "events", "merged", "unparsed", "dangling", "actions");
        HttpResponse<String> health = get(base + "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
        assertThat(sf.process.isAlive()).isTrue();

        try (OutputStream out = Files.newOutputStream(fifo)) {
            out.write("go\n".getBytes(StandardCharsets.US_ASCII));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get(base + "/health").statusCode() == 503);
        String last = get(base + "/metrics").body(); // the final scrape ends the linger
        var r = sf.await();
        assertThat(r.exitCode()).as(r.stderr()).isZero();

        Map<String, Double> fromRunJson = runJsonCounters();
        assertThat(counters(last)).as("every run.json counter, same value").isEqualTo(fromRunJson);
        assertThat(fromRunJson.get("lines")).isGreaterThanOrEqualTo(running.get("lines"));
        assertThat(last)
                .contains("straceflow_trace_running 0.0")
                .contains("straceflow_run_info{mode=\"run\",run_id=\"" + runId() + "\"} 1")
                .containsPattern("(?m)^jvm_memory_used_bytes\\{");
        assertPrometheusNames(last);
        assertThat(running.keySet()).isSubsetOf(fromRunJson.keySet());
    }

    /**
     * The program-level counters of a real traced program (a failing call, a child killed by SIGKILL, a thread, bytes
     * written), scraped while it runs and once it has ended: the final values are exactly what events.jsonl holds.
     */
    @Test
    void theProgramCountersAgreeWithEventsJsonl() throws Exception {
        String script = "cat /nonexistent 2>/dev/null; head -c 3 " + fifo + " >/dev/null; sleep 30 & kill -9 $!; wait;"
                + " /usr/bin/python3 -c 'import threading; t = threading.Thread(target=len, args=[()]); t.start();"
                + " t.join()'; head -c 5000 /dev/zero > zeros";
        Straceflow sf = metered(script);
        String base = await().atMost(Duration.ofSeconds(60)).until(() -> endpoint(sf), u -> u != null);
        // while it runs: once head, which waits on the FIFO, has started (sh, cat, head), the failed cat is counted.
        // (Not the other way round: sh's own loader fails with ENOENT before it forks cat.)
        String during = await().atMost(Duration.ofSeconds(60))
                .until(() -> get(base + "/metrics").body(), m -> started(m) >= 3);
        Map<String, Double> running = labelled(during, "syscall_errors", "errno");
        assertThat(running.getOrDefault("ENOENT", 0.0)).isPositive();
        assertThat(labelled(during, "syscalls", "syscall")).containsKey("execve");
        assertThat(unlabelled(during, "processes_started")).isEqualTo(3.0); // head waits for the test
        assertThat(sf.process.isAlive()).isTrue();

        try (OutputStream out = Files.newOutputStream(fifo)) {
            out.write("go\n".getBytes(StandardCharsets.US_ASCII));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get(base + "/health").statusCode() == 503);
        String last = get(base + "/metrics").body();
        var r = sf.await();
        assertThat(r.exitCode()).as(r.stderr()).isZero();

        EventsJsonl events = EventsJsonl.read(work.resolve("out/events.jsonl"));
        assertThat(labelled(last, "syscalls", "syscall")).isEqualTo(events.calls);
        assertThat(labelled(last, "syscall_errors", "errno"))
                .isEqualTo(events.errors)
                .containsKey("ENOENT");
        assertThat(running.get("ENOENT")).isLessThanOrEqualTo(events.errors.get("ENOENT"));
        assertThat(labelled(last, "io_bytes", "direction")).isEqualTo(events.bytes);
        assertThat(events.bytes.get("write")).isGreaterThanOrEqualTo(5000.0);
        assertThat(unlabelled(last, "processes_started"))
                .isEqualTo(events.started)
                .as("the enricher's process count (run.json, straceflow_processes_total) agrees")
                .isEqualTo(unlabelled(last, "processes"))
                .isEqualTo(runJsonCounters().get("processes"));
        assertThat(labelled(last, "processes_exited", "how"))
                .isEqualTo(events.exited)
                .containsEntry("killed", 1.0);
        assertThat(events.threads)
                .as("python's thread, whose exit is not a process's")
                .isNotEmpty();
        // every process the trace saw start, it saw end: sh, cat, head, sleep, kill's none, python3, head
        assertThat(events.exited.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isEqualTo(events.started)
                .isGreaterThanOrEqualTo(6.0);
        assertPrometheusNames(last);
    }

    /**
     * Prometheus naming: no scrape-relative rates, snake_case labels, seconds rather than nanoseconds, and a real HELP
     * text for every series (none of the fallback for an unknown run.json counter).
     */
    private static void assertPrometheusNames(String scrape) {
        assertThat(scrape).doesNotContain("_per_second").doesNotContain("_ns_").doesNotContain("_ns ");
        assertThat(Pattern.compile("[{,]([A-Za-z_]+)=\"")
                        .matcher(scrape)
                        .results()
                        .map(m -> m.group(1)))
                .isNotEmpty()
                .allMatch(k -> k.matches("[a-z_]+"), "snake_case");
        List<String> types = scrape.lines()
                .filter(l -> l.startsWith("# TYPE "))
                .map(l -> l.split(" ")[2])
                .toList();
        assertThat(types).contains("process_cpu_seconds_total", "straceflow_queue_full_total", "app_info");
        for (String name : types) {
            Matcher help = Pattern.compile("(?m)^# HELP " + name + " (.*)$").matcher(scrape);
            assertThat(help.find()).as(name).isTrue();
            assertThat(help.group(1)).as(name).isNotBlank().doesNotContain("published by a stage");
        }
    }

    /** straceflow_NAME_total{LABEL="V"} COUNT lines of a scrape, by V. */
    private static Map<String, Double> labelled(String scrape, String name, String label) {
        Map<String, Double> c = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^straceflow_" + name + "_total\\{" + label + "=\"([^\"]*)\"} (\\S+)$")
                .matcher(scrape);
        while (m.find()) {
            double v = Double.parseDouble(m.group(2));
            if (v > 0) { // a series registered up front may still be 0; events.jsonl has no such key
                c.put(m.group(1), v);
            }
        }
        return c;
    }

    /** processes_started in a scrape, 0 before the series shows. */
    private static double started(String scrape) {
        Matcher m = Pattern.compile("(?m)^straceflow_processes_started_total (\\S+)$")
                .matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static double unlabelled(String scrape, String name) {
        Matcher m =
                Pattern.compile("(?m)^straceflow_" + name + "_total (\\S+)$").matcher(scrape);
        assertThat(m.find()).as(name).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** The program counters as counted straight from events.jsonl, by the rules README's Metrics section states. */
    private record EventsJsonl(
            Map<String, Double> calls,
            Map<String, Double> errors,
            Map<String, Double> bytes,
            double started,
            Map<String, Double> exited,
            java.util.Set<Long> threads) {
        private static final java.util.Set<String> READS =
                java.util.Set.of("read", "pread64", "readv", "preadv", "preadv2", "recv", "recvfrom", "recvmsg");
        private static final java.util.Set<String> WRITES = java.util.Set.of(
                "write",
                "pwrite64",
                "writev",
                "pwritev",
                "pwritev2",
                "send",
                "sendto",
                "sendmsg",
                "sendfile",
                "sendfile64");

        static EventsJsonl read(Path file) throws Exception {
            ObjectMapper json = new ObjectMapper();
            Map<String, Double> calls = new TreeMap<>();
            Map<String, Double> errors = new TreeMap<>();
            Map<String, Double> bytes = new TreeMap<>();
            Map<String, Double> exited = new TreeMap<>();
            java.util.Set<Long> threads = new java.util.HashSet<>();
            List<JsonNode> ends = new java.util.ArrayList<>();
            double started = 0;
            boolean first = true;
            for (String line : Files.readAllLines(file)) {
                JsonNode e = json.readTree(line);
                if (!e.has("type")) {
                    continue; // the chain's control records
                }
                String type = e.get("type").asText();
                if (type.equals("exit") || type.equals("killed")) {
                    ends.add(e);
                }
                if (!type.equals("syscall")) {
                    first = false;
                    continue;
                }
                String name = e.get("syscall").asText();
                calls.merge(name, 1.0, Double::sum);
                long ret = e.path("ret").asLong(0);
                if (e.has("errno")) {
                    errors.merge(e.get("errno").asText(), 1.0, Double::sum);
                } else if (first && name.equals("execve")) {
                    started++;
                } else if (ret > 0
                        && List.of("fork", "vfork", "clone", "clone3").contains(name)) {
                    if (e.get("args").toString().contains("\"CLONE_THREAD\"")) {
                        threads.add(ret);
                    } else {
                        started++;
                    }
                } else if (ret > 0 && READS.contains(name)) {
                    bytes.merge("read", (double) ret, Double::sum);
                } else if (ret > 0 && WRITES.contains(name)) {
                    bytes.merge("write", (double) ret, Double::sum);
                }
                first = false;
            }
            for (JsonNode e : ends) {
                if (!threads.contains(e.get("pid").asLong())) {
                    exited.merge(e.get("type").asText().equals("exit") ? "exited" : "killed", 1.0, Double::sum);
                }
            }
            return new EventsJsonl(calls, errors, bytes, started, exited, threads);
        }
    }

    @Test
    void aPortInUseIsAUsageErrorBeforeAnythingIsTraced() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            var r = Straceflow.run(work, "run", "-o", "out", "--metrics-port", port, "--", "true");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.stderr().lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("straceflow: --metrics-port " + port + ": cannot listen on 127.0.0.1:" + port);
            assertThat(work.resolve("out")).doesNotExist();
        }
    }

    /** {@code sh -c script} traced with the metrics endpoint on (any free port) and a linger for the last scrape. */
    private Straceflow metered(String script) throws Exception {
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        return Straceflow.start(
                work,
                List.of(
                        "run",
                        "-q",
                        "-o",
                        "out",
                        "--metrics-port",
                        "0",
                        "--metrics-linger",
                        "60",
                        "--",
                        "sh",
                        "-c",
                        script));
    }

    private static String endpoint(Straceflow sf) throws Exception {
        return Scrape.endpoint(sf.stderr);
    }

    private Map<String, Double> runJsonCounters() throws Exception {
        JsonNode counters = runJson().get("counters");
        Map<String, Double> c = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = counters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            c.put(e.getKey(), e.getValue().asDouble());
        }
        assertThat(c).as("run.json counters").containsKeys("lines", "events", "actions");
        return c;
    }

    private String runId() throws Exception {
        return runJson().get("run_id").asText();
    }

    private JsonNode runJson() throws Exception {
        return new ObjectMapper().readTree(work.resolve("out/run.json").toFile());
    }
}
