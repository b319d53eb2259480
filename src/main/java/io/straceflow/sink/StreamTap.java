package io.straceflow.sink;

import io.straceflow.chain.Checkpoint;
import io.straceflow.chain.RecordLineListener;

/**
 * Sees every line of every stream as it is written (records, the chain's control lines, checkpoints), in file order
 * per stream: a second sink such as Kafka ships the exact bytes of the files, which stay the outbox.
 */
public interface StreamTap extends RecordLineListener {
    /** No second sink: the writers copy nothing for it. */
    StreamTap NONE = new StreamTap() {
        @Override
        public void record(String stream, byte[] line, byte[] raw) {}

        @Override
        public void control(String stream, byte[] line) {}

        @Override
        public void checkpoint(Checkpoint checkpoint) {}
    };

    /** A line the chain writes on its own (open, ckpt, close records; the raw sidecar's). */
    void control(String stream, byte[] line);

    /** A checkpoint of one stream, once its note is on disk. */
    void checkpoint(Checkpoint checkpoint);

    /** Called after every stream is sealed: deliver what is still pending (bounded wait). */
    default void drain() {}
}
