package fr.crige.rest;

import static fr.crige.rest.PathLookups.requireWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.AttributeInfo;
import fr.crige.core.catalog.BoundingBox;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.FeatureTypeBuilder;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.crs.CrsService;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreManager;
import fr.crige.core.store.UnknownTypeException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feature types: {@code /rest/workspaces/{ws}/datastores/{ds}/featuretypes} and the workspace-wide list
 * {@code /rest/workspaces/{ws}/featuretypes}. Publishing a native type reads its schema and extent from the
 * store and creates its layer, with a default style chosen by geometry kind among the global styles
 * "point", "line", "polygon" and "generic".
 */
@RestController
public class FeatureTypeController {

    private static final String BASE = "/rest/workspaces/{ws}/datastores/{ds}/featuretypes";

    private final Catalog catalog;
    private final StoreManager stores;
    private final CrsService crs;

    public FeatureTypeController(Catalog catalog, StoreManager stores, CrsService crs) {
        this.catalog = catalog;
        this.stores = stores;
        this.crs = crs;
    }

    @GetMapping(path = "/rest/workspaces/{ws}/featuretypes", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode listInWorkspace(@PathVariable String ws) {
        requireWorkspace(catalog, ws);
        Map<String, String> links = new LinkedHashMap<>();
        catalog.featureTypes(ws).forEach(f -> links.put(f.name(), Links.featureType(ws, f.store(), f.name())));
        return Json.namedList("featureTypes", "featureType", links);
    }

    /** Published types, or with {@code list=available} the native types of the store not yet published. */
    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode list(@PathVariable String ws, @PathVariable String ds,
            @RequestParam(required = false) String list) {
        StoreInfo store = store(ws, ds);
        if ("available".equalsIgnoreCase(list)) {
            Set<String> published = catalog.featureTypes(ws, ds).stream().map(FeatureTypeInfo::nativeName)
                    .collect(Collectors.toSet());
            List<String> available = stores.get(ws, store.name()).typeNames().stream()
                    .filter(n -> !published.contains(n)).sorted().toList();
            ObjectNode root = Json.NODES.objectNode();
            root.set("list", Json.list("string", available));
            return root;
        }
        if (list != null && !"configured".equalsIgnoreCase(list)) {
            throw RestException.badRequest("list must be 'configured' or 'available'");
        }
        Map<String, String> links = new LinkedHashMap<>();
        catalog.featureTypes(ws, ds).forEach(f -> links.put(f.name(), Links.featureType(ws, ds, f.name())));
        return Json.namedList("featureTypes", "featureType", links);
    }

    @GetMapping(path = BASE + "/{ft}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode get(@PathVariable String ws, @PathVariable String ds, @PathVariable String ft) {
        return describe(existing(ws, ds, ft));
    }

    @PostMapping(path = BASE, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> publish(@PathVariable String ws, @PathVariable String ds,
            @RequestBody JsonNode body) {
        store(ws, ds);
        JsonNode json = Json.unwrap(body, "featureType");
        String name = Json.requiredText(json, "name", "featureType");
        String nativeName = Json.text(json, "nativeName");
        if (nativeName == null) {
            nativeName = name;
        }
        if (catalog.featureType(ws, name).isPresent()) {
            throw new CatalogException(CatalogException.Kind.DUPLICATE,
                    "Feature type " + ws + ":" + name + " already exists");
        }
        DataStore data = stores.get(ws, ds);
        FeatureTypeBuilder builder = new FeatureTypeBuilder(crs).workspace(ws).store(ds).name(name)
                .nativeName(nativeName).title(Json.text(json, "title")).abstractText(Json.text(json, "abstract"))
                .keywords(Json.stringList(json, "keywords", "string")).srs(Json.text(json, "srs"))
                .enabled(Json.bool(json, "enabled", true));
        FeatureTypeInfo ft;
        try {
            ft = builder.build(data);
        } catch (UnknownTypeException e) {
            throw RestException.badRequest("Store " + ws + ":" + ds + " has no type '" + nativeName
                    + "'; see ?list=available");
        }
        GeometryKind kind = data.schema(nativeName).defaultGeometry().map(AttributeDescriptor::geometryKind)
                .orElse(null);
        catalog.add(ft, new LayerInfo(ws, name, defaultStyle(kind), List.of(), true, true));
        return ResponseEntity.created(URI.create(Links.featureType(ws, ds, name))).body(describe(ft));
    }

    /**
     * Changes the descriptive fields. A new declared SRS, or {@code recalculate=true}, reads the schema and
     * extents from the store again.
     */
    @PutMapping(path = BASE + "/{ft}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode update(@PathVariable String ws, @PathVariable String ds, @PathVariable String ft,
            @RequestBody JsonNode body, @RequestParam(defaultValue = "false") boolean recalculate) {
        FeatureTypeInfo current = existing(ws, ds, ft);
        JsonNode json = Json.unwrap(body, "featureType");
        String name = Json.text(json, "name");
        if (name != null && !name.equals(ft)) {
            throw RestException.badRequest("Feature types cannot be renamed (" + ft + " -> " + name + ")");
        }
        String srs = Json.text(json, "srs");
        List<String> keywords = Json.stringList(json, "keywords", "string");
        String title = json.has("title") ? Json.text(json, "title") : current.title();
        String abstractText = json.has("abstract") ? Json.text(json, "abstract") : current.abstractText();
        boolean enabled = Json.bool(json, "enabled", current.enabled());
        FeatureTypeInfo updated;
        if (recalculate || (srs != null && !crs.decode(srs).code().equals(current.srs()))) {
            updated = new FeatureTypeBuilder(crs).from(current).title(title).abstractText(abstractText)
                    .keywords(keywords != null ? keywords : current.keywords())
                    .srs(srs != null ? srs : current.srs()).enabled(enabled).build(stores.get(ws, ds));
        } else {
            updated = new FeatureTypeInfo(ws, ds, ft, current.nativeName(), title, abstractText,
                    keywords != null ? keywords : current.keywords(), current.nativeCrs(), current.srs(),
                    current.nativeBoundingBox(), current.latLonBoundingBox(), current.attributes(), enabled);
        }
        catalog.save(updated);
        return describe(updated);
    }

    /** Removes the feature type and its layer. */
    @DeleteMapping(BASE + "/{ft}")
    public ResponseEntity<Void> delete(@PathVariable String ws, @PathVariable String ds, @PathVariable String ft) {
        existing(ws, ds, ft);
        catalog.removeFeatureType(ws, ft);
        return ResponseEntity.ok().build();
    }

    private String defaultStyle(GeometryKind kind) {
        String preferred = kind == null ? "generic" : switch (kind) {
            case POINT, MULTIPOINT -> "point";
            case LINESTRING, MULTILINESTRING -> "line";
            case POLYGON, MULTIPOLYGON -> "polygon";
            default -> "generic";
        };
        for (String candidate : List.of(preferred, "generic")) {
            if (catalog.style(null, candidate).isPresent()) {
                return candidate;
            }
        }
        throw RestException.badRequest("No global style '" + preferred + "' or 'generic' to use as default style;"
                + " create one first");
    }

    private StoreInfo store(String ws, String ds) {
        requireWorkspace(catalog, ws);
        return catalog.store(ws, ds).orElseThrow(() -> RestException.notFound("No store " + ws + ":" + ds));
    }

    private FeatureTypeInfo existing(String ws, String ds, String ft) {
        store(ws, ds);
        return catalog.featureType(ws, ft).filter(f -> f.store().equals(ds))
                .orElseThrow(() -> RestException.notFound("No feature type " + ft + " in store " + ws + ":" + ds));
    }

    static ObjectNode describe(FeatureTypeInfo f) {
        return Json.wrapped("featureType", o -> {
            o.put("name", f.name());
            o.put("nativeName", f.nativeName());
            o.putObject("namespace").put("name", f.workspace()).put("href", Links.workspace(f.workspace()));
            o.put("title", f.title());
            if (f.abstractText() != null) {
                o.put("abstract", f.abstractText());
            }
            o.set("keywords", Json.list("string", f.keywords()));
            o.put("nativeCRS", f.nativeCrs());
            o.put("srs", f.srs());
            bbox(o, "nativeBoundingBox", f.nativeBoundingBox());
            bbox(o, "latLonBoundingBox", f.latLonBoundingBox());
            o.put("enabled", f.enabled());
            o.putObject("store").put("@class", "dataStore").put("name", f.workspace() + ":" + f.store())
                    .put("href", Links.dataStore(f.workspace(), f.store()));
            ArrayNode attributes = o.putObject("attributes").putArray("attribute");
            f.attributes().forEach(a -> attribute(attributes.addObject(), a));
        });
    }

    private static void bbox(ObjectNode o, String field, BoundingBox b) {
        if (b != null) {
            o.putObject(field).put("minx", b.minx()).put("maxx", b.maxx()).put("miny", b.miny())
                    .put("maxy", b.maxy()).put("crs", b.crs());
        }
    }

    private static void attribute(ObjectNode o, AttributeInfo a) {
        o.put("name", a.name());
        o.put("minOccurs", a.nullable() ? 0 : 1);
        o.put("maxOccurs", 1);
        o.put("nillable", a.nullable());
        // GeoServer clients expect the Java class of the values
        o.put("binding", a.geometry() != null ? "org.locationtech.jts.geom." + a.geometry()
                : AttributeType.valueOf(a.type()).javaType().getName());
        if (a.length() != null) {
            o.put("length", a.length());
        }
        if (a.geometry() != null) {
            o.put("geometry", a.geometry());
        }
    }
}
