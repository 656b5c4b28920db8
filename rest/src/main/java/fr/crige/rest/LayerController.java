package fr.crige.rest;

import static fr.crige.rest.PathLookups.requireWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Layers: {@code /rest/layers}, {@code /rest/layers/{ws}:{name}} and {@code /rest/workspaces/{ws}/layers}.
 * Layers are created by publishing a feature type; deleting a layer removes its feature type too, since in
 * crige a feature type is always published through exactly one layer.
 */
@RestController
public class LayerController {

    private final Catalog catalog;

    public LayerController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(path = "/rest/layers", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode list() {
        return list(catalog.layers(null));
    }

    @GetMapping(path = "/rest/workspaces/{ws}/layers", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode listInWorkspace(@PathVariable String ws) {
        requireWorkspace(catalog, ws);
        return list(catalog.layers(ws));
    }

    @GetMapping(path = "/rest/layers/{qualifiedName}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode get(@PathVariable String qualifiedName) {
        return describe(existing(qualifiedName));
    }

    @GetMapping(path = "/rest/workspaces/{ws}/layers/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode get(@PathVariable String ws, @PathVariable String name) {
        return describe(existing(ws + ":" + name));
    }

    @PutMapping(path = "/rest/layers/{qualifiedName}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode update(@PathVariable String qualifiedName, @RequestBody JsonNode body) {
        LayerInfo current = existing(qualifiedName);
        JsonNode json = Json.unwrap(body, "layer");
        String defaultStyle = current.defaultStyle();
        JsonNode style = json.get("defaultStyle");
        if (style != null && !style.isNull()) {
            defaultStyle = style.isObject() ? styleReference(style) : style.asText();
        }
        List<String> styles = current.styles();
        JsonNode others = json.get("styles");
        if (others != null && !others.isNull()) {
            JsonNode items = others.isObject() ? others.path("style") : others;
            List<String> refs = new java.util.ArrayList<>();
            for (JsonNode item : items.isArray() ? items : List.of(items)) {
                refs.add(item.isObject() ? styleReference(item) : item.asText());
            }
            styles = refs;
        }
        LayerInfo updated = new LayerInfo(current.workspace(), current.name(), defaultStyle, styles,
                Json.bool(json, "enabled", current.enabled()), Json.bool(json, "queryable", current.queryable()));
        catalog.save(updated);
        return describe(updated);
    }

    @PutMapping(path = "/rest/workspaces/{ws}/layers/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode update(@PathVariable String ws, @PathVariable String name, @RequestBody JsonNode body) {
        return update(ws + ":" + name, body);
    }

    @DeleteMapping("/rest/layers/{qualifiedName}")
    public ResponseEntity<Void> delete(@PathVariable String qualifiedName) {
        LayerInfo layer = existing(qualifiedName);
        catalog.removeFeatureType(layer.workspace(), layer.name());
        return ResponseEntity.ok().build();
    }

    @DeleteMapping("/rest/workspaces/{ws}/layers/{name}")
    public ResponseEntity<Void> delete(@PathVariable String ws, @PathVariable String name) {
        return delete(ws + ":" + name);
    }

    /** {"name": "x", "workspace": "ws"} or {"name": "ws:x"}: a workspace style only when one is named. */
    private static String styleReference(JsonNode style) {
        String name = Json.requiredText(style, "name", "style");
        String ws = Json.text(style, "workspace");
        return ws == null || name.contains(":") ? name : ws + ":" + name;
    }

    /** "ws:name", or a bare name when exactly one workspace has a layer of that name. */
    private LayerInfo existing(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        if (colon >= 0) {
            String ws = qualifiedName.substring(0, colon);
            return catalog.layer(ws, qualifiedName.substring(colon + 1))
                    .orElseThrow(() -> RestException.notFound("No layer " + qualifiedName));
        }
        List<LayerInfo> matches = catalog.layers(null).stream().filter(l -> l.name().equals(qualifiedName))
                .toList();
        if (matches.size() > 1) {
            throw RestException.badRequest("Several workspaces have a layer " + qualifiedName
                    + "; qualify it as workspace:" + qualifiedName);
        }
        return matches.stream().findFirst().orElseThrow(() -> RestException.notFound("No layer " + qualifiedName));
    }

    private static ObjectNode list(List<LayerInfo> layers) {
        Map<String, String> links = new LinkedHashMap<>();
        layers.forEach(l -> links.put(l.qualifiedName(), Links.layer(l.workspace(), l.name())));
        return Json.namedList("layers", "layer", links);
    }

    private ObjectNode describe(LayerInfo l) {
        FeatureTypeInfo ft = catalog.featureType(l.workspace(), l.name()).orElseThrow();
        return Json.wrapped("layer", o -> {
            o.put("name", l.name());
            o.put("type", "VECTOR");
            o.putObject("defaultStyle").put("name", l.defaultStyle()).put("href", Links.style(l.defaultStyle()));
            ArrayNode styles = o.putObject("styles").putArray("style");
            l.styles().forEach(s -> styles.addObject().put("name", s).put("href", Links.style(s)));
            o.putObject("resource").put("@class", "featureType").put("name", l.qualifiedName())
                    .put("href", Links.featureType(l.workspace(), ft.store(), l.name()));
            o.put("enabled", l.enabled());
            o.put("queryable", l.queryable());
        });
    }
}
