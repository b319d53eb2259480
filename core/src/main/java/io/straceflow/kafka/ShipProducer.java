package io.straceflow.kafka;

import io.straceflow.hash.Stamped;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.component.kafka.KafkaProducer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The producer of the straceflow-kafka: endpoint: camel-kafka's producer (its configuration, client factory, start
 * and stop), with one more kind of body: a {@link RecordBatch}, sent a record per line straight to Kafka's producer,
 * asynchronously. The exchange completes when Kafka has reported on every record handed over; the batch then holds
 * each record's outcome, and the first failure is the exchange's exception. Any other body goes to camel-kafka as
 * usual.
 *
 * <p>Why not camel-kafka's own path (a list body, one message per record, useIterator and recordMetadata): per record
 * it looks up five headers, converts the key and the value, filters the headers through a strategy and keeps a
 * message with its metadata until the end; bench/shipper.sh measured it at 0.61-0.75 of kafka-clients alone with the
 * same settings, and the shipper built on it at 0.63-0.72. This path makes what kafka-clients needs and nothing more.
 */
final class ShipProducer extends KafkaProducer {
    ShipProducer(KafkaEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (!(exchange.getMessage().getBody() instanceof RecordBatch batch)) {
            return super.process(exchange, callback);
        }
        @SuppressWarnings("unchecked")
        Producer<Object, Object> kafka = getKafkaProducer();
        Sending sending = new Sending(batch, exchange, callback);
        try {
            for (TopicLines t : batch.lines()) {
                byte[] file = t.file();
                for (Stamped.Line line : t.lines()) {
                    if (batch.timedOut()) {
                        // the broker looks lost: the rest are not handed over, and count as not delivered
                        return sending.handedOver();
                    }
                    Header[] headers = {
                        new RecordHeader(Topics.HOST, batch.host()),
                        new RecordHeader(Topics.RUN, batch.run()),
                        new RecordHeader(Topics.STREAM, file),
                        new RecordHeader(Topics.SEQ, RecordBatch.decimal(line.index()))
                    };
                    sending.pending.incrementAndGet();
                    kafka.send(
                            new ProducerRecord<>(
                                    t.topic(), null, batch.key(), line.bytes(), new RecordHeaders(headers)),
                            sending);
                }
            }
        } catch (RuntimeException e) {
            // closed, interrupted, a serializer's error: the records from this one on were never sent; those
            // before it may still be in flight, and the batch counts whole as not delivered (KafkaDelivered)
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        return sending.handedOver();
    }

    /**
     * Kafka's callback for the records of one batch: each outcome to the batch, and the exchange completed once the
     * last record handed over has one. {@code pending} holds one more while the records are being handed over, so the
     * exchange cannot complete before the last of them is sent.
     *
     * <p>The route goes on on the thread that completes the batch, Kafka's I/O thread for the last record: what
     * follows the endpoint in route kafka is counting (kafkaDelivered, a semaphore released), microseconds per batch of
     * up to 1 000 records. Handing it to camel-kafka's worker pool, as camel-kafka does after its own callback, cost
     * ~2 % of the sink's throughput (bench/shipper.sh, 3 runs: 0.88-0.89 of kafka-clients against 0.90-0.91).
     */
    private static final class Sending implements Callback {
        final AtomicInteger pending = new AtomicInteger(1);
        private final RecordBatch batch;
        private final Exchange exchange;
        private final AsyncCallback callback;

        Sending(RecordBatch batch, Exchange exchange, AsyncCallback callback) {
            this.batch = batch;
            this.exchange = exchange;
            this.callback = callback;
        }

        @Override
        public void onCompletion(RecordMetadata meta, Exception err) {
            batch.completed(meta, err);
            if (pending.decrementAndGet() == 0) {
                finish(false);
            }
        }

        /** Every record is handed over: completes now if Kafka already reported on all of them (true), else later. */
        boolean handedOver() {
            if (pending.decrementAndGet() == 0) {
                finish(true);
                return true;
            }
            return false;
        }

        private void finish(boolean sync) {
            Exception failure = batch.failure();
            if (failure != null) {
                exchange.setException(failure);
            }
            callback.done(sync);
        }
    }
}
