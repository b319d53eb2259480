package io.straceflow.summary.html;

import io.straceflow.summary.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code straceflow summary DIR --html FILE}: one self-contained page (inline CSS, inline SVG, three small inline
 * scripts; no network) built from the same {@link RunSummary} as the text report. The page template and its
 * style and scripts are resources next to this class; each section has a writer of its own.
 *
 * <p>Everything from the trace is escaped ({@link Html#esc}); on top of that the page's Content-Security-Policy
 * allows only its own style and scripts (by hash) and no loads at all, so even a slip in escaping could neither
 * run a script nor reach the network.
 */
public final class SummaryHtml {
    private record Section(String id, String title, BiConsumer<RunSummary, StringBuilder> writer) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("processes", "Processes", ProcessTree::write),
            new Section("timeline", "Timeline", Timeline::write),
            new Section("syscalls", "Where the time went", ReportTables::syscalls),
            new Section("paths", "Paths touched", ReportTables::paths),
            new Section("files", "Files read and written", ReportTables::files),
            new Section("network", "Network peers", ReportTables::network),
            new Section("errors", "Errors by errno", ReportTables::errors),
            new Section("counters", "Stream counters", ReportTables::counters));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)\\}\\}");
    private static final String PAGE = resource("page.html");
    private static final String STYLE = resource("page.css");
    private static final String ERRORS_SCRIPT = resource("errors.js");
    private static final String TIMELINE_SCRIPT = resource("timeline.js");
    private static final String PAGE_SCRIPT = resource("page.js");
    /** Nothing may load; only this page's own style and scripts may apply or run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src " + hash(STYLE) + "; script-src "
            + hash(ERRORS_SCRIPT) + " " + hash(TIMELINE_SCRIPT) + " " + hash(PAGE_SCRIPT)
            + "; img-src data:; base-uri 'none'; form-action 'none'";

    private SummaryHtml() {}

    /** The whole page. */
    public static String render(RunSummary s) {
        StringBuilder body = new StringBuilder(64 * 1024);
        RunHeader.write(s, body);
        body.append("<nav>");
        for (Section section : SECTIONS) {
            body.append("<a href=\"#")
                    .append(section.id())
                    .append("\">")
                    .append(section.title())
                    .append("</a>");
        }
        body.append("</nav>\n");
        // the filter box needs the script (timeline.js shows it)
        body.append("<p class=\"filter\" hidden><input type=\"search\" id=\"filter\" autocomplete=\"off\""
                + " placeholder=\"filter paths, files, peers and processes\""
                + " aria-label=\"filter paths, files, peers and processes\"> <span class=\"count\"></span></p>\n");
        for (Section section : SECTIONS) {
            body.append("<section id=\"")
                    .append(section.id())
                    .append("\">\n<h2>")
                    .append(section.title())
                    .append("</h2>\n");
            section.writer().accept(s, body);
            body.append("</section>\n");
        }
        return fill(
                PAGE,
                Map.of(
                        "csp", CONTENT_SECURITY_POLICY,
                        "title", Html.esc("straceflow: " + Html.shorten(RunHeader.command(s), 100)),
                        "style", STYLE,
                        "errors-script", ERRORS_SCRIPT,
                        "timeline-script", TIMELINE_SCRIPT,
                        "page-script", PAGE_SCRIPT,
                        "body", body.toString()));
    }

    /** Replaces each {{name}} of the template in one pass: text put in is never looked at again. */
    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out =
                new StringBuilder(template.length() + values.get("body").length() + 16 * 1024);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("page.html: no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = SummaryHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + SummaryHtml.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSP source for an inline element with exactly this content. */
    private static String hash(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
