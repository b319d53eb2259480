package io.straceflow.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.straceflow.chain.Finding;
import io.straceflow.chain.ManifestSeal;
import io.straceflow.chain.StreamResult;
import io.straceflow.chain.VerifyReport;
import java.util.stream.Collectors;

/**
 * How {@code verify} prints a report. Text, one line per stream:
 *
 * <pre>
 * OK   events.jsonl: 45 records, 5 checkpoints (keyed, signatures checked)
 * WARN actions.jsonl: 45 records, 4 checkpoints (keyed); UNSEALED_TAIL actions.jsonl seq 41: ...
 * FAIL enriched.jsonl: MAC_MISMATCH enriched.jsonl line 6 seq 5 byte 1042: ...
 * OK   run.json: 2 versions sealed, 3 checkpoints (keyed, signatures checked)
 * </pre>
 */
final class ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFormat() {}

    static String text(VerifyReport report) {
        StringBuilder sb = new StringBuilder();
        for (StreamResult s : report.all()) {
            sb.append(String.format("%-4s %s: ", s.status(), s.stream()));
            if (s.failure().isPresent()) {
                sb.append(finding(s.failure().get()));
            } else {
                sb.append(s.records())
                        .append(s.stream().equals(ManifestSeal.FILE) ? " versions sealed, " : " records, ")
                        .append(s.checkpoints())
                        .append(" checkpoints (")
                        .append(assurance(s))
                        .append(')');
                if (!s.warnings().isEmpty()) {
                    sb.append("; ")
                            .append(s.warnings().stream()
                                    .map(ReportFormat::finding)
                                    .collect(Collectors.joining("; ")));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String assurance(StreamResult s) {
        String mode = switch (s.mode()) {
            case "public" -> "no key: chain and checkpoints only";
            case "unkeyed" -> "unkeyed: detects accidents, not forgery";
            default -> s.mode();
        };
        return mode + (s.signatures() ? ", signatures checked" : "");
    }

    private static String finding(Finding f) {
        StringBuilder sb = new StringBuilder(f.reason().name()).append(' ').append(f.file());
        if (f.line() > 0) {
            sb.append(" line ").append(f.line());
        }
        if (f.seq() >= 0) {
            sb.append(" seq ").append(f.seq());
        }
        if (f.offset() >= 0) {
            sb.append(" byte ").append(f.offset());
        }
        return sb.append(": ").append(f.detail()).toString();
    }

    static String json(VerifyReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("exit", report.exitCode());
        ArrayNode streams = root.putArray("streams");
        for (StreamResult s : report.all()) {
            ObjectNode n = streams.addObject();
            n.put("stream", s.stream());
            n.put("status", s.status().name());
            n.put("records", s.records());
            n.put("checkpoints", s.checkpoints());
            n.put("mode", s.mode());
            n.put("signatures", s.signatures());
            n.put("run", s.runId());
            n.put("version", s.version());
            ArrayNode fs = n.putArray("findings");
            for (Finding f : s.findings()) {
                ObjectNode fn = fs.addObject();
                fn.put("reason", f.reason().name());
                fn.put("severity", f.warning() ? "warning" : "failure");
                fn.put("file", f.file());
                fn.put("line", f.line());
                fn.put("seq", f.seq());
                fn.put("offset", f.offset());
                fn.put("detail", f.detail());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
