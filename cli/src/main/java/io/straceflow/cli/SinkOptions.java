package io.straceflow.cli;

import io.straceflow.sink.UserSinks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.impl.DefaultCamelContext;

/** {@code --to STREAM=URI}: the user's own sinks, checked before anything is traced and handed to the routes. */
final class SinkOptions {
    private SinkOptions() {}

    /**
     * Refuses (exit 2, one line) a stream that does not exist or a URI that Camel cannot make an endpoint of (no such
     * component, an unknown option), before anything is traced or created. A {@code direct:} URI names a route of the
     * user's ({@code --routes}), which is known only once the routes are loaded.
     */
    static void check(List<String> specs) {
        if (specs == null || specs.isEmpty()) {
            return;
        }
        Map<String, String> sinks = new LinkedHashMap<>();
        for (String spec : specs) {
            try {
                Map.Entry<String, String> e = UserSinks.parse(spec);
                sinks.put(spec, e.getValue());
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCodes.USAGE, e.getMessage());
            }
        }
        DefaultCamelContext camel = new DefaultCamelContext(false);
        try {
            camel.build();
            for (Map.Entry<String, String> s : sinks.entrySet()) {
                try {
                    camel.getEndpoint(s.getValue());
                } catch (RuntimeException e) {
                    throw new UserError(ExitCodes.USAGE, "--to " + s.getKey() + ": " + UserSinks.rootMessage(e));
                }
            }
        } finally {
            camel.stop();
        }
    }

    /** {@code straceflow.sinks.STREAM} for each stream with sinks (comma-separated, in the order given). */
    static Map<String, String> properties(List<String> specs) {
        Map<String, String> byStream = new LinkedHashMap<>();
        if (specs != null) {
            for (String spec : specs) {
                Map.Entry<String, String> e = UserSinks.parse(spec);
                String name = UserSinks.STREAMS.entrySet().stream()
                        .filter(n -> n.getValue().equals(e.getKey()))
                        .findFirst()
                        .orElseThrow()
                        .getKey();
                byStream.merge("straceflow.sinks." + name, e.getValue(), (a, b) -> a + "," + b);
            }
        }
        return byStream;
    }
}
