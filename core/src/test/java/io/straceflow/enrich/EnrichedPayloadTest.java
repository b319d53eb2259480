package io.straceflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.parse.EventBatch;
import io.straceflow.parse.EventJson;
import io.straceflow.sink.JsonFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reusing the events.jsonl bytes gives exactly the enriched record a second serialisation would. */
class EnrichedPayloadTest {
    @Test
    void sameBytesAsSerialisingTheEnrichedEventAgain() throws IOException {
        List<String> lines = io.straceflow.parse.Corpus.inputLines();
        List<Enriched> all = Enriched.replay(lines, true);
        JsonFields json = new JsonFields();
        EventBatch batch = new EventBatch(null);
        for (int i = 0; i < all.size(); i++) {
            int n = json.write(g -> EventJson.writeFields(all.get(0).event(), g)); // a longer record in between
            n = json.write(g -> EventJson.writeFields(all.get(all.size() - 1).event(), g));
            Enriched x = all.get(i);
            n = json.write(g -> EventJson.writeFields(x.event(), g));
            batch.add(x.event(), 1000L + i, json.buffer(), JsonFields.OFFSET, n);
        }
        assertThat(batch.hasFields()).isTrue();
        EnrichedPayload payload = new EnrichedPayload();
        int withProcess = 0;
        for (int i = 0; i < all.size(); i++) {
            Enriched x = all.get(i);
            int n = payload.build(batch.fields(), batch.fieldsStart(i), batch.fieldsLength(i), x.process(), 1000L + i);
            String expected = EnrichedJson.toJson(x.event(), x.process());
            expected = expected.substring(0, expected.length() - 1) + ",\"event_seq\":" + (1000L + i) + "}";
            assertThat("{" + new String(payload.buffer(), 0, n, StandardCharsets.UTF_8) + "}")
                    .isEqualTo(expected);
            withProcess += x.process() != null ? 1 : 0;
        }
        assertThat(all).hasSizeGreaterThan(20);
        assertThat(withProcess).isGreaterThan(10);
    }
}
