package io.straceflow.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a page in a real headless Chromium (Debian's {@code chromium} package) and gives back the DOM after the
 * page's scripts ran, and what the page or the browser console complained about. Absent Chromium is a test
 * failure that says how to install it, never a skip.
 */
final class HeadlessChromium {
    static final String INSTALL = "install chromium: apt-get install -y chromium";

    private static final Pattern RENDERED = Pattern.compile("<body[^>]*\\sdata-rendered=\"ok\"");
    private static final Pattern PAGE_ERRORS = Pattern.compile("<html[^>]*\\sdata-page-errors=\"([^\"]*)\"");

    /** The DOM as Chromium serialised it after loading, and its console messages (from its log on stderr). */
    record Page(String dom, List<String> console) {
        /**
         * Everything wrong with the page: its script did not run to the end (no {@code <body
         * data-rendered="ok">}), it recorded errors or blocked content ({@code <html data-page-errors>}), or it
         * wrote to the console (the report writes nothing there; script errors and policy violations do).
         */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!RENDERED.matcher(dom).find()) {
                problems.add("the page's script did not run to its end (no <body data-rendered=\"ok\">)");
            }
            Matcher errors = PAGE_ERRORS.matcher(dom);
            if (errors.find()) {
                problems.add("the page recorded: " + errors.group(1));
            }
            console.forEach(line -> problems.add("console: " + line));
            return problems;
        }
    }

    private HeadlessChromium() {}

    static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        throw new AssertionError(
                "chromium is not on the PATH; the HTML report is tested in a real browser: " + INSTALL);
    }

    /** Loads {@code html} (a file) with no network and returns the page as the browser left it. */
    static Page load(Path html, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path out = Files.createTempFile(work, "chromium-dom", ".html");
        Path err = Files.createTempFile(work, "chromium-log", ".txt");
        Process p = new ProcessBuilder(
                        executable().toString(),
                        "--headless=new",
                        "--no-sandbox", // the tests run as root on CI
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--user-data-dir=" + profile,
                        "--host-resolver-rules=MAP * ~NOTFOUND", // the page must need no network
                        "--enable-logging=stderr",
                        "--v=0",
                        "--dump-dom",
                        html.toAbsolutePath().toUri().toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s; log: " + tail(err));
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("chromium exited " + p.exitValue() + "; log: " + tail(err));
        }
        List<String> console =
                text(err).lines().filter(line -> line.contains(":CONSOLE")).toList();
        return new Page(text(out), console);
    }

    /** The file as UTF-8, bad bytes replaced rather than failing. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String tail(Path log) throws IOException {
        String s = text(log);
        return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
    }
}
