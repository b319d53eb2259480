package io.straceflow.chain;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An append-only file created new with owner-only permissions, with its own buffer so the writer decides when bytes
 * reach the file. {@code before}, if set, is drained first whenever this file drains: a chain sidecar must never be
 * ahead of the data it covers, or a crash would look like a truncated data file.
 */
final class OutputFile implements Closeable {
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final OutputFile before;

    private OutputFile(FileChannel channel, int bufferSize, OutputFile before) {
        this.channel = channel;
        this.buffer = ByteBuffer.allocate(bufferSize);
        this.before = before;
    }

    static OutputFile createNew(Path file, int bufferSize, OutputFile before) throws IOException {
        FileChannel ch;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> ownerOnly =
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            ch = FileChannel.open(
                    file,
                    new java.util.HashSet<>(java.util.List.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)),
                    ownerOnly);
        } else {
            ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        return new OutputFile(ch, bufferSize, before);
    }

    void write(byte[] b, int off, int len) throws IOException {
        if (len > buffer.remaining()) {
            flush();
            if (len > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(b, off, len));
                return;
            }
        }
        buffer.put(b, off, len);
    }

    void write(byte b) throws IOException {
        if (!buffer.hasRemaining()) {
            flush();
        }
        buffer.put(b);
    }

    /** Hands buffered bytes to the OS (survives kill -9, not power loss). */
    void flush() throws IOException {
        if (before != null) {
            before.flush();
        }
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    /** Flushes and forces the bytes to the device (survives power loss). */
    void sync() throws IOException {
        flush();
        channel.force(false);
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
        }
    }
}
