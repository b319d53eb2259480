package io.straceflow.parse;

import java.math.BigInteger;
import java.util.List;

/**
 * One typed strace argument value. A small closed set so that the JSON writer and users can switch over
 * it exhaustively; anything the grammar does not cover lands in {@link Raw} instead of failing the line.
 */
public sealed interface ArgValue {

    /** An integer as printed in decimal, hex ({@code 0x..}) or octal ({@code 0644}); too wide for a long: BigInteger. */
    record Num(Number value) implements ArgValue {}

    /**
     * A quoted string. {@code raw} is the text between the quotes as strace printed it; {@code text} is the decoded
     * value when the bytes are valid UTF-8, else null and {@code hex} holds the bytes.
     */
    record Str(String raw, String text, String hex, boolean truncated, boolean escaped) implements ArgValue {
        /** True when the decoded form equals the printed form, so a plain JSON string loses nothing. */
        public boolean plain() {
            return !truncated && !escaped;
        }

        /**
         * Bytes that are no UTF-8 (a path, say), given as hex, in the form strace -x prints them (straceflow's own
         * flags): a string with a byte that is not ASCII is printed whole as {@code \xNN} escapes, so the text agrees
         * with the {@code -yy} paths of fds, which strace prints the same way. Malformed hex is kept as it is.
         */
        public static String printable(String hex) {
            if ((hex.length() & 1) != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return hex;
            }
            StringBuilder out = new StringBuilder(hex.length() * 2);
            for (int i = 0; i < hex.length(); i += 2) {
                out.append("\\x").append(hex, i, i + 2);
            }
            return out.toString();
        }
    }

    /** Symbolic constants and numbers OR-ed together ({@code O_RDONLY|O_CLOEXEC}); a lone constant is a set of one. */
    record Flags(List<ArgValue> members) implements ArgValue {}

    /** A bare identifier inside a flag set. */
    record Sym(String name) implements ArgValue {}

    /** {@code {k=v, ...}}; unnamed members get the key {@code null}. */
    record Struct(List<String> keys, List<ArgValue> values) implements ArgValue {}

    /** {@code [a, b]} or {@code [A B]}; {@code negated} for bit sets printed as {@code ~[...]}. */
    record Array(List<ArgValue> items, boolean negated) implements ArgValue {}

    /** Function-like values: {@code makedev(0xfe, 0)}, {@code htons(80)}, {@code inet_addr("127.0.0.1")}. */
    record Call(String name, List<ArgValue> args) implements ArgValue {}

    /** A top-level or array member printed as {@code name=value} (clone's {@code flags=...}). */
    record Named(String name, ArgValue value) implements ArgValue {}

    /** A value followed by a comment: {@code 1795692020 /* 2026-11-26T11:20:20+0000 *\/}; value may be null. */
    record Commented(ArgValue value, String comment) implements ArgValue {}

    /** {@code before => after}: strace shows what an in/out argument held on entry and on exit. */
    record Changed(ArgValue entry, ArgValue exit) implements ArgValue {}

    /** A file descriptor with its -y/-yy decoration, see {@link FdInfo}. */
    record Fd(FdInfo info) implements ArgValue {}

    /** Text outside the grammar (expressions like {@code 8192*1024}, nesting beyond the depth limit). */
    record Raw(String text) implements ArgValue {}

    /** {@code NULL}. */
    enum Null implements ArgValue {
        INSTANCE
    }

    /** {@code ...}: strace left members out. */
    enum Elided implements ArgValue {
        INSTANCE
    }

    static Num number(long v) {
        return new Num(v);
    }

    static Num number(BigInteger v) {
        return v.bitLength() < 64 ? new Num(v.longValue()) : new Num(v);
    }
}
