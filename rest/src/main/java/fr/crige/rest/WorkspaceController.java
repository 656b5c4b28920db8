package fr.crige.rest;

import static fr.crige.rest.PathLookups.requireWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Workspaces: {@code /rest/workspaces}. A workspace's namespace URI is given as {@code "namespace"} (a string
 * or {@code {"uri": ..}}); when absent it defaults to {@link #defaultNamespace}.
 */
@RestController
@RequestMapping(path = "/rest/workspaces", produces = MediaType.APPLICATION_JSON_VALUE)
public class WorkspaceController {

    private final Catalog catalog;
    private final SecretReferences secrets;

    public WorkspaceController(Catalog catalog, SecretReferences secrets) {
        this.catalog = catalog;
        this.secrets = secrets;
    }

    /**
     * The namespace URI given to a workspace created without one: a URN naming the workspace. It is stable
     * and location-independent, and unlike an http URI it claims no domain the server does not own;
     * administrators who publish under their organisation's domain set an http(s) URI explicitly.
     */
    public static String defaultNamespace(String workspace) {
        return "urn:crige:workspace:" + workspace;
    }

    @GetMapping
    public ObjectNode list() {
        Map<String, String> links = new LinkedHashMap<>();
        catalog.workspaces().forEach(ws -> links.put(ws.name(), Links.workspace(ws.name())));
        return Json.namedList("workspaces", "workspace", links);
    }

    @GetMapping("/{ws}")
    public ObjectNode get(@PathVariable String ws) {
        return describe(existing(ws));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
        JsonNode json = Json.unwrap(body, "workspace");
        String name = Json.requiredText(json, "name", "workspace");
        String namespace = namespace(json);
        WorkspaceInfo ws = new WorkspaceInfo(name, namespace != null ? namespace : defaultNamespace(name));
        catalog.add(ws);
        return ResponseEntity.created(URI.create(Links.workspace(name))).body(describe(ws));
    }

    @PutMapping(path = "/{ws}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode update(@PathVariable String ws, @RequestBody JsonNode body) {
        WorkspaceInfo current = existing(ws);
        JsonNode json = Json.unwrap(body, "workspace");
        String name = Json.text(json, "name");
        if (name != null && !name.equals(ws)) {
            throw RestException.badRequest("Workspaces cannot be renamed (" + ws + " -> " + name + ")");
        }
        String namespace = namespace(json);
        WorkspaceInfo updated = new WorkspaceInfo(ws, namespace != null ? namespace : current.namespaceUri());
        catalog.save(updated);
        return describe(updated);
    }

    @DeleteMapping("/{ws}")
    public ResponseEntity<Void> delete(@PathVariable String ws,
            @RequestParam(defaultValue = "false") boolean recurse) {
        existing(ws);
        List<StoreInfo> stores = catalog.stores(ws);
        catalog.removeWorkspace(ws, recurse);
        stores.forEach(s -> secrets.forget(s.connectionParameters()));
        return ResponseEntity.ok().build();
    }

    private static String namespace(JsonNode json) {
        JsonNode ns = json.get("namespace");
        if (ns != null && ns.isObject()) {
            return Json.text(ns, "uri");
        }
        String uri = Json.text(json, "namespace");
        return uri != null ? uri : Json.text(json, "namespaceUri");
    }

    private WorkspaceInfo existing(String ws) {
        return requireWorkspace(catalog, ws);
    }

    private static ObjectNode describe(WorkspaceInfo ws) {
        return Json.wrapped("workspace", o -> o
                .put("name", ws.name())
                .put("namespace", ws.namespaceUri())
                .put("dataStores", Links.to("/workspaces/" + ws.name() + "/datastores"))
                .put("featureTypes", Links.to("/workspaces/" + ws.name() + "/featuretypes"))
                .put("styles", Links.to("/workspaces/" + ws.name() + "/styles"))
                .put("layers", Links.to("/workspaces/" + ws.name() + "/layers")));
    }
}
