package io.straceflow.chain;

/**
 * One checkpoint of one stream: after {@code size} records the chain head was {@code head} and epoch {@code epoch}
 * ended. {@code note} is the (optionally signed) note text also appended to the stream's {@code .ckpt} file;
 * {@code line} is the chained control record written into the stream. Ship both off-host to detect truncation.
 */
public record Checkpoint(
        String stream,
        String origin,
        long size,
        byte[] head,
        long epoch,
        long timeMillis,
        boolean last,
        String note,
        byte[] line) {}
