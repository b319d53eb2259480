package io.straceflow.parse;

/**
 * A file descriptor and what -y/-yy told about it. {@code kind} is {@code file}, {@code pipe}, {@code socket},
 * {@code anon_inode}, or the decoration's own prefix; fields that do not apply are null.
 *
 * @param fd the number; {@code AT_FDCWD} is -100
 * @param sym the symbolic name when strace printed one ({@code AT_FDCWD})
 * @param decoration the text between the outer angle brackets, as printed
 */
public record FdInfo(
        long fd,
        String sym,
        String decoration,
        String kind,
        String path,
        String dev,
        String proto,
        String local,
        String peer,
        Long inode,
        String name) {

    static final long AT_FDCWD = -100;
}
