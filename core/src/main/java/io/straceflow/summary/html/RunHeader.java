package io.straceflow.summary.html;

import io.straceflow.summary.RunSummary;
import java.util.List;

/** The top of the page: the traced command and the facts of run.json (id, host, status, exit code, times). */
final class RunHeader {
    static final int COMMAND = 1000;

    private static final List<String[]> FACTS = List.of(
            new String[] {"run_id", "run"},
            new String[] {"host", "host"},
            new String[] {"mode", "mode"},
            new String[] {"status", "status"},
            new String[] {"exit_code", "exit code"},
            new String[] {"started", "started"},
            new String[] {"ended", "ended"});

    private RunHeader() {}

    /** The traced command as one line, or a placeholder when run.json does not say. */
    static String command(RunSummary s) {
        return s.run.get("command") instanceof List<?> argv && !argv.isEmpty()
                ? io.straceflow.summary.Fmt.commandLine(
                                argv.stream().map(String::valueOf).toList())
                        + ("first execve".equals(s.commandSource) ? "   (from the trace's first execve)" : "")
                : "(command unknown)";
    }

    static void write(RunSummary s, StringBuilder out) {
        out.append("<header>\n<h1>straceflow run report</h1>\n<p class=\"command\"><code>")
                .append(Html.esc(Html.shorten(command(s), COMMAND)))
                .append("</code></p>\n<dl class=\"facts\">\n");
        for (String[] fact : FACTS) {
            Object value = s.run.get(fact[0]);
            if (value != null) {
                out.append("<dt>")
                        .append(fact[1])
                        .append("</dt><dd>")
                        .append(Html.esc(value))
                        .append("</dd>\n");
            }
        }
        out.append("<dt>processes</dt><dd>")
                .append(Html.num(s.processes.size()))
                .append("</dd>\n</dl>\n</header>\n");
    }
}
