package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
    private static final Pattern URL = Pattern.compile("straceflow: metrics on (http://127\\.0\\.0\\.1:\\d+)/metrics");
    private static final Pattern RUN_COUNTER = Pattern.compile("(?m)^straceflow_(\\w+)_total (\\S+)$");

    @TempDir
    Path work;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void countersAreScrapedWhileTheTraceRunsAndEndAsRunJsonSays() throws Exception {
        // the program blocks opening a FIFO until the test writes to it: the trace runs as long as the test wants
        Path fifo = work.resolve("go");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        Straceflow sf = Straceflow.start(
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
                        "ls / >/dev/null; head -c 3 " + fifo + " >/dev/null"));
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
                .containsPattern("(?m)^straceflow_lines_per_second \\S+$")
                .containsPattern("(?m)^straceflow_events_per_second \\S+$")
                .containsPattern("(?m)^jvm_memory_used_bytes\\{");
        assertThat(running.keySet()).isSubsetOf(fromRunJson.keySet());
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

    private static String endpoint(Straceflow sf) throws Exception {
        Matcher m = URL.matcher(Files.readString(sf.stderr));
        return m.find() ? m.group(1) : null;
    }

    private HttpResponse<String> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** straceflow_NAME_total VALUE lines of a scrape, by NAME. */
    private static Map<String, Double> counters(String scrape) {
        Map<String, Double> c = new TreeMap<>();
        Matcher m = RUN_COUNTER.matcher(scrape);
        while (m.find()) {
            c.put(m.group(1), Double.valueOf(m.group(2)));
        }
        return c;
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
