package io.straceflow.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading a run's metrics endpoint the way a scraper does, for the end-to-end tests of both runtimes (camel-main's
 * MetricsEndpointTest, Quarkus' QuarkusMetricsTest): the address straceflow prints on stderr, a GET, and the run.json
 * counters of a Prometheus scrape.
 */
public final class Scrape {
    private static final Pattern URL = Pattern.compile("straceflow: metrics on (http://127\\.0\\.0\\.1:\\d+)/metrics");
    /** A run.json counter's series (the program counters have labels, but for processes_started). */
    private static final Pattern RUN_COUNTER =
            Pattern.compile("(?m)^straceflow_(?!processes_started_)(\\w+)_total (\\S+)$");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Scrape() {}

    /** The endpoint's base address (http://127.0.0.1:PORT) from straceflow's stderr, or null before it is there. */
    public static String endpoint(Path stderr) throws IOException {
        Matcher m = URL.matcher(Files.readString(stderr));
        return m.find() ? m.group(1) : null;
    }

    public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** straceflow_NAME_total VALUE lines of a scrape, by NAME: the counters run.json has. */
    public static Map<String, Double> counters(String scrape) {
        Map<String, Double> c = new TreeMap<>();
        Matcher m = RUN_COUNTER.matcher(scrape);
        while (m.find()) {
            c.put(m.group(1), Double.valueOf(m.group(2)));
        }
        return c;
    }
}
