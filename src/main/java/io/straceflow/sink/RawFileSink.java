package io.straceflow.sink;

import io.straceflow.strace.LineBatch;
import io.straceflow.strace.TraceEnd;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Writes strace's lines to {@code syscalls.log} byte for byte. Flushes after every batch so a reader
 * (tail -f) sees lines as they come; closes at the end of the trace.
 */
public class RawFileSink implements Processor, Closeable {
    public static final String FILE_NAME = "syscalls.log";

    private String dir;
    private OutputStream out;
    private long lines;

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getDir() {
        return dir;
    }

    public long lines() {
        return lines;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (body instanceof LineBatch batch) {
            write(batch);
        } else if (body instanceof TraceEnd) {
            close();
        }
    }

    synchronized void write(LineBatch batch) throws IOException {
        if (out == null) {
            out = new BufferedOutputStream(OwnerOnlyFiles.createNew(Path.of(dir, FILE_NAME)), 256 * 1024);
        }
        batch.writeTo(out);
        lines += batch.size();
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (out == null && dir != null) {
            out = OwnerOnlyFiles.createNew(Path.of(dir, FILE_NAME)); // an empty trace still leaves its file
        }
        if (out != null) {
            out.close();
            out = null;
            dir = null;
        }
    }
}
