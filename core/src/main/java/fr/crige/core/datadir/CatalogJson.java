package fr.crige.core.datadir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerGroupInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.catalog.StyleInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of catalog objects in the data directory: pretty-printed, fields in declaration order, map
 * keys sorted, nulls omitted, so files diff well under version control. The owning workspace and store are
 * given by the folder a file lives in and are not repeated inside it; unknown fields are errors, so typing
 * mistakes in hand-edited files are reported instead of silently ignored.
 */
final class CatalogJson {

    private static final String WORKSPACE = "workspace";
    private static final String STORE = "store";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE))
            .build();

    byte[] write(WorkspaceInfo ws) {
        return bytes(mapper.valueToTree(ws));
    }

    byte[] write(StoreInfo store) {
        return bytes(withoutLocation(store));
    }

    byte[] write(FeatureTypeInfo ft) {
        return bytes(withoutLocation(ft));
    }

    byte[] write(LayerInfo layer) {
        return bytes(withoutLocation(layer));
    }

    byte[] write(StyleInfo style) {
        return bytes(withoutLocation(style));
    }

    byte[] write(LayerGroupInfo group) {
        return bytes(withoutLocation(group));
    }

    WorkspaceInfo readWorkspace(byte[] json) throws IOException {
        return read(json, WorkspaceInfo.class, Map.of(), List.of("name", "namespaceUri"));
    }

    StoreInfo readStore(byte[] json, String workspace) throws IOException {
        return read(json, StoreInfo.class, Map.of(WORKSPACE, workspace), List.of("name", "type", "enabled"));
    }

    FeatureTypeInfo readFeatureType(byte[] json, String workspace, String store) throws IOException {
        return read(json, FeatureTypeInfo.class, Map.of(WORKSPACE, workspace, STORE, store),
                List.of("name", "nativeName", "enabled"));
    }

    LayerInfo readLayer(byte[] json, String workspace) throws IOException {
        return read(json, LayerInfo.class, Map.of(WORKSPACE, workspace),
                List.of("name", "defaultStyle", "enabled", "queryable"));
    }

    /** @param workspace null for a global group */
    LayerGroupInfo readLayerGroup(byte[] json, String workspace) throws IOException {
        return read(json, LayerGroupInfo.class, workspace == null ? Map.of() : Map.of(WORKSPACE, workspace),
                List.of("name", "layers"));
    }

    /** @param workspace null for a global style */
    StyleInfo readStyle(byte[] json, String workspace) throws IOException {
        return read(json, StyleInfo.class, workspace == null ? Map.of() : Map.of(WORKSPACE, workspace),
                List.of("name", "filename", "format"));
    }

    private ObjectNode withoutLocation(Object value) {
        ObjectNode node = mapper.valueToTree(value);
        node.remove(WORKSPACE);
        node.remove(STORE);
        return node;
    }

    private byte[] bytes(JsonNode node) {
        try {
            return (mapper.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + node, e);
        }
    }

    /**
     * Parses a file after checking its required fields and adding the location fields taken from its folder.
     *
     * @throws IOException with a message naming the problem (syntax error with line, missing or unknown field)
     */
    private <T> T read(byte[] json, Class<T> type, Map<String, String> location, List<String> required)
            throws IOException {
        JsonNode tree = mapper.readTree(json);
        if (tree == null || tree.isMissingNode()) {
            throw new IOException("file is empty");
        }
        if (!tree.isObject()) {
            throw new IOException("expected a JSON object");
        }
        ObjectNode node = (ObjectNode) tree;
        for (String field : required) {
            if (!node.hasNonNull(field)) {
                throw new IOException("missing field '" + field + "'");
            }
        }
        for (Map.Entry<String, String> e : location.entrySet()) {
            if (node.has(e.getKey())) {
                throw new IOException("field '" + e.getKey() + "' is not allowed: the folder gives it");
            }
            node.put(e.getKey(), e.getValue());
        }
        return mapper.treeToValue(node, type);
    }
}
