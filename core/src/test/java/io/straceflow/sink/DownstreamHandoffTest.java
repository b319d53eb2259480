package io.straceflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** A failure on the downstream thread reaches the reading thread as one message, and nothing else is printed. */
class DownstreamHandoffTest {
    @Test
    void aDownstreamFailureIsKeptForTheReadingThreadWithoutAStackTraceOnStderr() throws Exception {
        DownstreamHandoff handoff = new DownstreamHandoff();
        handoff.setStats(new RunStats());
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (CamelContext context = new DefaultCamelContext()) {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            handoff.check(); // nothing failed yet
            Exchange first = new DefaultExchange(context);
            first.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("planted enrich failure"));
            handoff.record(first);
            Exchange second = new DefaultExchange(context);
            second.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("a later one"));
            handoff.record(second);
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThatThrownBy(handoff::check)
                .hasMessage("the enrich or actions stage failed: planted enrich failure"); // the first one
    }
}
