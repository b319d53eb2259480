package io.straceflow.strace.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.straceflow.testing.FixedTrace;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * The camel-strace artifact alone, as another Camel application uses it: a plain {@link DefaultCamelContext}, the
 * README's route (FailedCalls) from {@code strace:replay} to a mock endpoint, nothing of straceflow's pipeline on the
 * class path (this module depends on camel-support only).
 */
class StraceOnItsOwnTest {
    @Test
    void theFailedCallsOfASavedTraceReachTheEndpointInOrder() throws Exception {
        List<String> failed = Files.readAllLines(FixedTrace.file()).stream()
                .filter(l -> l.contains(" = -1 E"))
                .toList();
        assertThat(failed).as("the fixture has failed calls").hasSizeGreaterThan(10);

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new FailedCalls(FixedTrace.file(), "mock:failed"));
            MockEndpoint mock = camel.getEndpoint("mock:failed", MockEndpoint.class);
            camel.start();
            // the end of the trace stops the context, after every line went through the route
            await().atMost(Duration.ofSeconds(60)).until(camel::isStopped);

            assertThat(mock.getReceivedExchanges().stream()
                            .map(Exchange::getMessage)
                            .map(m -> m.getBody(String.class))
                            .toList())
                    .containsExactlyElementsOf(failed);
        }
    }
}
