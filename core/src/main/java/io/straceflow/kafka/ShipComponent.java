package io.straceflow.kafka;

import java.util.Map;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.spi.annotations.Component;

/**
 * The straceflow-kafka: component (routes/kafka.yaml): camel-kafka's component, whose endpoints take every option of
 * camel-kafka's (their configurers are camel-kafka's, named in META-INF/services/org/apache/camel/configurer) and
 * whose producer also sends the shipper's {@link RecordBatch} a record per line ({@link ShipProducer}).
 *
 * <p>The component-wide settings are the kafka component's, {@code camel.component.kafka.*} (SASL, TLS, ...): users
 * set them there, the check at start reads them there ({@link KafkaClientSettings}), and each endpoint made here
 * starts from a copy of them, as a kafka: endpoint would.
 */
@Component("straceflow-kafka") // the name Camel resolves the configurers by
public final class ShipComponent extends KafkaComponent {
    @Override
    protected KafkaEndpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters)
            throws Exception {
        KafkaComponent kafka = getCamelContext().getComponent("kafka", KafkaComponent.class);
        setConfiguration(kafka.getConfiguration());
        setUseGlobalSslContextParameters(kafka.isUseGlobalSslContextParameters());
        setKafkaClientFactory(kafka.getKafkaClientFactory());
        // camel-kafka configures an endpoint of its own class (from a copy of the configuration); ours takes it over
        KafkaEndpoint configured = super.createEndpoint(uri, remaining, parameters);
        ShipEndpoint endpoint = new ShipEndpoint(uri, this);
        endpoint.setConfiguration(configured.getConfiguration());
        endpoint.setKafkaClientFactory(configured.getKafkaClientFactory());
        endpoint.setLazyStartProducer(configured.isLazyStartProducer());
        return endpoint;
    }
}
