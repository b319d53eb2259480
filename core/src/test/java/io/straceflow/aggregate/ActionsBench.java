package io.straceflow.aggregate;

import io.straceflow.parse.EventAssembler;
import io.straceflow.parse.EventBatch;
import io.straceflow.parse.ParseOptions;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.LineReader;
import io.straceflow.strace.StraceConstants;
import io.straceflow.strace.TraceEnd;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Events per second through routes/actions.yaml to a counting direct:actions-out, fed from one thread like the
 * pipeline does; run by bench/actions.sh (not a test). The trace is parsed up front so only the actions stage is
 * timed. Prints one line per run and the median, by wall clock and by the feeding thread's CPU time (on a shared
 * machine the CPU figure is the steadier one; it leaves out the timeout checker thread, which only flushes quiet
 * groups).
 *
 * <p>Feed {@code batch} (default, property {@code bench.feed}) sends one {@link EventBatch} per 64 KiB read of the
 * trace to direct:actions-feed, as the pipeline does in a replay; {@code event} sends each event to direct:actions.
 * Property {@code bench.routes} names the routes file (default {@code file:routes/actions.yaml}).
 */
public final class ActionsBench {
    private ActionsBench() {}

    public static void main(String[] args) throws Exception {
        boolean batches = !"event".equals(System.getProperty("bench.feed", "batch"));
        String routes = System.getProperty("bench.routes", "file:routes/actions.yaml");
        List<EventBatch> input = parse(Path.of(args[0]));
        long events = input.stream().mapToLong(EventBatch::size).sum();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = -2; r < runs; r++) { // runs -2 and -1 warm the JIT up
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
                        .loadRoutes(ResourceHelper.resolveMandatoryResource(context, routes));
                context.start();
                ProducerTemplate template = context.createProducerTemplate();
                TraceEnd end = new TraceEnd(0, 0, 0, null);
                long t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                if (batches) {
                    for (EventBatch b : input) {
                        template.sendBodyAndHeader(
                                "direct:actions-feed", b, StraceConstants.KIND, StraceConstants.KIND_LINES);
                    }
                    template.sendBodyAndHeader(
                            "direct:actions-feed", new EventBatch(end), StraceConstants.KIND, StraceConstants.KIND_END);
                } else {
                    for (EventBatch b : input) {
                        for (int i = 0; i < b.size(); i++) {
                            template.sendBodyAndHeader("direct:actions", b.event(i), ActionHeaders.SEQ, b.seq(i));
                        }
                    }
                    template.sendBodyAndHeader("direct:actions", end, StraceConstants.KIND, StraceConstants.KIND_END);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                if (r >= 0) {
                    rates[r] = events / secs;
                    cpuRates[r] = events / cpuSecs;
                    System.out.printf(
                            "run %d: feed=%s batches=%d events=%d actions=%d calls=%d seconds=%.3f events_per_s=%.0f"
                                    + " cpu_seconds=%.3f events_per_cpu_s=%.0f%n",
                            r,
                            batches ? "batch" : "event",
                            input.size(),
                            events,
                            actions.get(),
                            calls.get(),
                            secs,
                            rates[r],
                            cpuSecs,
                            cpuRates[r]);
                }
            }
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf(
                "median events_per_s=%.0f events_per_cpu_s=%.0f over %d runs%n",
                rates[runs / 2], cpuRates[runs / 2], runs);
    }

    /** The trace in the batches a replay reads (one per 64 KiB read), parsed as ParseStage does. */
    private static List<EventBatch> parse(Path trace) throws Exception {
        EventAssembler asm = new EventAssembler(ParseOptions.defaults());
        List<EventBatch> out = new ArrayList<>();
        long[] seq = {0};
        try (InputStream in = Files.newInputStream(trace)) {
            new LineReader(in, 1).readAll((LineBatch lines) -> {
                EventBatch b = new EventBatch(null);
                for (int i = 0; i < lines.size(); i++) {
                    asm.accept(lines.line(i), lines.lineNo(i), e -> b.add(e, ++seq[0]));
                }
                out.add(b);
            });
        }
        EventBatch last = new EventBatch(null);
        asm.finish(e -> last.add(e, ++seq[0]));
        out.add(last);
        for (EventBatch b : out) {
            for (SyscallEvent e : b.events()) {
                e.args(); // parsed lazily: do it here so the timed part is the actions stage
            }
        }
        return out;
    }
}
