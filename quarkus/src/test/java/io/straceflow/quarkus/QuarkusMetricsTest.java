package io.straceflow.quarkus;

import static io.straceflow.metrics.Scrape.counters;
import static io.straceflow.metrics.Scrape.get;
import static io.straceflow.quarkus.Apps.quarkus;
import static io.straceflow.quarkus.Apps.runJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.straceflow.metrics.Scrape;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics endpoint under Camel Quarkus (straceflow.metrics-port, as camel-main's --metrics-port): the same
 * address line on stderr, /metrics with the run's counters while a real traced program runs, /health turning 503 at
 * the end, and the last scrape agreeing with run.json.
 */
class QuarkusMetricsTest {
    @TempDir
    Path work;

    @Test
    void countersAreScrapedWhileTheProgramRunsAndEndAsRunJsonSays() throws Exception {
        Path go = work.resolve("go");
        assertThat(new ProcessBuilder("mkfifo", go.toString()).start().waitFor())
                .isZero();
        Apps.Started app = Apps.start(
                quarkus(
                        Map.of(
                                "straceflow.mode", "run",
                                "straceflow.out", "out",
                                "straceflow.metrics-port", "0",
                                "straceflow.metrics-linger-ms", "60000"),
                        "--",
                        "sh",
                        "-c",
                        "ls / >/dev/null; head -c 3 " + go + " >/dev/null"),
                work);
        try {
            String base = await().atMost(Duration.ofMinutes(2))
                    .until(
                            () -> Scrape.endpoint(app.err()),
                            u -> u != null || !app.process().isAlive());
            assertThat(base)
                    .as("the address line on stderr: %s", Files.readString(app.err()))
                    .isNotNull();

            Map<String, Double> running = await().atMost(Duration.ofMinutes(1))
                    .until(() -> counters(get(base + "/metrics").body()), c -> c.getOrDefault("lines", 0.0) > 0);
            assertThat(running).containsKeys("lines", "events", "actions");
            HttpResponse<String> health = get(base + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("ok\n");
            assertThat(app.process().isAlive()).isTrue();

            try (OutputStream out = Files.newOutputStream(go)) {
                out.write("go\n".getBytes(StandardCharsets.US_ASCII));
            }
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> get(base + "/health").statusCode() == 503);
            String last = get(base + "/metrics").body(); // the final scrape ends the linger
            Apps.Result r = app.await();
            assertThat(r.code()).as(r.err()).isZero();

            JsonNode run = runJson(work.resolve("out"));
            Map<String, Double> fromRunJson = new HashMap<>();
            run.get("counters")
                    .fields()
                    .forEachRemaining(
                            e -> fromRunJson.put(e.getKey(), e.getValue().asDouble()));
            Map<String, Double> scraped = counters(last);
            assertThat(scraped).as("every run.json counter, same value").isEqualTo(fromRunJson);
            assertThat(last)
                    .contains("straceflow_trace_running 0.0")
                    .contains("straceflow_run_info{mode=\"run\",run_id=\""
                            + run.get("run_id").asText() + "\"} 1");
        } finally {
            app.process().destroyForcibly();
        }
    }
}
