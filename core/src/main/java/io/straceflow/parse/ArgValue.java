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
     * value when the bytes are valid UTF-8, else null and {@code hex} holds the bytes. Decoded on first use: the
     * events' JSON is written from the printed form where it can be ({@link StraceJson}), and nothing else reads the
     * text of most escaped strings (a read or write's data). Equal when printed alike.
     */
    final class Str implements ArgValue {
        private final String raw;
        private final boolean truncated;
        private final boolean escaped;
        /** text and hex once decoded: one object with final fields, so another thread sees both or decodes again */
        private StraceString.Decoded decoded;

        Str(String raw, boolean truncated, boolean escaped) {
            this.raw = raw;
            this.truncated = truncated;
            this.escaped = escaped;
        }

        public String raw() {
            return raw;
        }

        public boolean truncated() {
            return truncated;
        }

        /** Whether the printed form differs from the text: escapes, or characters beyond ASCII. */
        public boolean escaped() {
            return escaped;
        }

        public String text() {
            return decoded().text();
        }

        public String hex() {
            return decoded().hex();
        }

        private StraceString.Decoded decoded() {
            StraceString.Decoded d = decoded;
            if (d == null) {
                d = StraceString.decoded(raw, escaped);
                decoded = d;
            }
            return d;
        }

        /** True when the decoded form equals the printed form, so a plain JSON string loses nothing. */
        public boolean plain() {
            return !truncated && !escaped;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && raw.equals(s.raw) && truncated == s.truncated && escaped == s.escaped;
        }

        @Override
        public int hashCode() {
            return raw.hashCode() * 31 + (truncated ? 2 : 0) + (escaped ? 1 : 0);
        }

        @Override
        public String toString() {
            return "Str[raw=" + raw + ", text=" + text() + ", hex=" + hex() + ", truncated=" + truncated + ", escaped="
                    + escaped + "]";
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
