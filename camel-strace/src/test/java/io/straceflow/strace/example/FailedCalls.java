package io.straceflow.strace.example;

import io.straceflow.strace.LineBatch;
import io.straceflow.strace.StraceConstants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;

/**
 * The README's example of the {@code strace:} component on its own ("The strace: component on its own"): the failed
 * calls of a saved trace, one message per strace line, in any Camel application that has the camel-strace artifact.
 * StraceOnItsOwnTest runs it on a plain CamelContext.
 */
public class FailedCalls extends RouteBuilder {
    private final Path trace;
    private final String to;

    public FailedCalls(Path trace, String to) {
        this.trace = trace;
        this.to = to;
    }

    @Override
    public void configure() {
        from("strace:replay?files=" + trace) // or strace:run?command=make, strace:attach?pids=812
                // a batch of lines (LineBatch), then one end of trace (TraceEnd), then the consumer stops Camel
                .filter(header(StraceConstants.KIND).isEqualTo(StraceConstants.KIND_LINES))
                .split()
                .body(LineBatch.class, FailedCalls::lines)
                .filter(body().regex(".* = -1 E[A-Z0-9]+ .*"))
                .to(to);
    }

    static List<String> lines(LineBatch batch) {
        List<String> lines = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            lines.add(batch.line(i));
        }
        return lines;
    }
}
