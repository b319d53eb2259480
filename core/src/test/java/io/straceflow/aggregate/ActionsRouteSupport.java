package io.straceflow.aggregate;

import io.straceflow.parse.EventType;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.strace.StraceConstants;
import io.straceflow.strace.TraceEnd;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * Runs routes/actions.yaml as the pipeline will, with a collector on direct:actions-out that records every body
 * (actions and the end) in arrival order.
 */
abstract class ActionsRouteSupport extends CamelTestSupport {
    final List<Object> out = Collections.synchronizedList(new ArrayList<>());

    /** Overrides for the route's properties (straceflow.window, straceflow.actions.*). */
    Properties properties() {
        return new Properties();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().setOverrideProperties(properties());
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        Collection<RoutesBuilder> yaml = PluginHelper.getRoutesLoader(context)
                .findRoutesBuilders(ResourceHelper.resolveMandatoryResource(context, "classpath:routes/actions.yaml"));
        List<RoutesBuilder> all = new ArrayList<>(yaml);
        all.add(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:actions-out")
                        .routeId("collector")
                        .process(e -> out.add(e.getIn().getBody()));
            }
        });
        return all.toArray(RoutesBuilder[]::new);
    }

    void feed(List<SyscallEvent> events) {
        long seq = 0;
        for (SyscallEvent e : events) {
            send(e, ++seq);
        }
    }

    void send(SyscallEvent e, long seq) {
        template.sendBodyAndHeader("direct:actions", e, ActionHeaders.SEQ, seq);
    }

    void end() {
        template.sendBodyAndHeader(
                "direct:actions", new TraceEnd(0, 0, 0, null), StraceConstants.KIND, StraceConstants.KIND_END);
    }

    List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        synchronized (out) {
            for (Object o : out) {
                if (o instanceof Action a) {
                    actions.add(a);
                }
            }
        }
        return actions;
    }

    /** Canonical order: the emission order across keys depends on timing, the content must not. */
    List<String> canonical() {
        return actions().stream()
                .sorted(Comparator.comparingLong(Action::firstSeq))
                .map(ActionJson::toJson)
                .toList();
    }

    static long classified(List<SyscallEvent> events) {
        return events.stream()
                .filter(e -> e.type() == EventType.SYSCALL
                        || e.type() == EventType.SIGNAL
                        || e.type() == EventType.EXIT
                        || e.type() == EventType.KILLED)
                .count();
    }

    static Properties props(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return p;
    }
}
