package io.straceflow.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;

/**
 * Which message headers of a shipped line become Kafka record headers: exactly the {@code straceflow.*} ones (the
 * shipper's messages carry nothing else but camel-kafka's own {@code kafka.*} instructions). Set on the endpoint in
 * routes/kafka.yaml. camel-kafka's default strategy decides the same for these headers, but lower-cases each name
 * and matches several prefixes, per header of every record: a tenth of the sending thread's time here.
 */
public final class RecordHeaderFilter implements HeaderFilterStrategy {
    private static final String PREFIX = "straceflow.";

    /** {@code true} = not propagated. */
    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        return !name.startsWith(PREFIX);
    }

    /** The route only produces; headers read back from Kafka are not filtered. */
    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        return false;
    }
}
