package io.straceflow.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import io.straceflow.parse.EventJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * One argument value of an event as its JSON has it (docs/events.md, "Argument values"), read the same way from a
 * line of enriched.jsonl ({@link JsonEvent}) and from the pipeline's typed arguments ({@link TypedArg}), so the
 * summary of a run and the summary read back from its files are one computation. The calls mean what Jackson's
 * {@code JsonNode} calls of the same names mean; a member or element that is not there is {@link #MISSING}.
 */
interface ArgNode extends Iterable<ArgNode> {
    /** Neither a member nor an element: every question about it answers no (its text is empty). */
    ArgNode MISSING = new ArgNode() {
        @Override
        public Kind kind() {
            return Kind.MISSING;
        }
    };

    /** What a value is in JSON. */
    enum Kind {
        OBJECT,
        ARRAY,
        TEXT,
        NUMBER,
        BOOLEAN,
        NULL,
        MISSING
    }

    Kind kind();

    /** A string's text, a number's digits, {@code true}/{@code false}, {@code null}; empty for objects and arrays. */
    default String asText() {
        return "";
    }

    /** An object's member (MISSING when absent or when this is no object). */
    default ArgNode path(String field) {
        return MISSING;
    }

    /** An array's element (MISSING when out of range or when this is no array). */
    default ArgNode path(int index) {
        return MISSING;
    }

    /** Elements of an array, or members of an object; none for the rest. */
    default int size() {
        return 0;
    }

    /** An object's members by name, in order; empty for the rest. */
    default Iterable<Map.Entry<String, ArgNode>> fields() {
        return Collections.emptyList();
    }

    /** The values of an array or of an object's members, in order; none for the rest. */
    @Override
    default Iterator<ArgNode> iterator() {
        return Collections.emptyIterator();
    }

    default boolean has(String field) {
        return path(field).kind() != Kind.MISSING;
    }

    default boolean isObject() {
        return kind() == Kind.OBJECT;
    }

    default boolean isArray() {
        return kind() == Kind.ARRAY;
    }

    default boolean isTextual() {
        return kind() == Kind.TEXT;
    }

    default boolean isNumber() {
        return kind() == Kind.NUMBER;
    }

    /** A number without a fraction (every number of the events is one). */
    default boolean isIntegralNumber() {
        return isNumber();
    }

    /** The value as compact JSON, as the event has it. */
    default String json() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EventJson.FACTORY.createGenerator(w)) {
            write(this, g);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return w.toString();
    }

    /** {@code it}'s items as {@code f} makes them, one at a time. */
    static <T, R> Iterator<R> mapped(Iterator<T> it, Function<? super T, ? extends R> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public R next() {
                return f.apply(it.next());
            }
        };
    }

    private static void write(ArgNode n, JsonGenerator g) throws IOException {
        switch (n.kind()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, ArgNode> f : n.fields()) {
                    g.writeFieldName(f.getKey());
                    write(f.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (ArgNode e : n) {
                    write(e, g);
                }
                g.writeEndArray();
            }
            case TEXT -> g.writeString(n.asText());
            case NUMBER -> g.writeNumber(n.asText()); // digits as they are: a long or wider
            case BOOLEAN -> g.writeBoolean(Boolean.parseBoolean(n.asText()));
            case NULL, MISSING -> g.writeNull();
        }
    }
}
