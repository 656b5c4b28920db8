package fr.crige.wms;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StyleInfo;
import fr.crige.core.crs.CrsService;
import fr.crige.core.store.StoreManager;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.wms.sld.SldException;
import fr.crige.wms.sld.SldParser;
import fr.crige.wms.style.Style;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WMS view of the catalog: which layers are published (enabled layer of an enabled feature type), how a
 * client's layer and style names resolve, and the parsed styles. Parsed styles are cached and re-parsed when
 * the style's body in the catalog changes, so an edit through the REST API shows on the next map.
 */
public final class WmsCatalog {

    private record ParsedStyle(byte[] body, Style style) {
    }

    private final Catalog catalog;
    private final StoreManager stores;
    private final CrsService crsService;
    private final SldParser sldParser;
    private final Map<String, ParsedStyle> styles = new ConcurrentHashMap<>();

    public WmsCatalog(Catalog catalog, StoreManager stores, CrsService crsService, SldParser sldParser) {
        this.catalog = catalog;
        this.stores = stores;
        this.crsService = crsService;
        this.sldParser = sldParser;
    }

    /** The published layers of a workspace, or of all workspaces when it is null, in catalog order. */
    public List<PublishedLayer> published(String workspace) {
        List<PublishedLayer> result = new ArrayList<>();
        for (LayerInfo layer : catalog.layers(workspace)) {
            if (!layer.enabled()) {
                continue;
            }
            catalog.featureType(layer.workspace(), layer.name()).filter(FeatureTypeInfo::enabled)
                    .ifPresent(type -> result.add(new PublishedLayer(layer, type)));
        }
        return result;
    }

    /**
     * The layer a client names: {@code ws:name}, or {@code name} on a workspace's own service.
     *
     * @throws OwsException LayerNotDefined
     */
    public PublishedLayer layer(String name, String workspace) {
        String ws = workspace;
        String local = name.trim();
        int colon = local.indexOf(':');
        if (colon > 0) {
            ws = local.substring(0, colon);
            local = local.substring(colon + 1);
            if (workspace != null && !workspace.equals(ws)) {
                throw WmsErrors.layerNotDefined(name);
            }
        }
        if (ws == null) {
            throw WmsErrors.layerNotDefined(name);
        }
        String finalLocal = local;
        return published(ws).stream().filter(p -> p.layer().name().equals(finalLocal)).findFirst()
                .orElseThrow(() -> WmsErrors.layerNotDefined(name));
    }

    /** The names of the styles a layer offers: its default style first, then the others. */
    public List<String> styleNames(PublishedLayer layer) {
        List<String> names = new ArrayList<>();
        if (layer.layer().defaultStyle() != null) {
            names.add(layer.layer().defaultStyle());
        }
        layer.layer().styles().stream().filter(s -> !names.contains(s)).forEach(names::add);
        return names;
    }

    /**
     * The style a client asks for a layer; blank means the default style.
     *
     * @throws OwsException StyleNotDefined when the layer does not offer it, NoApplicableCode when its document
     *                      is not a usable SLD
     */
    public Style style(PublishedLayer layer, String requested) {
        List<String> offered = styleNames(layer);
        if (offered.isEmpty()) {
            throw new OwsException(OwsExceptionCode.STYLE_NOT_DEFINED, "STYLES",
                    "Layer '" + layer.layer().qualifiedName() + "' has no style");
        }
        String name = requested == null || requested.isBlank() ? offered.get(0) : requested.trim();
        String match = offered.stream().filter(o -> o.equals(name) || localName(o).equals(name)).findFirst()
                .orElseThrow(() -> WmsErrors.styleNotDefined(name, layer.layer().qualifiedName()));
        return parsed(match);
    }

    /** The style info of a style reference ({@code ws:style} or a global {@code style}). */
    public Optional<StyleInfo> styleInfo(String reference) {
        int colon = reference.indexOf(':');
        return colon > 0 ? catalog.style(reference.substring(0, colon), reference.substring(colon + 1))
                : catalog.style(null, reference);
    }

    /** The XML namespace of a workspace's feature types. */
    public String namespaceUri(String workspace) {
        return catalog.workspace(workspace).map(fr.crige.core.catalog.WorkspaceInfo::namespaceUri)
                .orElse("urn:crige:workspace:" + workspace);
    }

    /** The features of a layer. */
    public StoreFeatureSource source(PublishedLayer layer) {
        FeatureTypeInfo type = layer.featureType();
        return new StoreFeatureSource(stores.get(type.workspace(), type.store()), type, crsService);
    }

    private Style parsed(String reference) {
        StyleInfo info = styleInfo(reference).orElseThrow(() -> new OwsException(
                OwsExceptionCode.NO_APPLICABLE_CODE, "STYLES", "Style '" + reference + "' is missing"));
        byte[] body = catalog.styleBody(info.workspace(), info.name()).orElseThrow(() -> new OwsException(
                OwsExceptionCode.NO_APPLICABLE_CODE, "STYLES", "Style '" + reference + "' has no document"));
        ParsedStyle cached = styles.get(reference);
        if (cached != null && Arrays.equals(cached.body(), body)) {
            return cached.style();
        }
        try {
            Style style = sldParser.parseStyle(body);
            styles.put(reference, new ParsedStyle(body, style));
            return style;
        } catch (SldException e) {
            throw new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, "STYLES",
                    "Style '" + reference + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static String localName(String reference) {
        return reference.substring(reference.indexOf(':') + 1);
    }
}
