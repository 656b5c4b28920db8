package fr.crige.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reading and writing the GeoServer-style JSON shapes of the API: an object wrapped in its kind
 * ({@code {"workspace": {...}}}), lists as {@code {"string": [..]}}, maps as
 * {@code {"entry": [{"@key": k, "$": v}]}}. Readers also accept the plain JSON forms (arrays, objects), which
 * are what people write by hand.
 */
final class Json {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /** The object wrapped under {@code kind}, e.g. the value of "workspace". */
    static JsonNode unwrap(JsonNode body, String kind) {
        if (body == null || !body.isObject()) {
            throw RestException.badRequest("Expected a JSON object {\"" + kind + "\": {...}}");
        }
        JsonNode inner = body.get(kind);
        if (inner == null || !inner.isObject()) {
            throw RestException.badRequest("Expected a JSON object {\"" + kind + "\": {...}}");
        }
        return inner;
    }

    /** A text field, or null when absent. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw RestException.badRequest("Field '" + field + "' must be a string");
        }
        return v.asText();
    }

    static String requiredText(JsonNode node, String field, String kind) {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            throw RestException.badRequest("Field '" + field + "' of " + kind + " is required");
        }
        return v;
    }

    /** A boolean field, or the default when absent. */
    static boolean bool(JsonNode node, String field, boolean absent) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        throw RestException.badRequest("Field '" + field + "' must be true or false");
    }

    /** A list given as {@code {"<item>": [..]}}, {@code {"<item>": "x"}} or a plain array of strings. */
    static List<String> stringList(JsonNode node, String field, String item) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        JsonNode values = v.isObject() ? v.get(item) : v;
        List<String> result = new ArrayList<>();
        if (values == null || values.isNull()) {
            return result;
        }
        if (values.isValueNode()) {
            result.add(values.asText());
        } else if (values.isArray()) {
            values.forEach(x -> result.add(x.isObject() && x.has("name") ? x.get("name").asText() : x.asText()));
        } else {
            throw RestException.badRequest("Field '" + field + "' must be a list");
        }
        return result;
    }

    /** A map given as {@code {"entry": [{"@key": k, "$": v}]}} or as a plain JSON object. */
    static Map<String, String> map(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw RestException.badRequest("Field '" + field + "' must be an object");
        }
        Map<String, String> result = new LinkedHashMap<>();
        JsonNode entries = v.get("entry");
        if (entries != null && (entries.isArray() || entries.isObject()) && v.size() == 1) {
            for (JsonNode e : entries.isArray() ? entries : List.of(entries)) {
                String key = e.path("@key").asText(null);
                if (key == null) {
                    throw RestException.badRequest("Each entry of '" + field + "' needs an \"@key\"");
                }
                JsonNode value = e.get("$");
                result.put(key, value == null || value.isNull() ? null : value.asText());
            }
            return result;
        }
        v.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw RestException.badRequest("Value of '" + e.getKey() + "' in '" + field + "' must be a string");
            }
            result.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
        });
        return result;
    }

    /** {@code {"entry": [{"@key": k, "$": v}]}} with keys sorted. */
    static ObjectNode entries(Map<String, String> map) {
        ObjectNode node = NODES.objectNode();
        var array = node.putArray("entry");
        new java.util.TreeMap<>(map).forEach((k, v) -> array.addObject().put("@key", k).put("$", v));
        return node;
    }

    /** {@code {"<item>": [..]}}. */
    static ObjectNode list(String item, List<String> values) {
        ObjectNode node = NODES.objectNode();
        var array = node.putArray(item);
        values.forEach(array::add);
        return node;
    }

    /** {@code {"<kind>": {...}}}, filled by the given code. */
    static ObjectNode wrapped(String kind, Consumer<ObjectNode> fill) {
        ObjectNode root = NODES.objectNode();
        fill.accept(root.putObject(kind));
        return root;
    }

    /** {@code {"<plural>": {"<kind>": [{"name": .., "href": ..}]}}}. */
    static ObjectNode namedList(String plural, String kind, Map<String, String> hrefByName) {
        ObjectNode root = NODES.objectNode();
        var array = root.putObject(plural).putArray(kind);
        hrefByName.forEach((name, href) -> array.addObject().put("name", name).put("href", href));
        return root;
    }
}
