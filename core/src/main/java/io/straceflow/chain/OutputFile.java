package io.straceflow.chain;

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
 * ahead of the data it covers, or a crash would look like a truncated data file. The files of one writer share a
 * {@link WriteFault}: once a write of any of them failed (a full disk), none is written again.
 */
final class OutputFile implements ChainOutput {
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final OutputFile before;
    private final WriteFault fault;
    /** Between a flush's flip and clear: still true after a write that failed half-way. */
    private boolean draining;

    private OutputFile(Path file, FileChannel channel, int bufferSize, OutputFile before, WriteFault fault) {
        this.file = file;
        this.channel = channel;
        this.buffer = ByteBuffer.allocate(bufferSize);
        this.before = before;
        this.fault = fault;
    }

    static OutputFile createNew(Path file, int bufferSize, OutputFile before, WriteFault fault) throws IOException {
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
        return new OutputFile(file, ch, bufferSize, before, fault);
    }

    WriteFault fault() {
        return fault;
    }

    @Override
    public IOException failure() {
        return fault.get();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        fault.check();
        if (len > buffer.remaining()) {
            flush();
            if (len > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(b, off, len));
                return;
            }
        }
        buffer.put(b, off, len);
    }

    @Override
    public void write(byte b) throws IOException {
        fault.check();
        if (!buffer.hasRemaining()) {
            flush();
        }
        buffer.put(b);
    }

    /** Hands buffered bytes to the OS (survives kill -9, not power loss). */
    @Override
    public void flush() throws IOException {
        fault.check();
        if (before != null) {
            before.flush();
        }
        buffer.flip();
        draining = true;
        writeFully(buffer);
        buffer.clear();
        draining = false;
    }

    /**
     * How many bytes equal to {@code value} have not reached the file: those buffered, or those a failed write left
     * behind (it may have written a part of the buffer). Scans the buffer: for after a failure, or when it is empty.
     */
    int notWritten(byte value) {
        int n = 0;
        for (int i = draining ? buffer.position() : 0; i < (draining ? buffer.limit() : buffer.position()); i++) {
            n += buffer.get(i) == value ? 1 : 0;
        }
        return n;
    }

    /** Flushes and forces the bytes to the device (survives power loss). */
    @Override
    public void sync() throws IOException {
        flush();
        force();
    }

    /**
     * Forces the bytes already handed to the OS to the device, without touching the buffer: another thread may call
     * it while the writer goes on writing (FileChannel allows a force beside a write).
     */
    void force() throws IOException {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw fault.record(file, e);
        }
    }

    private void writeFully(ByteBuffer b) throws IOException {
        try {
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            throw fault.record(file, e);
        }
    }

    /** Flushes and closes; after a failed write it only closes (the failure was thrown to the writer already). */
    @Override
    public void close() throws IOException {
        try {
            if (fault.get() == null) {
                flush();
            }
        } finally {
            channel.close();
        }
    }
}
