package io.straceflow.kafka;

/**
 * Kafka cannot take the run's records: no broker answered within the bounded time, or the run's topics cannot be
 * created or made ready. The run does not start; the message is one line for the user.
 */
public final class KafkaUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public KafkaUnavailableException(String message) {
        super(message);
    }
}
