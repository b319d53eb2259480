package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class RecordBatchTest {
    private final CamelContext camel = new DefaultCamelContext();

    @Test
    void theIterationStopsAtTheFirstRecordKafkaGaveUpOnForLackOfTime() {
        Exchange batch = new DefaultExchange(camel);
        RecordBatch records = records(batch, 4);
        Iterator<Message> it = records.iterator();
        assertThat(it.next()).isSameAs(records.get(0));
        // what Kafka's callback does to the batch when a send waited out max.block.ms for metadata
        batch.setException(new TimeoutException("Topic x not present in metadata after 2000 ms."));
        assertThat(it.hasNext()).isFalse();
        assertThat(records.iterator().hasNext()).isFalse();
        // the batch itself keeps every record, for the counts
        assertThat(records).hasSize(4);
        assertThat(records.get(3).getBody()).isEqualTo("r3");
    }

    @Test
    void aTimeoutWrappedInAnotherExceptionStopsItToo() {
        Exchange batch = new DefaultExchange(camel);
        batch.setException(new IllegalStateException("send failed", new TimeoutException("expired")));
        assertThat(records(batch, 2).iterator().hasNext()).isFalse();
    }

    @Test
    void anyOtherFailureLetsTheOtherRecordsGo() {
        Exchange batch = new DefaultExchange(camel);
        RecordBatch records = records(batch, 3);
        batch.setException(new RecordTooLargeException("one record too large"));
        List<Object> handedOver = new ArrayList<>();
        records.iterator().forEachRemaining(m -> handedOver.add(m.getBody()));
        assertThat(handedOver).containsExactly("r0", "r1", "r2");
    }

    private RecordBatch records(Exchange batch, int n) {
        List<Message> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Message m = new RecordMessage(batch);
            m.setBody("r" + i);
            list.add(m);
        }
        return new RecordBatch(list, batch);
    }
}
