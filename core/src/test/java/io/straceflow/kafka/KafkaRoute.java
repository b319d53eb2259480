package io.straceflow.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/** A CamelContext running just the application's Kafka routes (routes/kafka.yaml), for their tests and bench. */
final class KafkaRoute {
    private KafkaRoute() {}

    /**
     * Started, with application.properties' Kafka settings pointed at {@code brokers} and {@code prefix};
     * {@code -Dstraceflow.kafka.*} system properties override them.
     */
    static CamelContext start(String brokers, KafkaShipper shipper, String prefix) throws Exception {
        return start(brokers, shipper, prefix, Map.of());
    }

    /** As {@link #start(String, String)}, with some settings of the test's own (e.g. short timeouts). */
    static CamelContext start(String brokers, KafkaShipper shipper, String prefix, Map<String, String> settings)
            throws Exception {
        CamelContext camel = load(brokers, shipper, prefix, settings);
        camel.start();
        shipper.start(camel);
        return camel;
    }

    /** As {@link #start(String, KafkaShipper, String, Map)}, not started yet (a test may advise a route first). */
    static CamelContext load(String brokers, KafkaShipper shipper, String prefix, Map<String, String> settings)
            throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setLocation("classpath:" + io.straceflow.config.Settings.DEFAULTS);
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
        shipper.bindTo(camel.getRegistry()::bind);
        PluginHelper.getRoutesLoader(camel)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/kafka.yaml"));
        return camel;
    }
}
