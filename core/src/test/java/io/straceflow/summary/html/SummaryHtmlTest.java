package io.straceflow.summary.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.summary.RunSummary;
import io.straceflow.summary.RunSummary.ProcessRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page as text: escaping of everything from the trace, the caps and their notes, self-containedness. */
class SummaryHtmlTest {
    private static final String HOSTILE = "</code><script>alert(1)</script>\"'><img src=x onerror=alert(2)>{{body}}";

    @Test
    void everyStringFromTheTraceIsEscapedAndNoPlaceholderInItIsExpanded() {
        RunSummary s = new RunSummary();
        s.run.put("command", List.of("sh", "-c", HOSTILE));
        s.run.put("host", HOSTILE);
        ProcessRow p = process(s, "1-1", 1, null);
        p.exe = "/bin/" + HOSTILE;
        p.argv.addAll(List.of("x", HOSTILE, "a\u0001b"));
        p.exitCode = 0;
        p.startUs = 500L;
        p.endUs = 3_000L;
        s.files.put("/tmp/" + HOSTILE, new RunSummary.FileRow());
        s.errors.put(HOSTILE, 1L);
        s.peers.add(new RunSummary.PeerRow(HOSTILE, HOSTILE, 1));
        RunSummary.PathRow path = new RunSummary.PathRow("/tmp/" + HOSTILE, 0);
        path.operations.put("opened", 1L);
        path.failures.put("open " + HOSTILE, 1L);
        path.renamedTo.add(HOSTILE);
        path.operations.put("renamed_from", 1L);
        s.paths.put(path.path, path);
        s.counters.put(HOSTILE, 1L);
        RunSummary.SyscallRow row = new RunSummary.SyscallRow();
        row.calls = 1;
        s.syscalls.put(HOSTILE, row);
        s.callSpans.add("1-1", HOSTILE, 1_000, 1_000);

        String page = SummaryHtml.render(s);

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("</code><script>");
        assertThat(count(page, "<script>"))
                .as("the page's own three scripts only")
                .isEqualTo(3);
        assertThat(page).contains("&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img");
        assertThat(page).contains("a\\x01b").doesNotContain("\u0001");
        assertThat(count(page, "<nav>"))
                .as("the body is filled in once, not again from argv")
                .isEqualTo(1);
        assertThat(page).contains("{{body}}");
        // an unknown operation class is neither a CSS class nor in the spans the script reads
        assertThat(page).contains("class=\"bar op-other\"").contains("data-spans=\"other:500,1500,1,1000\"");
    }

    @Test
    void thePageNeedsNothingFromOutsideAndItsPolicyAllowsExactlyItsOwnStyleAndScripts() throws Exception {
        String page = SummaryHtml.render(new RunSummary());
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
                .doesNotContain("http:")
                .doesNotContain("https:")
                .doesNotContain("<link")
                .doesNotContain(" src=")
                .doesNotContain("@import")
                .doesNotContain("url(");
        Matcher csp = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csp.find()).isTrue();
        assertThat(csp.group(1)).startsWith("default-src 'none';");
        Matcher inline =
                Pattern.compile("<(script|style)>(.*?)</\\1>", Pattern.DOTALL).matcher(page);
        int inlines = 0;
        while (inline.find()) {
            inlines++;
            byte[] d =
                    MessageDigest.getInstance("SHA-256").digest(inline.group(2).getBytes(StandardCharsets.UTF_8));
            assertThat(csp.group(1)).contains("'sha256-" + Base64.getEncoder().encodeToString(d) + "'");
        }
        assertThat(inlines).isEqualTo(4);
    }

    @Test
    void aLargeRunIsCappedAndTheNotesSayHowMuchWasLeftOut() {
        RunSummary s = new RunSummary();
        String parent = null;
        for (int i = 1; i <= 700; i++) { // one chain of nested shells, deeper than the tree shows
            ProcessRow p = process(s, i + "-" + i, i, parent);
            p.exe = "/bin/sh";
            p.startUs = 1_000L * i;
            p.endUs = 1_000_000L;
            parent = p.id;
        }
        for (int i = 0; i < 80; i++) {
            RunSummary.FileRow f = new RunSummary.FileRow();
            f.bytesRead = i;
            s.files.put("/data/file" + i, f);
        }
        for (int i = 0; i < 60; i++) {
            RunSummary.SyscallRow r = new RunSummary.SyscallRow();
            r.calls = 100 + i;
            r.timeUs = i == 0 ? 1_000_000 : 0; // the least called one took the most time: shown all the same
            s.syscalls.put("call" + i, r);
        }
        s.syscallTimes = true;

        String page = SummaryHtml.render(s);

        assertThat(count(page, "<li id=\"proc-")).isEqualTo(ProcessTree.PROCESSES);
        assertThat(page).contains("the first 500 of 700 processes (200 more not shown)");
        assertThat(count(page, "<details")).isEqualTo(count(page, "</details>"));
        assertThat(count(page, "<li ") + count(page, "<li>")).isEqualTo(count(page, "</li>"));
        assertThat(count(page, "<ul")).isEqualTo(count(page, "</ul>"));
        assertThat(count(page, "<rect class=\"proc ")).isEqualTo(Timeline.LANES);
        assertThat(page).contains("60 of 700 processes");
        assertThat(page).contains("the top 50 of 80 files, pipes and sockets by bytes (30 more not shown)");
        assertThat(page).contains("/data/file79").doesNotContain("/data/file29<");
        assertThat(page).contains(">call0<").contains(">call59<").doesNotContain(">call1<");
        assertThat(page).contains("(29 more not shown)");
    }

    @Test
    void theTreeNestsChildrenUnderTheirParentsWithHowEachEnded() {
        RunSummary s = new RunSummary();
        ProcessRow sh = process(s, "10-1", 10, null);
        sh.exe = "/usr/bin/sh";
        sh.exitCode = 3;
        ProcessRow cat = process(s, "11-2", 11, "10-1");
        cat.exe = "/usr/bin/cat";
        cat.exitCode = 0;
        ProcessRow sleep = process(s, "12-3", 12, "10-1");
        sleep.exe = "/usr/bin/sleep";
        sleep.killedBy = "SIGKILL";
        process(s, "13-4", 13, null).argv.add("orphan");

        String page = SummaryHtml.render(s);

        String tree = page.substring(
                page.indexOf("<ul class=\"tree\">"), page.indexOf("</section>", page.indexOf("<ul class=\"tree\">")));
        assertThat(tree)
                .containsSubsequence(
                        "<li id=\"proc-10-1\"><details open><summary>",
                        "/usr/bin/sh",
                        "exit 3",
                        "<ul>",
                        "<li id=\"proc-11-2\"><div class=\"leaf\">",
                        "exit 0",
                        "<li id=\"proc-12-3\">",
                        "<span class=\"status killed\">killed by SIGKILL</span>",
                        "</ul></details></li>",
                        "<li id=\"proc-13-4\">",
                        "orphan",
                        "no exit seen");
    }

    private static ProcessRow process(RunSummary s, String id, long pid, String parent) {
        ProcessRow p = new ProcessRow();
        p.id = id;
        p.pid = pid;
        p.parentId = parent;
        s.processes.put(id, p);
        if (parent != null) {
            s.processes.get(parent).children.add(id);
        }
        return p;
    }

    private static int count(String s, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(s).results().count();
    }
}
