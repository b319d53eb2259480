package io.straceflow.kafka;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultMessage;

/**
 * One Kafka record as an element of the list body that camel-kafka sends one record each ({@link KafkaRecords}): a
 * message, not an exchange, and with plain headers.
 *
 * <p>Why: up to 20 000 records wait for their acknowledgement at once, so what a record costs stays in the heap
 * until then. An exchange per record (its extension, its property maps) and Camel's case-insensitive header map
 * (a TreeMap comparing keys without case) made the records the biggest part of the Kafka route's allocation and of
 * what survived young collections. The header names here are camel-kafka's constants and ours, always spelled the
 * same, so an exact-case map loses nothing; and a record has six, so two small arrays hold them ({@link
 * FewHeaders}).
 *
 * <p>The message belongs to the batch's exchange: camel-kafka marks a record that failed by setting its exception
 * on the message's exchange, and each record's own outcome is its record metadata header ({@link KafkaDelivered}).
 */
final class RecordMessage extends DefaultMessage {
    RecordMessage(Exchange batch) {
        super(batch);
    }

    @Override
    protected Map<String, Object> createHeaders() {
        return new FewHeaders();
    }
}
