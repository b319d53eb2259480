package io.straceflow.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.component.kafka.DefaultKafkaClientFactory;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * camel-kafka's client factory, keeping the producer it made so the shipper can read the producer's own metrics
 * (Kafka counts the sends it retried, {@code record-retry-total}, which camel-kafka does not pass on) and have it
 * learn every topic at the start. Set on the endpoint in routes/kafka.yaml; one endpoint, one producer.
 */
public final class MeteredClientFactory extends DefaultKafkaClientFactory {
    private volatile Producer<?, ?> producer;

    @Override
    @SuppressWarnings("rawtypes")
    public Producer getProducer(Properties props) {
        Producer<?, ?> p = super.getProducer(props);
        producer = p;
        return p;
    }

    /**
     * Has the producer fetch the topics' metadata now, while the broker answers: a send to a topic the producer has
     * no metadata for waits up to the timeout for it, record after record, if the broker is lost by then (the
     * checkpoints topic is first written at the end of a run). A topic that does not answer is left to the first
     * send, as without this.
     */
    void knowTopics(String... topics) {
        Producer<?, ?> p = producer;
        for (String t : topics) {
            try {
                if (p != null) {
                    p.partitionsFor(t);
                }
            } catch (RuntimeException notNow) {
                // the first send asks again
            }
        }
    }

    /** Record sends the producer retried so far; 0 before it exists. */
    long retries() {
        Producer<?, ?> p = producer;
        if (p == null) {
            return 0;
        }
        for (Map.Entry<MetricName, ? extends Metric> m : p.metrics().entrySet()) {
            if (m.getKey().name().equals("record-retry-total")
                    && m.getKey().group().equals("producer-metrics")
                    && m.getValue().metricValue() instanceof Number n) {
                return n.longValue();
            }
        }
        return 0;
    }
}
