package fr.crige.wms;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerGroupInfo;
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
 * The WMS view of the catalog: which layers are published (enabled layer of an enabled feature type), which
 * layer groups are (those with a published member, disabled members left out), how a client's layer, group
 * and style names resolve, and the parsed styles. Parsed styles are cached and re-parsed when
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
            publishedLayer(layer).ifPresent(result::add);
        }
        return result;
    }

    /**
     * The published layer groups of a workspace, or all of them (global groups and every workspace's) when it
     * is null, in catalog order; groups without any published member are left out.
     */
    public List<PublishedGroup> publishedGroups(String workspace) {
        List<LayerGroupInfo> groups = workspace == null ? catalog.allLayerGroups() : catalog.layerGroups(workspace);
        List<PublishedGroup> result = new ArrayList<>();
        groups.forEach(group -> publishedGroup(group).ifPresent(result::add));
        return result;
    }

    /**
     * The layer or group a client names. On the global service {@code ws:name} is a layer or a workspace group
     * and a plain {@code name} a global group; on a workspace's own service a plain name is one of its layers or
     * groups (and {@code ws:name} is accepted for its own workspace only).
     *
     * @throws OwsException LayerNotDefined
     */
    public Published resolve(String name, String workspace) {
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
        return lookup(ws, local).orElseThrow(() -> WmsErrors.layerNotDefined(name));
    }

    /** A layer ({@code workspace} and {@code name}) or else a group (global when {@code workspace} is null). */
    private Optional<Published> lookup(String workspace, String name) {
        Optional<Published> layer = workspace == null ? Optional.empty()
                : catalog.layer(workspace, name).flatMap(this::publishedLayer).map(Published.class::cast);
        return layer.isPresent() ? layer
                : catalog.layerGroup(workspace, name).flatMap(this::publishedGroup).map(Published.class::cast);
    }

    private Optional<PublishedLayer> publishedLayer(LayerInfo layer) {
        if (!layer.enabled()) {
            return Optional.empty();
        }
        return catalog.featureType(layer.workspace(), layer.name()).filter(FeatureTypeInfo::enabled)
                .map(type -> new PublishedLayer(layer, type));
    }

    /** The group with its published members, resolved recursively (the catalog refuses cycles). */
    private Optional<PublishedGroup> publishedGroup(LayerGroupInfo group) {
        List<PublishedGroup.Member> members = new ArrayList<>();
        for (int i = 0; i < group.layers().size(); i++) {
            String reference = group.layers().get(i);
            int colon = reference.indexOf(':');
            Optional<Published> member = colon > 0
                    ? lookup(reference.substring(0, colon), reference.substring(colon + 1))
                    : lookup(null, reference);
            String style = group.styleOf(i);
            member.ifPresent(m -> members.add(new PublishedGroup.Member(m, style)));
        }
        return members.isEmpty() ? Optional.empty() : Optional.of(new PublishedGroup(group, members));
    }

    /**
     * The style a group draws one of its layers with: the style it names, or the layer's default when null.
     * The group's choice need not be among the styles the layer offers on its own.
     *
     * @throws OwsException StyleNotDefined when the layer has no default style, NoApplicableCode when the
     *                      style's document is not a usable SLD
     */
    public Style memberStyle(PublishedLayer layer, String reference) {
        return reference == null ? style(layer, "") : parsed(reference);
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
