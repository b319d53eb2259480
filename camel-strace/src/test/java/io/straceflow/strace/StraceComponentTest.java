package io.straceflow.strace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.straceflow.testing.FixedTrace;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The {@code strace:} component on a plain CamelContext, configured by its URI alone (no TraceRequest or TraceControl
 * bean, as a user's own route would use it): each batch of lines reaches the route, then one end-of-trace exchange,
 * then the consumer stops the context.
 */
class StraceComponentTest extends CamelTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the consumer reads the whole trace as soon as it starts: each test starts its route after setting
                // its expectations
                from("strace:replay?files=" + FixedTrace.file())
                        .routeId("replay")
                        .autoStartup(false)
                        .to("direct:kind");
                from("strace:run?command=false")
                        .routeId("run")
                        .autoStartup(false)
                        .to("direct:kind");
                from("direct:kind")
                        .choice()
                        .when(header(StraceConstants.KIND).isEqualTo(StraceConstants.KIND_END))
                        .to("mock:end")
                        .otherwise()
                        .to("mock:lines");
            }
        };
    }

    @Test
    void replayDeliversEveryLineOfTheFileInBatchesThenTheEnd() throws Exception {
        MockEndpoint lines = getMockEndpoint("mock:lines");
        MockEndpoint end = getMockEndpoint("mock:end");
        lines.expectedMinimumMessageCount(2); // 85 KB: more than one 64 KiB read
        lines.allMessages().header(StraceConstants.KIND).isEqualTo(StraceConstants.KIND_LINES);
        lines.allMessages().body().isInstanceOf(LineBatch.class);
        end.expectedMessageCount(1);
        end.message(0).body().isInstanceOf(TraceEnd.class);

        context.getRouteController().startRoute("replay");

        MockEndpoint.assertIsSatisfied(WAIT.toSeconds(), TimeUnit.SECONDS, lines, end);
        List<LineBatch> batches = bodies(lines, LineBatch.class);
        assertThat(batches.stream().mapToLong(LineBatch::size).sum()).isEqualTo(FixedTrace.LINES);
        long next = 1;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (LineBatch b : batches) {
            assertThat(b.firstLineNo()).as("line numbers run on across batches").isEqualTo(next);
            next += b.size();
            b.writeTo(bytes);
        }
        assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(FixedTrace.file()));
        assertThat(end.getReceivedExchanges().get(0).getMessage().getBody(TraceEnd.class))
                .isEqualTo(new TraceEnd(0, FixedTrace.LINES, 0, null));
        // the end of the trace ends the application: the consumer stops its CamelContext
        await().atMost(WAIT).until(context::isStopped);
    }

    @Test
    void runTracesACommandGivenByTheUriAlone() throws Exception {
        MockEndpoint lines = getMockEndpoint("mock:lines");
        MockEndpoint end = getMockEndpoint("mock:end");
        lines.expectedMinimumMessageCount(1);
        end.expectedMessageCount(1);
        end.message(0).body().isInstanceOf(TraceEnd.class);

        context.getRouteController().startRoute("run");

        MockEndpoint.assertIsSatisfied(WAIT.toSeconds(), TimeUnit.SECONDS, lines, end);
        TraceEnd traced = end.getReceivedExchanges().get(0).getMessage().getBody(TraceEnd.class);
        assertThat(traced.failure()).isNull();
        assertThat(traced.exitCode())
                .as("false exits 1: the end carries the program's status")
                .isEqualTo(1);
        assertThat(traced.lines())
                .isEqualTo(bodies(lines, LineBatch.class).stream()
                        .mapToLong(LineBatch::size)
                        .sum());
        await().atMost(WAIT).until(context::isStopped);
    }

    private static <T> List<T> bodies(MockEndpoint mock, Class<T> type) {
        return mock.getReceivedExchanges().stream()
                .map(Exchange::getMessage)
                .map(m -> m.getBody(type))
                .toList();
    }
}
