package io.straceflow.kafka;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** One broker for every test class of the surefire JVM: kept in the root store, stopped when the JVM's tests end. */
public final class SharedKafkaBroker implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.GLOBAL;

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot()
                .getStore(NS)
                .getOrComputeIfAbsent(Holder.class, k -> new Holder(KafkaBroker.start()), Holder.class)
                .broker;
    }

    /** Closed by JUnit with the root context. */
    private record Holder(KafkaBroker broker) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            broker.close();
        }
    }
}
