package io.straceflow.sink;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * Turns an {@link Error} thrown by a step of a route (out of memory, a stack overflow, in a stage or a user's route)
 * into the exchange's failure, as an exception would be. Camel lets an Error through: on the downstream queue's
 * thread it killed the consumer, the route's doCatch never ran, and the reading thread waited for ever on the end of
 * the trace. Now the run fails with the Error named in its one line (exit 70). Bound as a bean in routes/trace.yaml;
 * camel-main and Camel Quarkus wrap every step of every route with it.
 */
public class ErrorsAsFailures implements InterceptStrategy {
    @Override
    public Processor wrapProcessorInInterceptors(
            CamelContext context, NamedNode definition, Processor target, Processor nextTarget) {
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                try {
                    return processor.process(exchange, callback);
                } catch (Error e) {
                    exchange.setException(new IllegalStateException(e.toString(), e));
                    callback.done(true);
                    return true;
                }
            }
        };
    }
}
