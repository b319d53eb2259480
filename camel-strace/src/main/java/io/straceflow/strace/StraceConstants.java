package io.straceflow.strace;

import org.apache.camel.spi.Metadata;

/** Headers set by the strace: consumer. */
public final class StraceConstants {
    @Metadata(description = "lines for a LineBatch body, end for the final TraceEnd body", javaType = "String")
    public static final String KIND = "StraceflowKind";

    public static final String KIND_LINES = "lines";
    public static final String KIND_END = "end";

    private StraceConstants() {}
}
