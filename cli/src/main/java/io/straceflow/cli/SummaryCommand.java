package io.straceflow.cli;

import io.straceflow.summary.RunSummary;
import io.straceflow.summary.SummaryJson;
import io.straceflow.summary.SummaryReader;
import io.straceflow.summary.SummaryText;
import io.straceflow.summary.html.SummaryHtml;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code straceflow summary DIR [--format text|json] [--html FILE]}: a finished run at a glance. */
@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "Report of a finished run: where the time went (syscalls like strace -c), the paths touched and"
                + " what was done to each, the network peers with their bytes, errors by errno, the process tree with"
                + " exit codes and times, and the stream counters. JSON: docs/summary-json.md.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  straceflow summary out",
            "  straceflow summary --format json out > summary.json",
            "  straceflow summary --html report.html out"
        })
final class SummaryCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "output directory of a run")
    Path dir;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = "--format",
            description = "text or json (default: ${DEFAULT-VALUE}); json keys, units and caps: docs/summary-json.md",
            defaultValue = "text")
    Format format;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "write a self-contained HTML page (process tree, timeline, the tables) to FILE"
                    + " instead of the report on stdout; - for stdout")
    Path html;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("events.jsonl"))) {
            throw new UserError(ExitCodes.USAGE, "not a straceflow output directory: " + dir);
        }
        RunSummary s = SummaryReader.read(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (html != null) {
            HtmlReportFile.write(html, SummaryHtml.render(s), out);
        } else if (format == Format.json) {
            out.println(SummaryJson.render(s));
            out.flush();
        } else {
            SummaryText.print(s, out);
        }
        return ExitCodes.OK;
    }
}
