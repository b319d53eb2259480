package io.straceflow.summary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;

/** An argument value read from a line of enriched.jsonl: the {@link ArgNode} view of a Jackson tree node. */
final class JsonArg implements ArgNode {
    private final JsonNode node;

    private JsonArg(JsonNode node) {
        this.node = node;
    }

    static ArgNode of(JsonNode node) {
        return node == null || node.isMissingNode() ? MISSING : new JsonArg(node);
    }

    @Override
    public Kind kind() {
        if (node.isObject()) {
            return Kind.OBJECT;
        }
        if (node.isArray()) {
            return Kind.ARRAY;
        }
        if (node.isTextual()) {
            return Kind.TEXT;
        }
        if (node.isNumber()) {
            return Kind.NUMBER;
        }
        if (node.isBoolean()) {
            return Kind.BOOLEAN;
        }
        return Kind.NULL; // null, and what an event never holds (binary, POJO)
    }

    @Override
    public boolean isIntegralNumber() {
        return node.isIntegralNumber();
    }

    @Override
    public String asText() {
        return node.asText();
    }

    @Override
    public ArgNode path(String field) {
        return of(node.path(field));
    }

    @Override
    public ArgNode path(int index) {
        return of(node.path(index));
    }

    @Override
    public boolean has(String field) {
        return node.has(field);
    }

    @Override
    public int size() {
        return node.size();
    }

    @Override
    public Iterable<Map.Entry<String, ArgNode>> fields() {
        return () -> ArgNode.mapped(
                node.fields(), f -> new AbstractMap.SimpleImmutableEntry<>(f.getKey(), of(f.getValue())));
    }

    @Override
    public Iterator<ArgNode> iterator() {
        return ArgNode.mapped(node.elements(), JsonArg::of);
    }
}
