package io.straceflow.kafka;

import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.component.kafka.KafkaProducer;

/** A camel-kafka endpoint whose producer also sends a {@link RecordBatch} ({@link ShipProducer}). */
final class ShipEndpoint extends KafkaEndpoint {
    ShipEndpoint(String uri, ShipComponent component) {
        super(uri, component);
    }

    @Override
    protected KafkaProducer createProducer(KafkaEndpoint endpoint) {
        return new ShipProducer(endpoint);
    }
}
