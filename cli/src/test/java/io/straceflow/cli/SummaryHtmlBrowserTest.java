package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.straceflow.summary.RunSummary;
import io.straceflow.summary.html.SummaryHtml;
import io.straceflow.testing.Programs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summary DIR --html FILE} of a real traced run, loaded in a real headless Chromium: it renders, its
 * script runs to the end with no error and nothing in the console, it shows the run's processes and every
 * section, and an argv that holds markup stays text. Needs the chromium package (fails, does not skip, without).
 */
class SummaryHtmlBrowserTest {
    /** Markup in the traced program's arguments: it must show as text and never run. */
    private static final String SCRIPT_ARG = "<script>document.title=\"pwned\"</script>";

    private static final String IMG_ARG = "\"><img src=x onerror=document.title='pwned'>";

    @TempDir
    Path work;

    @Test
    void theReportOfARealRunRendersInChromiumWithNoErrorsAndShowsTheProcesses() throws Exception {
        HeadlessChromium.executable(); // fail first, and clearly, when chromium is missing
        Path input = Files.writeString(work.resolve("input.txt"), "x".repeat(12_345));
        String script = "cat " + input + " >/dev/null; ls /nonexistent-xyz 2>/dev/null; '" + Programs.which("true")
                + "' '" + SCRIPT_ARG + "' '" + IMG_ARG.replace("'", "'\\''") + "' '{{body}}'; exit 3";
        var run = Straceflow.run(work, "run", "-q", "-o", "out", "--", "sh", "-c", script);
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);

        long started = System.nanoTime();
        var html = Straceflow.run(work, "summary", "out", "--html", "report.html");
        assertThat(html.exitCode()).as(html.stderr()).isZero();
        assertThat(html.stdout()).isEmpty();
        HeadlessChromium.Page page = HeadlessChromium.load(work.resolve("report.html"), work);
        System.out.printf("summary --html and chromium: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(page.problems()).as("problems of the page in chromium").isEmpty();
        String dom = page.dom();
        for (String section : List.of("processes", "timeline", "syscalls", "files", "network", "errors", "counters")) {
            assertThat(dom).contains("<section id=\"" + section + "\">");
        }
        // every process of the run, as the JSON summary has them: in the tree, with its program, and on the timeline
        JsonNode processes = new ObjectMapper()
                .readTree(Straceflow.run(work, "summary", "out", "--format", "json")
                        .stdout())
                .get("processes");
        assertThat(processes.size()).isEqualTo(4); // sh, cat, ls, true
        for (JsonNode p : processes) {
            assertThat(dom)
                    .contains("<li id=\"proc-" + p.get("id").asText() + "\">")
                    .contains(">" + p.get("pid").asText() + "</span> <code class=\"exe\">"
                            + p.get("exe").asText() + "</code>");
        }
        assertThat(count(dom, "<rect class=\"proc ")).isEqualTo(4);
        assertThat(dom).contains(Programs.which("cat"), Programs.which("ls"), "exit 3", "exit 2");
        assertThat(dom).contains(input.toString()).contains("12,345").contains("ENOENT");

        // the markup in argv is text: escaped in the DOM, no element of its own, never ran
        assertThat(dom).contains("&lt;script&gt;document.title=\"pwned\"&lt;/script&gt;");
        assertThat(dom).contains("&lt;img src=x onerror=document.title=");
        assertThat(count(dom, "<script"))
                .as("only the page's own three scripts")
                .isEqualTo(3);
        assertThat(dom).doesNotContain("<img").doesNotContain("pwned</title>");
        assertThat(dom).contains("{{body}}"); // a template placeholder in argv is not expanded
    }

    @Test
    void theCheckFailsOnAPlantedScriptErrorAndOnBlockedMarkup() throws Exception {
        String good = SummaryHtml.render(new RunSummary());
        assertThat(problemsOf("clean", good)).isEmpty();

        // a script error: the policy taken out so the planted script runs and throws
        assertThat(problemsOf(
                        "thrown",
                        good.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                                .replace("<body>", "<body><script>null.planted();</script>")))
                .anyMatch(p -> p.startsWith("the page recorded: error:") && p.contains("planted"))
                .anyMatch(p -> p.startsWith("console:") && p.contains("Uncaught TypeError"));

        // markup that slipped through escaping: the policy blocks it, and the check sees that
        assertThat(problemsOf("injected", good.replace("<body>", "<body><script>document.title='pwned'</script>")))
                .anyMatch(p -> p.startsWith("the page recorded: blocked by the page's policy: script-src"));

        // a page whose own script never reaches its end
        assertThat(problemsOf("unfinished", good.replace("data-rendered", "data-not-rendered")))
                .anyMatch(p -> p.startsWith("the page's script did not run to its end"));
    }

    private List<String> problemsOf(String name, String html) throws Exception {
        Path file = Files.writeString(work.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        return HeadlessChromium.load(file, work).problems();
    }

    private static int count(String s, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(s).results().count();
    }
}
