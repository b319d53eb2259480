package io.straceflow.aggregate;

import io.straceflow.parse.EventAssembler;
import io.straceflow.parse.ParseOptions;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.StraceConstants;
import io.straceflow.strace.TraceEnd;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Events per second through routes/actions.yaml (key, filter, aggregate, ordered delivery to a counting
 * direct:actions-out), fed from one thread like the pipeline does; run by bench/actions.sh (not a test). The trace is
 * parsed up front so only the actions stage is timed. Prints one line per run and the median.
 */
public final class ActionsBench {
    private ActionsBench() {}

    public static void main(String[] args) throws Exception {
        List<SyscallEvent> events = parse(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] rates = new double[runs];
        for (int r = -1; r < runs; r++) { // run -1 warms the JIT up
            AtomicLong actions = new AtomicLong();
            AtomicLong calls = new AtomicLong();
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:actions-out").process(e -> {
                            if (e.getIn().getBody() instanceof Action a) {
                                actions.incrementAndGet();
                                calls.addAndGet(a.count());
                            }
                        });
                    }
                });
                PluginHelper.getRoutesLoader(context)
                        .loadRoutes(ResourceHelper.resolveMandatoryResource(context, "file:routes/actions.yaml"));
                context.start();
                ProducerTemplate template = context.createProducerTemplate();
                long t0 = System.nanoTime();
                long seq = 0;
                for (SyscallEvent e : events) {
                    template.sendBodyAndHeader("direct:actions", e, ActionHeaders.SEQ, ++seq);
                }
                template.sendBodyAndHeader(
                        "direct:actions", new TraceEnd(0, 0, 0, null), StraceConstants.KIND, StraceConstants.KIND_END);
                double secs = (System.nanoTime() - t0) / 1e9;
                if (r >= 0) {
                    rates[r] = events.size() / secs;
                    System.out.printf(
                            "run %d: events=%d actions=%d calls=%d seconds=%.3f events_per_s=%.0f%n",
                            r, events.size(), actions.get(), calls.get(), secs, rates[r]);
                }
            }
        }
        Arrays.sort(rates);
        System.out.printf("median events_per_s=%.0f over %d runs%n", rates[runs / 2], runs);
    }

    private static List<SyscallEvent> parse(Path trace) throws Exception {
        EventAssembler asm = new EventAssembler(ParseOptions.defaults());
        List<SyscallEvent> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                asm.accept(line, ++n, out::add);
            }
        }
        asm.finish(out::add);
        for (SyscallEvent e : out) {
            e.args(); // parsed lazily: do it here so the timed part is the actions stage
        }
        return out;
    }
}
