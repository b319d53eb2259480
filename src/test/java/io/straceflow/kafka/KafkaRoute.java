package io.straceflow.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** A CamelContext running just the application's kafka route (routes/kafka.yaml), for the shipper's tests and bench. */
final class KafkaRoute {
    private KafkaRoute() {}

    /**
     * Started, with application.properties' Kafka settings pointed at {@code brokers} and {@code prefix};
     * {@code -Dstraceflow.kafka.*} system properties override them.
     */
    static CamelContext start(String brokers, String prefix) throws Exception {
        return start(brokers, prefix, Map.of());
    }

    /** As {@link #start(String, String)}, with some settings of the test's own (e.g. short timeouts). */
    static CamelContext start(String brokers, String prefix, Map<String, String> settings) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setLocation("classpath:application.properties");
        Properties p = new Properties();
        p.put(KafkaSettings.TIMEOUT, "20000");
        p.put("straceflow.kafka.request-timeout-ms", "10000");
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("straceflow.kafka."))
                .forEach(k -> p.put(k, System.getProperty(k)));
        p.put(KafkaSettings.BROKERS, brokers);
        p.put(KafkaSettings.PREFIX, prefix);
        p.putAll(settings);
        camel.getPropertiesComponent().setOverrideProperties(p);
        // the file's routes that feed the shipper (kafka-ship, kafka-drain) need a bean of that name; these tests hand
        // lines to their own shipper directly
        camel.getRegistry().bind("kafkaShipper", new KafkaShipper(prefix, "test", "unused", 1_000));
        PluginHelper.getRoutesLoader(camel)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/kafka.yaml"));
        camel.start();
        return camel;
    }
}
