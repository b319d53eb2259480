package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.hash.Stamped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The straceflow-kafka: producer's hand-over of a {@link RecordBatch}, record by record, against kafka-clients'
 * MockProducer, which answers for each record when the test says (a real broker is in KafkaRoutesTest): what each
 * record carries, when the exchange completes, and what a failure or a timeout does to the records after it.
 */
class ShipProducerTest {
    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    @Test
    void eachLineIsARecordOfItsTopicKeyedByTheRunWithItsHeaders() throws Exception {
        Kafka kafka = new Kafka(-1);
        Sent sent = send(kafka, batch(3));
        List<ProducerRecord<Object, Object>> records = kafka.history();
        assertThat(records).hasSize(3);
        for (int i = 0; i < 3; i++) {
            ProducerRecord<Object, Object> r = records.get(i);
            assertThat(r.topic()).isEqualTo("p.events");
            assertThat(r.key()).isEqualTo("run-1");
            assertThat(new String((byte[]) r.value(), StandardCharsets.UTF_8)).isEqualTo("line " + (10 + i) + "\n");
            assertThat(header(r, Topics.STREAM)).isEqualTo("events.jsonl");
            assertThat(header(r, Topics.SEQ)).isEqualTo(Integer.toString(10 + i));
            assertThat(header(r, Topics.RUN)).isEqualTo("run-1");
            assertThat(header(r, Topics.HOST)).isEqualTo("höst");
            assertThat(r.headers().toArray()).hasSize(4);
        }
        assertThat(sent.sync).isFalse();
        assertThat(sent.done.get()).isNull(); // nothing answered yet: the exchange waits
        kafka.completeNext();
        kafka.completeNext();
        assertThat(sent.done.get()).isNull();
        kafka.completeNext();
        assertThat(sent.done.get()).isFalse(); // completed, asynchronously
        assertThat(sent.exchange.getException()).isNull();
        assertThat(sent.batch.complete()).isTrue();
        assertThat(sent.batch.delivered()).isEqualTo(3);
    }

    @Test
    void aRecordRefusedIsCountedAloneAndTheOthersGo() throws Exception {
        Kafka kafka = new Kafka(-1);
        Sent sent = send(kafka, batch(3));
        kafka.completeNext();
        kafka.errorNext(new RecordTooLargeException("one record too large"));
        kafka.completeNext();
        assertThat(kafka.history()).hasSize(3);
        assertThat(sent.done.get()).isFalse();
        assertThat(sent.exchange.getException()).isInstanceOf(RecordTooLargeException.class);
        assertThat(sent.batch.complete()).isTrue();
        assertThat(sent.batch.delivered()).isEqualTo(2);
        assertThat(sent.batch.timedOut()).isFalse();
    }

    @Test
    void onceKafkaGivesUpForLackOfTimeTheRestIsNotHandedOver() throws Exception {
        Kafka kafka = new Kafka(1); // the second send waits out max.block.ms for metadata, as when the broker is lost
        Sent sent = send(kafka, batch(4));
        assertThat(kafka.history()).hasSize(1); // the first; the second failed in send(); the last two never went
        assertThat(sent.done.get()).isNull(); // the first is still in flight
        kafka.completeNext();
        assertThat(sent.done.get()).isFalse();
        assertThat(sent.exchange.getException()).isInstanceOf(TimeoutException.class);
        assertThat(sent.batch.timedOut()).isTrue();
        assertThat(sent.batch.complete()).isFalse(); // two records have no outcome: the batch counts whole as lost
    }

    @Test
    void aSendThatThrowsEndsTheExchangeAtOnce() throws Exception {
        Kafka kafka = new Kafka(-1);
        kafka.sendException = new IllegalStateException("Cannot send after the producer is closed.");
        Sent sent = send(kafka, batch(2));
        assertThat(sent.sync).isTrue();
        assertThat(sent.done.get()).isTrue();
        assertThat(sent.exchange.getException()).hasMessageContaining("producer is closed");
        assertThat(sent.batch.complete()).isFalse();
    }

    @Test
    void theEndpointStartsFromTheKafkaComponentsSettingsAndTakesCamelKafkasOptions() throws Exception {
        // what camel.component.kafka.* sets (SASL, TLS, ...): users and the check at start set them there
        KafkaComponent kafka = camel.getComponent("kafka", KafkaComponent.class);
        kafka.getConfiguration().setSecurityProtocol("SASL_SSL");
        kafka.getConfiguration().setSaslMechanism("SCRAM-SHA-512");
        ShipEndpoint e = camel.getEndpoint(
                "straceflow-kafka:p.events?brokers=127.0.0.1:1&lingerMs=7&saslMechanism=PLAIN", ShipEndpoint.class);
        assertThat(e.getConfiguration().getSecurityProtocol()).isEqualTo("SASL_SSL");
        assertThat(e.getConfiguration().getSaslMechanism()).isEqualTo("PLAIN"); // the endpoint's own wins
        assertThat(e.getConfiguration().getBrokers()).isEqualTo("127.0.0.1:1");
        assertThat(e.getConfiguration().getLingerMs()).isEqualTo(7);
        assertThat(e.getConfiguration().getTopic()).isEqualTo("p.events");
        assertThat(kafka.getConfiguration().getSaslMechanism()).isEqualTo("SCRAM-SHA-512"); // a copy was changed
        assertThat(e.createProducer()).isInstanceOf(ShipProducer.class);
    }

    /** kafka-clients' MockProducer, answering for each record when told, but failing send number {@code timeoutAt} as
     *  KafkaProducer does when the metadata wait times out: the callback first, then a failed future. */
    private static final class Kafka extends MockProducer<Object, Object> {
        private final int timeoutAt;
        private int sends;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Kafka(int timeoutAt) {
            super(
                    false,
                    (org.apache.kafka.common.serialization.Serializer) new StringSerializer(),
                    (org.apache.kafka.common.serialization.Serializer) new ByteArraySerializer());
            this.timeoutAt = timeoutAt;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<Object, Object> record, Callback callback) {
            if (sends++ == timeoutAt) {
                TimeoutException e = new TimeoutException("Topic p.events not present in metadata after 2000 ms.");
                callback.onCompletion(null, e);
                return CompletableFuture.failedFuture(e);
            }
            return super.send(record, callback);
        }
    }

    private record Sent(RecordBatch batch, Exchange exchange, boolean sync, AtomicReference<Boolean> done) {}

    private Sent send(Kafka kafka, RecordBatch batch) throws Exception {
        ShipProducer producer = (ShipProducer) camel.getEndpoint("straceflow-kafka:p.events?brokers=127.0.0.1:1")
                .createProducer();
        producer.setKafkaProducer(kafka);
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(batch);
        AtomicReference<Boolean> done = new AtomicReference<>();
        boolean sync = producer.process(exchange, done::set);
        return new Sent(batch, exchange, sync, done);
    }

    private static RecordBatch batch(int n) {
        List<Stamped.Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new Stamped.Line(
                    "events.jsonl", 10 + i, ("line " + (10 + i) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        TopicLines t = new TopicLines("p.events", "events.jsonl".getBytes(StandardCharsets.UTF_8), lines);
        return new RecordBatch(
                List.of(t), "run-1", "höst".getBytes(StandardCharsets.UTF_8), "run-1".getBytes(StandardCharsets.UTF_8));
    }

    private static String header(ProducerRecord<Object, Object> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
