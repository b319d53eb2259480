package io.straceflow.cli;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page open in a real headless Chromium that a test drives as a person would: real mouse events and typing
 * through the DevTools protocol (a WebSocket from {@code java.net.http}; no driver, no library), and questions to
 * the page's DOM ({@code Runtime.evaluate}). {@link HeadlessChromium} only dumps the DOM after loading; this one
 * stays open. The window is 1280×1000 CSS pixels, so geometry is the same on every machine.
 */
final class ChromiumSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Exceptions the page threw and what it wrote to the console, as the protocol reported them. */
    final List<String> problems = new CopyOnWriteArrayList<>();

    private ChromiumSession(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Opens {@code html} (a file) with no network and waits until its scripts ran to their end. */
    static ChromiumSession open(Path html, Path work) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Process p = new ProcessBuilder(
                        HeadlessChromium.executable().toString(),
                        "--headless=new",
                        "--no-sandbox", // the tests run as root on CI
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--hide-scrollbars",
                        "--window-size=1280,1000",
                        "--user-data-dir=" + profile,
                        "--host-resolver-rules=MAP * ~NOTFOUND", // the page must need no network
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<String> browser = new CompletableFuture<>();
        Thread log = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        browser.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                browser.completeExceptionally(e);
            }
            browser.completeExceptionally(new AssertionError("chromium ended without a DevTools address"));
        });
        log.setDaemon(true);
        log.start();
        try {
            URI devtools = URI.create(browser.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            HttpClient http = HttpClient.newHttpClient();
            URI list = URI.create("http://" + devtools.getAuthority() + "/json/list");
            JsonNode targets =
                    JSON.readTree(http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString())
                            .body());
            String page = null;
            for (JsonNode t : targets) {
                if (t.path("type").asText().equals("page")) {
                    page = t.path("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                throw new AssertionError("chromium has no page to drive: " + targets);
            }
            Listener listener = new Listener();
            WebSocket ws = http.newWebSocketBuilder()
                    .buildAsync(URI.create(page), listener)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            ChromiumSession session = new ChromiumSession(p, ws);
            listener.session = session;
            session.call("Runtime.enable", JSON.createObjectNode());
            session.call("Log.enable", JSON.createObjectNode());
            session.call("Page.enable", JSON.createObjectNode());
            ObjectNode navigate = JSON.createObjectNode()
                    .put("url", html.toAbsolutePath().toUri().toString());
            session.call("Page.navigate", navigate);
            await().atMost(TIMEOUT)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> "ok"
                            .equals(session.evaluate("document.body && document.body.getAttribute('data-rendered')")
                                    .asText()));
            return session;
        } catch (Exception | AssertionError e) {
            stop(p);
            throw e;
        }
    }

    /** The value of a JavaScript expression in the page (JSON-able; a promise is awaited); a throw fails the test. */
    JsonNode evaluate(String expression) throws Exception {
        ObjectNode params = JSON.createObjectNode()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode result = call("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page threw on " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** The left button pressed at ({@code x}, {@code y}) (CSS pixels of the window), moved, and released. */
    void drag(double x1, double y1, double x2, double y2) throws Exception {
        mouse("mousePressed", x1, y1, 1);
        for (int i = 1; i <= 4; i++) {
            mouse("mouseMoved", x1 + (x2 - x1) * i / 4, y1 + (y2 - y1) * i / 4, 1);
        }
        mouse("mouseReleased", x2, y2, 0);
    }

    /** A click of the left button at ({@code x}, {@code y}). */
    void click(double x, double y) throws Exception {
        mouse("mousePressed", x, y, 1);
        mouse("mouseReleased", x, y, 0);
    }

    /** Clicks the middle of the element {@code selector} finds (scrolled into view first). */
    void click(String selector) throws Exception {
        JsonNode c = evaluate("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector)
                + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        click(c.get("x").asDouble(), c.get("y").asDouble());
    }

    /** Types {@code text} into the focused element, key by key (keyDown with the character, keyUp). */
    void type(String text) throws Exception {
        for (char ch : text.toCharArray()) {
            ObjectNode down = JSON.createObjectNode()
                    .put("type", "keyDown")
                    .put("text", String.valueOf(ch))
                    .put("key", String.valueOf(ch));
            call("Input.dispatchKeyEvent", down);
            call(
                    "Input.dispatchKeyEvent",
                    JSON.createObjectNode().put("type", "keyUp").put("key", String.valueOf(ch)));
        }
    }

    /** Presses Backspace {@code times} times in the focused element. */
    void backspace(int times) throws Exception {
        for (int i = 0; i < times; i++) {
            for (String type : List.of("rawKeyDown", "keyUp")) {
                call(
                        "Input.dispatchKeyEvent",
                        JSON.createObjectNode()
                                .put("type", type)
                                .put("key", "Backspace")
                                .put("code", "Backspace")
                                .put("windowsVirtualKeyCode", 8));
            }
        }
    }

    private void mouse(String type, double x, double y, int buttons) throws Exception {
        ObjectNode e = JSON.createObjectNode()
                .put("type", type)
                .put("x", x)
                .put("y", y)
                .put("button", "left")
                .put("buttons", buttons)
                .put("clickCount", 1);
        call("Input.dispatchMouseEvent", e);
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message =
                JSON.createObjectNode().put("id", id).put("method", method).set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new AssertionError(method + " failed: " + r.get("error"));
        }
        return r.path("result");
    }

    private void received(String text) throws IOException {
        JsonNode m = JSON.readTree(text);
        if (m.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(m.get("id").asInt());
            if (reply != null) {
                reply.complete(m);
            }
            return;
        }
        switch (m.path("method").asText()) {
            case "Runtime.exceptionThrown" ->
                problems.add("exception: " + m.path("params").path("exceptionDetails"));
            case "Runtime.consoleAPICalled" ->
                problems.add("console: " + m.path("params").path("args"));
            case "Log.entryAdded" -> problems.add("log: " + m.path("params").path("entry"));
            default -> {
                // other events are of no interest
            }
        }
    }

    @Override
    public void close() {
        socket.abort();
        stop(process);
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects a message's parts, hands whole messages to the session. */
    private static final class Listener implements WebSocket.Listener {
        volatile ChromiumSession session;
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    session.received(message);
                } catch (IOException e) {
                    session.problems.add("unreadable DevTools message: " + e);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
