package io.straceflow.kafka;

import io.straceflow.config.Settings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The client settings the producer gets from {@code camel.component.kafka.<option>} (SASL, TLS, ...), as Kafka names
 * them, for the clients straceflow makes itself (the Admin of {@link KafkaPreflight}, the consumer of verify): a cluster
 * that wants SASL from the producer wants it from that client too. camel-kafka's own {@link KafkaConfiguration} turns
 * the options into client properties, so both read them alike (its auth-type shortcuts included).
 */
public final class KafkaClientSettings {
    static final String PREFIX = "camel.component.kafka.";
    private static final List<String> ADDITIONAL = List.of("additional-properties", "additionalproperties");

    private KafkaClientSettings() {}

    /** The Admin client's share of the producer's settings, from application.properties, -D and the environment. */
    public static Map<String, Object> admin() {
        return admin(new Settings().startingWith(PREFIX));
    }

    /**
     * The consumer's share (verify --kafka-brokers reads a run back): a cluster that wants SASL or TLS from the
     * producer wants it from the reader too.
     */
    public static Map<String, Object> consumer() {
        return consumer(new Settings().startingWith(PREFIX));
    }

    /**
     * @param options camel-kafka component options by name (kebab or camel case), values as text; those that are not
     *     text, numbers, booleans or enums (bean references) are left out
     */
    static Map<String, Object> admin(Map<String, String> options) {
        return share(options, AdminClientConfig.configNames());
    }

    static Map<String, Object> consumer(Map<String, String> options) {
        return share(options, ConsumerConfig.configNames());
    }

    /** The producer's client properties that a client with settings {@code known} has too. */
    private static Map<String, Object> share(Map<String, String> options, Set<String> known) {
        KafkaConfiguration config = new KafkaConfiguration();
        options.forEach((name, value) -> bind(config, name, value));
        Map<String, Object> client = new HashMap<>();
        config.createProducerProperties().forEach((k, v) -> {
            if (known.contains(k.toString())) {
                client.put(k.toString(), v);
            }
        });
        return client;
    }

    private static void bind(KafkaConfiguration config, String name, String value) {
        // additional-properties[sasl.login.class] (or .sasl.login.class): a Kafka client setting by its own name
        String lower = name.toLowerCase(Locale.ROOT);
        for (String form : ADDITIONAL) {
            if (lower.startsWith(form) && name.length() > form.length() + 1) {
                String rest = name.substring(form.length());
                if (rest.startsWith("[") && rest.endsWith("]")) {
                    config.getAdditionalProperties().put(rest.substring(1, rest.length() - 1), value);
                    return;
                }
                if (rest.startsWith(".")) {
                    config.getAdditionalProperties().put(rest.substring(1), value);
                    return;
                }
            }
        }
        String setter = "set" + lower.replace("-", "");
        for (Method m : KafkaConfiguration.class.getMethods()) {
            if (m.getParameterCount() == 1 && m.getName().equalsIgnoreCase(setter)) {
                try {
                    Object v = convert(value.strip(), m.getParameterTypes()[0]);
                    if (v != null) {
                        m.invoke(config, v);
                    }
                } catch (IllegalArgumentException | IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalArgumentException(PREFIX + name + ": cannot use '" + value + "'", e);
                }
                return;
            }
        }
    }

    /** A setter's argument from text; null for a type text cannot give (a bean reference). */
    private static Object convert(String value, Class<?> type) {
        if (type == String.class) {
            return value;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == double.class || type == Double.class) {
            return Double.valueOf(value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("not one of its values");
        }
        return null;
    }
}
