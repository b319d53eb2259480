package io.straceflow.enrich;

import io.straceflow.sink.JsonFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds an enriched.jsonl payload from the event's JSON members as events.jsonl got them: copies those bytes
 * and appends {@code "process":{...}} and {@code "event_seq":N}, the same bytes {@link EnrichedJson} would
 * write, without serialising the event a second time. The process members are kept while the enricher
 * returns the same (cached, immutable) {@link ProcessInfo}. One instance per stage thread.
 */
final class EnrichedPayload {
    private static final byte[] EVENT_SEQ = ",\"event_seq\":".getBytes(StandardCharsets.US_ASCII);

    private final JsonFields json = new JsonFields();
    private byte[] buf = new byte[4096];
    private ProcessInfo processOf;
    private byte[] process;

    /** Builds the payload into {@link #buffer()} from offset 0; returns its length. */
    int build(byte[] event, int off, int len, ProcessInfo p, long eventSeq) throws IOException {
        byte[] proc = p == null ? null : processMembers(p);
        int need = len + (proc == null ? 0 : 1 + proc.length) + EVENT_SEQ.length + 20;
        if (buf.length < need) {
            buf = new byte[Math.max(need, buf.length * 2)];
        }
        System.arraycopy(event, off, buf, 0, len);
        int pos = len;
        if (proc != null) {
            buf[pos++] = ',';
            System.arraycopy(proc, 0, buf, pos, proc.length);
            pos += proc.length;
        }
        System.arraycopy(EVENT_SEQ, 0, buf, pos, EVENT_SEQ.length);
        pos += EVENT_SEQ.length;
        return putDecimal(buf, pos, eventSeq);
    }

    byte[] buffer() {
        return buf;
    }

    private byte[] processMembers(ProcessInfo p) throws IOException {
        if (p != processOf) {
            process = json.of(g -> EnrichedJson.writeProcess(p, g));
            processOf = p;
        }
        return process;
    }

    /** {@code v >= 0} in decimal, as Jackson writes a long. */
    private static int putDecimal(byte[] b, int pos, long v) {
        if (v < 0) {
            byte[] s = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(s, 0, b, pos, s.length);
            return pos + s.length;
        }
        int end = pos + digits(v);
        for (int i = end - 1; i >= pos; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return end;
    }

    private static int digits(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }
}
