package fr.crige.rest;

import static fr.crige.rest.PathLookups.requireWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreFactory;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreManager;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data stores: {@code /rest/workspaces/{ws}/datastores}. A new or changed store is opened and pinged before
 * anything is saved, so the catalog never holds a store that could not be reached when it was configured.
 * Clear-text secrets in connection parameters are moved to the data directory's secret file and answered
 * as references.
 */
@RestController
@RequestMapping(path = "/rest/workspaces/{ws}/datastores", produces = MediaType.APPLICATION_JSON_VALUE)
public class DataStoreController {

    private final Catalog catalog;
    private final StoreManager stores;
    private final DataStoreRegistry registry;
    private final SecretReferences secrets;

    public DataStoreController(Catalog catalog, StoreManager stores, DataStoreRegistry registry,
            SecretReferences secrets) {
        this.catalog = catalog;
        this.stores = stores;
        this.registry = registry;
        this.secrets = secrets;
    }

    @GetMapping
    public ObjectNode list(@PathVariable String ws) {
        requireWorkspace(catalog, ws);
        Map<String, String> links = new LinkedHashMap<>();
        catalog.stores(ws).forEach(s -> links.put(s.name(), Links.dataStore(ws, s.name())));
        return Json.namedList("dataStores", "dataStore", links);
    }

    @GetMapping("/{ds}")
    public ObjectNode get(@PathVariable String ws, @PathVariable String ds) {
        return describe(existing(ws, ds));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> create(@PathVariable String ws, @RequestBody JsonNode body) {
        requireWorkspace(catalog, ws);
        JsonNode json = Json.unwrap(body, "dataStore");
        String name = Json.requiredText(json, "name", "dataStore");
        if (catalog.store(ws, name).isPresent()) {
            throw new CatalogException(CatalogException.Kind.DUPLICATE, "Store " + ws + ":" + name + " already exists");
        }
        Map<String, String> parameters = Json.map(json, "connectionParameters");
        StoreInfo requested = new StoreInfo(ws, name, type(Json.requiredText(json, "type", "dataStore")),
                Json.text(json, "description"), Json.bool(json, "enabled", true),
                parameters == null ? Map.of() : withoutNulls(parameters));
        StoreInfo saved = checkAndProtect(requested);
        try {
            catalog.add(saved);
        } catch (RuntimeException e) {
            secrets.forget(protectedNow(requested, saved));
            throw e;
        }
        return ResponseEntity.created(URI.create(Links.dataStore(ws, name))).body(describe(saved));
    }

    @PutMapping(path = "/{ds}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode update(@PathVariable String ws, @PathVariable String ds, @RequestBody JsonNode body) {
        StoreInfo current = existing(ws, ds);
        JsonNode json = Json.unwrap(body, "dataStore");
        String name = Json.text(json, "name");
        if (name != null && !name.equals(ds)) {
            throw RestException.badRequest("Stores cannot be renamed (" + ds + " -> " + name + ")");
        }
        String type = Json.text(json, "type");
        Map<String, String> parameters = new LinkedHashMap<>(current.connectionParameters());
        Map<String, String> given = Json.map(json, "connectionParameters");
        if (given != null) {
            // a null value removes the parameter
            parameters.putAll(given);
        }
        String description = json.has("description") ? Json.text(json, "description") : current.description();
        StoreInfo requested = new StoreInfo(ws, ds, type != null ? type(type) : current.type(), description,
                Json.bool(json, "enabled", current.enabled()), withoutNulls(parameters));
        StoreInfo saved = checkAndProtect(requested);
        try {
            catalog.save(saved);
        } catch (RuntimeException e) {
            secrets.forget(protectedNow(requested, saved));
            throw e;
        }
        secrets.forget(noLongerReferenced(current, saved));
        return describe(saved);
    }

    @DeleteMapping("/{ds}")
    public ResponseEntity<Void> delete(@PathVariable String ws, @PathVariable String ds,
            @RequestParam(defaultValue = "false") boolean recurse) {
        StoreInfo store = existing(ws, ds);
        catalog.removeStore(ws, ds, recurse);
        secrets.forget(store.connectionParameters());
        return ResponseEntity.ok().build();
    }

    /** Opens and pings an enabled store (answering 400 with the reason when it fails), then protects secrets. */
    private StoreInfo checkAndProtect(StoreInfo requested) {
        if (requested.enabled()) {
            try (DataStore store = stores.open(requested)) {
                store.ping();
            } catch (RuntimeException e) {
                throw RestException.badRequest("Store " + requested.workspace() + ":" + requested.name()
                        + " cannot be reached: " + e.getMessage());
            }
        }
        return new StoreInfo(requested.workspace(), requested.name(), requested.type(), requested.description(),
                requested.enabled(), secrets.protect(requested.workspace(), requested.name(),
                        requested.connectionParameters()));
    }

    private static Map<String, String> withoutNulls(Map<String, String> parameters) {
        Map<String, String> result = new LinkedHashMap<>(parameters);
        result.values().removeIf(java.util.Objects::isNull);
        return result;
    }

    /** The parameters whose clear-text value {@link #checkAndProtect} just moved to the secret store. */
    private static Map<String, String> protectedNow(StoreInfo requested, StoreInfo saved) {
        Map<String, String> moved = new LinkedHashMap<>(saved.connectionParameters());
        moved.entrySet().removeIf(e -> e.getValue().equals(requested.connectionParameters().get(e.getKey())));
        return moved;
    }

    /** The parameters of {@code before} whose values (secret references) {@code after} no longer uses. */
    private static Map<String, String> noLongerReferenced(StoreInfo before, StoreInfo after) {
        Map<String, String> old = new LinkedHashMap<>(before.connectionParameters());
        old.values().removeAll(after.connectionParameters().values());
        return old;
    }

    /** The registered type name for a type given in any case ("PostGIS", "GeoPackage"). */
    private String type(String given) {
        return registry.find(given).map(DataStoreFactory::type).orElseThrow(() -> RestException.badRequest(
                "Unknown store type '" + given + "'; known: " + registry.keys()));
    }

    private StoreInfo existing(String ws, String ds) {
        requireWorkspace(catalog, ws);
        return catalog.store(ws, ds).orElseThrow(() -> RestException.notFound("No store " + ws + ":" + ds));
    }

    private static ObjectNode describe(StoreInfo s) {
        return Json.wrapped("dataStore", o -> {
            o.put("name", s.name());
            o.put("type", s.type());
            if (s.description() != null) {
                o.put("description", s.description());
            }
            o.put("enabled", s.enabled());
            o.putObject("workspace").put("name", s.workspace()).put("href", Links.workspace(s.workspace()));
            o.set("connectionParameters", Json.entries(s.connectionParameters()));
            o.put("featureTypes", Links.dataStore(s.workspace(), s.name()) + "/featuretypes");
        });
    }
}
