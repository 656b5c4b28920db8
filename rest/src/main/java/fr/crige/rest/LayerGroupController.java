package fr.crige.rest;

import static fr.crige.rest.PathLookups.requireWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.LayerGroupInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Layer groups: {@code /rest/layergroups} (global groups) and {@code /rest/workspaces/{ws}/layergroups}.
 *
 * <p>The JSON is GeoServer's: {@code {"layerGroup": {"name", "mode", "title", "abstractTxt",
 * "publishables": {"published": [{"@type": "layer", "name": "ws:roads"}, ...]},
 * "styles": {"style": [{"name": "line"}, ""]}}}}, so scripts written for GeoServer work; a plain
 * {@code "layers": ["ws:roads", ...]} and {@code "styles": ["line", ""]} are accepted too. Members are drawn
 * in the order given, the first at the bottom.
 */
@RestController
public class LayerGroupController {

    private final Catalog catalog;

    public LayerGroupController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(path = "/rest/layergroups", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode list() {
        return list(catalog.layerGroups(null));
    }

    @GetMapping(path = "/rest/workspaces/{ws}/layergroups", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode listInWorkspace(@PathVariable String ws) {
        return list(catalog.layerGroups(existingWorkspace(ws)));
    }

    @GetMapping(path = "/rest/layergroups/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode get(@PathVariable String name) {
        return describe(existing(null, name));
    }

    @GetMapping(path = "/rest/workspaces/{ws}/layergroups/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode get(@PathVariable String ws, @PathVariable String name) {
        return describe(existing(existingWorkspace(ws), name));
    }

    @PostMapping(path = "/rest/layergroups", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
        return create(null, body);
    }

    @PostMapping(path = "/rest/workspaces/{ws}/layergroups", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> createInWorkspace(@PathVariable String ws, @RequestBody JsonNode body) {
        return create(existingWorkspace(ws), body);
    }

    @PutMapping(path = "/rest/layergroups/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode update(@PathVariable String name, @RequestBody JsonNode body) {
        return update(null, name, body);
    }

    @PutMapping(path = "/rest/workspaces/{ws}/layergroups/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode updateInWorkspace(@PathVariable String ws, @PathVariable String name,
            @RequestBody JsonNode body) {
        return update(existingWorkspace(ws), name, body);
    }

    @DeleteMapping("/rest/layergroups/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        catalog.removeLayerGroup(null, existing(null, name).name());
        return ResponseEntity.ok().build();
    }

    @DeleteMapping("/rest/workspaces/{ws}/layergroups/{name}")
    public ResponseEntity<Void> delete(@PathVariable String ws, @PathVariable String name) {
        catalog.removeLayerGroup(ws, existing(existingWorkspace(ws), name).name());
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<ObjectNode> create(String workspace, JsonNode body) {
        JsonNode json = Json.unwrap(body, "layerGroup");
        LayerGroupInfo group = read(workspace, Json.requiredText(json, "name", "layerGroup"), json, null);
        catalog.add(group);
        return ResponseEntity.created(URI.create(Links.layerGroup(workspace, group.name()))).body(describe(group));
    }

    private ObjectNode update(String workspace, String name, JsonNode body) {
        LayerGroupInfo current = existing(workspace, name);
        JsonNode json = Json.unwrap(body, "layerGroup");
        String renamed = Json.text(json, "name");
        if (renamed != null && !renamed.equals(name)) {
            throw RestException.badRequest("Layer group " + name + " cannot be renamed to " + renamed);
        }
        LayerGroupInfo updated = read(workspace, name, json, current);
        catalog.save(updated);
        return describe(updated);
    }

    /** The group described by {@code json}; fields it leaves out keep their value in {@code current}. */
    private static LayerGroupInfo read(String workspace, String name, JsonNode json, LayerGroupInfo current) {
        String title = json.has("title") ? Json.text(json, "title") : current == null ? null : current.title();
        String abstractField = json.has("abstractTxt") ? "abstractTxt" : "abstract";
        String abstractText = json.has(abstractField) ? Json.text(json, abstractField)
                : current == null ? null : current.abstractText();
        LayerGroupInfo.Mode mode = json.has("mode") ? mode(Json.text(json, "mode"))
                : current == null ? LayerGroupInfo.Mode.NAMED : current.mode();
        List<String> layers = members(json);
        if (layers == null) {
            if (current == null) {
                throw RestException.badRequest("Field 'publishables' (or 'layers') of layerGroup is required");
            }
            layers = current.layers();
        }
        List<String> styles = styles(json);
        if (styles == null) {
            styles = current != null && layers.equals(current.layers()) ? current.styles() : List.of();
        }
        return new LayerGroupInfo(workspace, name, title, abstractText, mode, layers, styles);
    }

    private static LayerGroupInfo.Mode mode(String text) {
        try {
            return LayerGroupInfo.Mode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RestException.badRequest("Field 'mode' must be one of SINGLE, NAMED, CONTAINER");
        }
    }

    /** Members from {@code publishables.published} (GeoServer) or {@code layers}; null when absent. */
    private static List<String> members(JsonNode json) {
        Iterable<JsonNode> published = items(json, "publishables", "published");
        if (published == null) {
            return Json.stringList(json, "layers", "layer");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : published) {
            names.add(item.isObject() ? Json.requiredText(item, "name", "published") : item.asText());
        }
        return names;
    }

    /** Styles from {@code styles.style} or a plain array; "" or null items mean the member's default. */
    private static List<String> styles(JsonNode json) {
        Iterable<JsonNode> items = items(json, "styles", "style");
        if (items == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : items) {
            String style = item.isObject() ? Json.text(item, "name") : item.isNull() ? null : item.asText();
            String ws = item.isObject() ? Json.text(item, "workspace") : null;
            result.add(style == null || ws == null || style.contains(":") ? style : ws + ":" + style);
        }
        return result;
    }

    /**
     * The items of a list in GeoServer's shapes, {@code {"<item>": [...]}}, {@code {"<item>": {...}}} (one item)
     * or a plain array; null when the field is absent.
     */
    private static Iterable<JsonNode> items(JsonNode json, String field, String item) {
        JsonNode list = json.get(field);
        if (list == null || list.isNull()) {
            return null;
        }
        JsonNode items = list.isObject() ? list.get(item) : list;
        return items == null ? List.of() : items.isArray() ? items : List.of(items);
    }

    private String existingWorkspace(String ws) {
        requireWorkspace(catalog, ws);
        return ws;
    }

    private LayerGroupInfo existing(String workspace, String name) {
        return catalog.layerGroup(workspace, name).orElseThrow(() -> RestException.notFound(
                "No layer group " + (workspace == null ? name : workspace + ":" + name)));
    }

    private static ObjectNode list(List<LayerGroupInfo> groups) {
        Map<String, String> links = new LinkedHashMap<>();
        groups.forEach(g -> links.put(g.name(), Links.layerGroup(g.workspace(), g.name())));
        return Json.namedList("layerGroups", "layerGroup", links);
    }

    private ObjectNode describe(LayerGroupInfo g) {
        return Json.wrapped("layerGroup", o -> {
            o.put("name", g.name());
            o.put("mode", g.mode().name());
            if (g.title() != null) {
                o.put("title", g.title());
            }
            if (g.abstractText() != null) {
                o.put("abstractTxt", g.abstractText());
            }
            if (g.workspace() != null) {
                o.putObject("workspace").put("name", g.workspace());
            }
            ArrayNode published = o.putObject("publishables").putArray("published");
            ArrayNode styles = o.putObject("styles").putArray("style");
            for (int i = 0; i < g.layers().size(); i++) {
                String member = g.layers().get(i);
                int colon = member.indexOf(':');
                String ws = colon < 0 ? null : member.substring(0, colon);
                String local = member.substring(colon + 1);
                boolean isGroup = catalog.layerGroup(ws, local).isPresent();
                published.addObject().put("@type", isGroup ? "layerGroup" : "layer").put("name", member)
                        .put("href", isGroup ? Links.layerGroup(ws, local) : Links.layer(ws, local));
                String style = g.styleOf(i);
                if (style == null) {
                    styles.add("");
                } else {
                    styles.addObject().put("name", style).put("href", Links.style(style));
                }
            }
        });
    }
}
