package io.straceflow.strace;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/** The {@code strace:} component: {@code strace:run}, {@code strace:attach}, {@code strace:replay}. */
@Component("strace")
public class StraceComponent extends DefaultComponent {
    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        StraceEndpoint endpoint = new StraceEndpoint(uri, this);
        endpoint.setMode(remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
