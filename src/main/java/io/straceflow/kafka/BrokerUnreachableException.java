package io.straceflow.kafka;

/** No Kafka broker answered within the bounded time: the run does not start. */
public final class BrokerUnreachableException extends Exception {
    private static final long serialVersionUID = 1L;

    public BrokerUnreachableException(String message) {
        super(message);
    }
}
