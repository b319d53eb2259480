package io.straceflow.aggregate;

import java.util.concurrent.locks.ReentrantLock;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;

/**
 * Sends completed actions (and finally the end exchange) to the output one at a time. The aggregator completes
 * groups on the caller thread (new event, end of trace) and on its timeout checker thread; the actions writer keeps a
 * hash chain, so calls must not overlap. The lock is fair: a caller that closed a group by pre-completion queues
 * before the checker can time out the group that followed it (at least window + grace later), so actions of one key
 * keep their order.
 */
public final class OrderedDelivery implements Processor, CamelContextAware, AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock(true);
    private CamelContext camelContext;
    private String uri = "direct:actions-out";
    private ProducerTemplate template;
    private Endpoint endpoint;

    public void setUri(String uri) {
        this.uri = uri;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void process(Exchange exchange) {
        lock.lock();
        try {
            if (template == null) {
                template = camelContext.createProducerTemplate();
                // resolved once: by URI, every send normalises and looks the endpoint up again
                endpoint = camelContext.getEndpoint(uri);
            }
            template.send(endpoint, exchange);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws Exception {
        lock.lock();
        try {
            if (template != null) {
                template.close();
                template = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
