package io.straceflow.summary;

import io.straceflow.parse.ArgValue;
import io.straceflow.parse.FdInfo;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The {@link ArgNode} view of the pipeline's typed arguments ({@link ArgValue}): the shapes the events' JSON gives
 * them (the parse package's ArgJson writes them; docs/events.md), without writing or parsing any JSON. A container's
 * members are wrapped when they are asked for.
 */
final class TypedArg {
    private static final ArgNode NULL = new Scalar(ArgNode.Kind.NULL, "null");
    private static final ArgNode TRUE = new Scalar(ArgNode.Kind.BOOLEAN, "true");

    private TypedArg() {}

    /** A list of arguments, as the event's {@code args} array. */
    static ArgNode list(List<ArgValue> values) {
        return new Arr(values);
    }

    /** One value, as ArgJson writes it. */
    static ArgNode of(ArgValue v) {
        if (v == null || v == ArgValue.Null.INSTANCE) {
            return NULL;
        }
        if (v instanceof ArgValue.Num n) {
            return new Num(n.value());
        }
        if (v instanceof ArgValue.Str s) {
            return s.plain() ? text(s.raw()) : string(s);
        }
        if (v instanceof ArgValue.Sym s) {
            return text(s.name());
        }
        if (v instanceof ArgValue.Fd f) {
            return fd(f.info());
        }
        if (v instanceof ArgValue.Flags f) {
            return new One("flags", new Arr(f.members()));
        }
        if (v instanceof ArgValue.Struct s) {
            return new StructNode(s);
        }
        if (v instanceof ArgValue.Array a) {
            return a.negated() ? new One("not", new Arr(a.items())) : new Arr(a.items());
        }
        if (v instanceof ArgValue.Call c) {
            return new Obj().put("call", text(c.name())).put("args", new Arr(c.args()));
        }
        if (v instanceof ArgValue.Named n) {
            return new One(n.name(), n.value());
        }
        if (v instanceof ArgValue.Commented c) {
            Obj o = new Obj();
            if (c.value() != null) {
                o.put("value", c.value());
            }
            return o.put("comment", text(c.comment()));
        }
        if (v instanceof ArgValue.Changed c) {
            return new Obj().put("entry", c.entry()).put("exit", c.exit());
        }
        if (v instanceof ArgValue.Raw r) {
            return new One("raw", text(r.text()));
        }
        if (v == ArgValue.Elided.INSTANCE) {
            return new One("elided", TRUE);
        }
        return NULL;
    }

    /** An fd ({@code {"fd":3,"kind":"file","path":"/etc/x"}}): an argument's, or the fd a call returned. */
    static ArgNode fd(FdInfo f) {
        return f == null ? ArgNode.MISSING : new FdNode(f);
    }

    /** A string that is not plain: its decoded text (or hex bytes) and whether it was cut. */
    private static ArgNode string(ArgValue.Str s) {
        Obj o = new Obj();
        if (s.text() != null) {
            o.put("str", text(s.text()));
        } else {
            o.put("hex", text(s.hex()));
        }
        if (s.truncated()) {
            o.put("truncated", TRUE);
        }
        return o;
    }

    /**
     * A struct's members under the names ArgJson gives them: unnamed ones {@code _i} (or {@code ...}), repeats {@code
     * name#i}.
     */
    private static Obj struct(ArgValue.Struct s) {
        Obj o = new Obj();
        List<String> keys = s.keys();
        Set<String> seen = keys.size() > 8 ? new HashSet<>() : null;
        for (int i = 0; i < keys.size(); i++) {
            ArgValue value = s.values().get(i);
            String key = keys.get(i);
            if (key == null) {
                key = value == ArgValue.Elided.INSTANCE ? "..." : "_" + i;
            }
            if (seen != null ? !seen.add(key) : keys.subList(0, i).contains(key)) {
                key = key + "#" + i;
            }
            if (value == ArgValue.Elided.INSTANCE) {
                o.put(key, TRUE);
            } else {
                o.put(key, value);
            }
        }
        return o;
    }

    private static ArgNode text(String s) {
        return s == null ? NULL : new Scalar(ArgNode.Kind.TEXT, s);
    }

    private static ArgNode number(long n) {
        return new Num(n);
    }

    /**
     * An fd's members as ArgJson writes them ({@code fd}, then those set of {@code sym kind path dev proto local peer
     * inode name}): the summary asks an fd for a member or two, so one is made only when asked for.
     */
    private record FdNode(FdInfo f) implements ObjectNode {

        @Override
        public ArgNode path(String field) {
            return switch (field) {
                case "fd" -> number(f.fd());
                case "sym" -> ifSet(f.sym());
                case "kind" -> ifSet(f.kind());
                case "path" -> ifSet(f.path());
                case "dev" -> ifSet(f.dev());
                case "proto" -> ifSet(f.proto());
                case "local" -> ifSet(f.local());
                case "peer" -> ifSet(f.peer());
                case "inode" -> f.inode() == null ? MISSING : number(f.inode());
                case "name" -> ifSet(f.name());
                default -> MISSING;
            };
        }

        private static ArgNode ifSet(String value) {
            return value == null ? MISSING : text(value);
        }

        @Override
        public boolean has(String field) { // asked of every fd, often: without making the member
            return switch (field) {
                case "fd" -> true;
                case "sym" -> f.sym() != null;
                case "kind" -> f.kind() != null;
                case "path" -> f.path() != null;
                case "dev" -> f.dev() != null;
                case "proto" -> f.proto() != null;
                case "local" -> f.local() != null;
                case "peer" -> f.peer() != null;
                case "inode" -> f.inode() != null;
                case "name" -> f.name() != null;
                default -> false;
            };
        }

        /** All its members, in order. */
        private Obj members() {
            Obj o = new Obj();
            for (String name : List.of("fd", "sym", "kind", "path", "dev", "proto", "local", "peer", "inode", "name")) {
                ArgNode v = path(name);
                if (v != MISSING) {
                    o.put(name, v);
                }
            }
            return o;
        }

        @Override
        public int size() {
            return members().size();
        }

        @Override
        public Iterable<Map.Entry<String, ArgNode>> fields() {
            return members().fields();
        }

        @Override
        public Iterator<ArgNode> iterator() {
            return members().iterator();
        }
    }

    /** An object. */
    private interface ObjectNode extends ArgNode {
        @Override
        default Kind kind() {
            return Kind.OBJECT;
        }
    }

    /** A number; its digits are written out only when asked for. */
    private record Num(Number value) implements ArgNode {
        @Override
        public Kind kind() {
            return Kind.NUMBER;
        }

        @Override
        public String asText() {
            return value instanceof BigInteger b ? b.toString() : Long.toString(value.longValue());
        }
    }

    /** An object of one member: flags ({@code flags}), a negated set ({@code not}), a named value, raw text, ... */
    private record One(String name, Object value) implements ObjectNode {
        @Override
        public ArgNode path(String field) {
            return name.equals(field) ? Obj.node(value) : MISSING;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public Iterable<Map.Entry<String, ArgNode>> fields() {
            return List.of(Map.entry(name, Obj.node(value)));
        }

        @Override
        public Iterator<ArgNode> iterator() {
            return List.of(Obj.node(value)).iterator();
        }
    }

    /**
     * A struct: a member asked for by a plain name (what strace prints: no {@code _i}, {@code ...} or {@code name#i}
     * that ArgJson makes up) is the first with that name, found without building the object; the rest asks {@link
     * #struct} for the members under ArgJson's names.
     */
    private record StructNode(ArgValue.Struct s) implements ObjectNode {
        @Override
        public ArgNode path(String field) {
            if (field.startsWith("_") || field.equals("...") || field.indexOf('#') >= 0) {
                return struct(s).path(field);
            }
            int i = s.keys().indexOf(field);
            if (i < 0) {
                return MISSING;
            }
            ArgValue value = s.values().get(i);
            return value == ArgValue.Elided.INSTANCE ? TRUE : of(value);
        }

        @Override
        public int size() {
            return s.keys().size();
        }

        @Override
        public Iterable<Map.Entry<String, ArgNode>> fields() {
            return struct(s).fields();
        }

        @Override
        public Iterator<ArgNode> iterator() {
            return struct(s).iterator();
        }
    }

    /** A string, a boolean or null. */
    private record Scalar(Kind kind, String asText) implements ArgNode {}

    /** An array of typed values. */
    private record Arr(List<ArgValue> items) implements ArgNode {
        @Override
        public Kind kind() {
            return Kind.ARRAY;
        }

        @Override
        public ArgNode path(int index) {
            return index >= 0 && index < items.size() ? of(items.get(index)) : MISSING;
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public Iterator<ArgNode> iterator() {
            return new Iterator<>() { // by index: the summary walks every event's arguments
                private int i;

                @Override
                public boolean hasNext() {
                    return i < items.size();
                }

                @Override
                public ArgNode next() {
                    if (i >= items.size()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return of(items.get(i++));
                }
            };
        }
    }

    /** An object: members in order, each a typed value (wrapped when asked for) or a node made for it. */
    private static final class Obj implements ObjectNode {
        private final List<String> names = new ArrayList<>(4);
        private final List<Object> values = new ArrayList<>(4);

        Obj put(String name, ArgValue value) {
            names.add(name);
            values.add(value);
            return this;
        }

        Obj put(String name, ArgNode value) {
            names.add(name);
            values.add(value);
            return this;
        }

        static ArgNode node(Object value) {
            return value instanceof ArgNode n ? n : of((ArgValue) value);
        }

        @Override
        public ArgNode path(String field) {
            int i = names.indexOf(field);
            return i < 0 ? MISSING : node(values.get(i));
        }

        @Override
        public boolean has(String field) {
            return names.contains(field);
        }

        @Override
        public int size() {
            return names.size();
        }

        @Override
        public Iterable<Map.Entry<String, ArgNode>> fields() {
            return () -> ArgNode.mapped(
                    IntStream.range(0, names.size()).iterator(),
                    i -> new AbstractMap.SimpleImmutableEntry<>(names.get(i), node(values.get(i))));
        }

        @Override
        public Iterator<ArgNode> iterator() {
            return ArgNode.mapped(values.iterator(), Obj::node);
        }
    }
}
