package io.straceflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FewHeadersTest {
    @Test
    void behavesAsAMapOfItsHeaders() {
        Map<String, Object> h = new FewHeaders();
        Map<String, Object> expected = new HashMap<>();
        for (int i = 0; i < 20; i++) { // past the first arrays' size
            assertThat(h.put("h" + i, i)).isNull();
            expected.put("h" + i, i);
        }
        assertThat(h.put("h3", "three")).isEqualTo(3);
        expected.put("h3", "three");
        assertThat(h.remove("h0")).isEqualTo(0);
        assertThat(h.remove("h19")).isEqualTo(19);
        assertThat(h.remove("nope")).isNull();
        expected.remove("h0");
        expected.remove("h19");
        assertThat(h).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(18);
        assertThat(h.get("h3")).isEqualTo("three");
        assertThat(h.get("H3")).isNull(); // exact names
        assertThat(h.containsKey("h18")).isTrue();
        assertThat(h.containsKey("h0")).isFalse();
        assertThatThrownBy(() -> h.put(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void itsEntriesWriteThroughAndCanBeRemovedWhileIterating() {
        Map<String, Object> h = new FewHeaders();
        h.put("a", 1);
        h.put("b", 2);
        h.put("c", 3);
        Iterator<Map.Entry<String, Object>> it = h.entrySet().iterator();
        assertThatThrownBy(it::remove).isInstanceOf(IllegalStateException.class);
        it.next().setValue(10);
        assertThat(it.next().getKey()).isEqualTo("b");
        it.remove();
        assertThat(it.next().getKey()).isEqualTo("c");
        assertThat(it.hasNext()).isFalse();
        assertThat(h).containsExactly(Map.entry("a", 10), Map.entry("c", 3));
        h.clear();
        assertThat(h).isEmpty();
        assertThat(h.get("a")).isNull();
    }

    @Test
    void aLineIndexIsItsDecimalDigits() {
        for (long n : new long[] {0, 7, 9, 10, 99, 100, 317_543, Long.MAX_VALUE}) {
            assertThat(new String(KafkaRecords.decimal(n), StandardCharsets.US_ASCII))
                    .isEqualTo(Long.toString(n));
        }
    }
}
