package fr.crige.rest;

import static fr.crige.rest.PathLookups.requireWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.StyleInfo;
import fr.crige.core.datadir.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Styles, global ({@code /rest/styles}) and per workspace ({@code /rest/workspaces/{ws}/styles}). Bodies are
 * uploaded as SLD 1.0 ({@value #SLD}) or SE 1.1 ({@value #SE}) documents and checked before anything is
 * saved; a JSON POST registers a body file already placed in the data directory's styles folder.
 */
@RestController
public class StyleController {

    static final String SLD = "application/vnd.ogc.sld+xml";
    static final String SE = "application/vnd.ogc.se+xml";
    private static final String GLOBAL = "/rest/styles";
    private static final String IN_WORKSPACE = "/rest/workspaces/{ws}/styles";

    private final Catalog catalog;
    private final DataDirectory dataDirectory;

    public StyleController(Catalog catalog, DataDirectory dataDirectory) {
        this.catalog = catalog;
        this.dataDirectory = dataDirectory;
    }

    @GetMapping(path = {GLOBAL, IN_WORKSPACE}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode list(@PathVariable(required = false) String ws) {
        workspace(ws);
        Map<String, String> links = new LinkedHashMap<>();
        catalog.styles(ws).forEach(s -> links.put(s.name(), Links.style(s.qualifiedName())));
        return Json.namedList("styles", "style", links);
    }

    @GetMapping(path = {GLOBAL + "/{name}", IN_WORKSPACE + "/{name}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode get(@PathVariable(required = false) String ws, @PathVariable String name) {
        return describe(existing(ws, name));
    }

    @GetMapping(path = {GLOBAL + "/{name}.sld", IN_WORKSPACE + "/{name}.sld"})
    public ResponseEntity<byte[]> body(@PathVariable(required = false) String ws, @PathVariable String name) {
        StyleInfo style = existing(ws, name);
        byte[] body = catalog.styleBody(ws, name)
                .orElseThrow(() -> RestException.notFound("Style " + style.qualifiedName() + " has no body"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType(style.formatVersion())))
                .body(body);
    }

    @PostMapping(path = {GLOBAL, IN_WORKSPACE}, consumes = {SLD, SE}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> upload(@PathVariable(required = false) String ws,
            @RequestParam(required = false) String name, @RequestBody byte[] body,
            @RequestHeader("Content-Type") String contentType) {
        workspace(ws);
        StyleDocument doc = StyleDocument.parse(body);
        String styleName = name != null ? name : doc.name();
        if (styleName == null || styleName.isBlank()) {
            throw RestException.badRequest("Give the style name with ?name=, or in the document's UserStyle Name");
        }
        StyleInfo style = new StyleInfo(ws, styleName, styleName + ".sld", "sld", version(doc, contentType));
        catalog.add(style, body);
        return ResponseEntity.created(URI.create(Links.style(style.qualifiedName()))).body(describe(style));
    }

    @PostMapping(path = {GLOBAL, IN_WORKSPACE}, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectNode> register(@PathVariable(required = false) String ws,
            @RequestBody JsonNode json) {
        workspace(ws);
        JsonNode style = Json.unwrap(json, "style");
        String name = Json.requiredText(style, "name", "style");
        String given = Json.text(style, "filename");
        String filename = given != null ? given : name + ".sld";
        byte[] body;
        try {
            body = dataDirectory.styleBodyFile(ws, filename).orElseThrow(() -> RestException.badRequest(
                    "No file " + filename + " in the styles folder; upload the style with Content-Type " + SLD));
        } catch (IllegalArgumentException e) {
            throw RestException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StyleDocument doc = StyleDocument.parse(body);
        StyleInfo info = new StyleInfo(ws, name, filename, "sld", version(doc, null));
        catalog.add(info, body);
        return ResponseEntity.created(URI.create(Links.style(info.qualifiedName()))).body(describe(info));
    }

    @PutMapping(path = {GLOBAL + "/{name}", IN_WORKSPACE + "/{name}"}, consumes = {SLD, SE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode replace(@PathVariable(required = false) String ws, @PathVariable String name,
            @RequestBody byte[] body,
            @RequestHeader("Content-Type") String contentType) {
        StyleInfo current = existing(ws, name);
        StyleDocument doc = StyleDocument.parse(body);
        StyleInfo updated = new StyleInfo(ws, name, current.filename(), current.format(), version(doc, contentType));
        catalog.save(updated, body);
        return describe(updated);
    }

    @DeleteMapping(path = {GLOBAL + "/{name}", IN_WORKSPACE + "/{name}"})
    public ResponseEntity<Void> delete(@PathVariable(required = false) String ws, @PathVariable String name,
            @RequestParam(defaultValue = "false") boolean purge) throws IOException {
        StyleInfo style = existing(ws, name);
        catalog.removeStyle(ws, name);
        if (purge) {
            dataDirectory.purgeStyleBody(ws, style.filename());
        }
        return ResponseEntity.ok().build();
    }

    private static String version(StyleDocument doc, String contentType) {
        if (doc.version() != null) {
            return doc.version();
        }
        return contentType != null && contentType.startsWith(SE) ? "1.1.0" : "1.0.0";
    }

    private static String mediaType(String formatVersion) {
        return "1.1.0".equals(formatVersion) ? SE : SLD;
    }

    private void workspace(String ws) {
        if (ws != null) {
            requireWorkspace(catalog, ws);
        }
    }

    private StyleInfo existing(String ws, String name) {
        workspace(ws);
        return catalog.style(ws, name).orElseThrow(() -> RestException.notFound(
                "No style " + (ws == null ? name : ws + ":" + name)));
    }

    private static ObjectNode describe(StyleInfo s) {
        return Json.wrapped("style", o -> {
            o.put("name", s.name());
            if (s.workspace() != null) {
                o.putObject("workspace").put("name", s.workspace());
            }
            o.put("format", s.format());
            o.putObject("languageVersion").put("version", s.formatVersion());
            o.put("filename", s.filename());
            o.put("body", Links.style(s.qualifiedName()) + ".sld");
        });
    }
}
