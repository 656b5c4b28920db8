package fr.crige.wms.map;

import fr.crige.core.crs.AxisOrder;
import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.UnsupportedCrsException;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.wms.Published;
import fr.crige.wms.PublishedGroup;
import fr.crige.wms.PublishedLayer;
import fr.crige.wms.WmsCatalog;
import fr.crige.wms.WmsErrors;
import fr.crige.wms.WmsSettings;
import fr.crige.wms.render.MapViewport;
import fr.crige.wms.sld.SldException;
import fr.crige.wms.sld.SldParser;
import fr.crige.wms.sld.StyledLayerDescriptor;
import fr.crige.wms.style.Style;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads the map parameters of GetMap and GetFeatureInfo: LAYERS, STYLES, SLD_BODY, CRS (1.3.0) or SRS
 * (1.1.1), BBOX in the axis order of the version ({@link AxisOrder}), WIDTH and HEIGHT. Layer groups in
 * LAYERS are expanded into the layers they draw. The size limits are checked before anything is resolved, so
 * an oversized request is refused without touching the catalog.
 */
public final class MapRequestReader {

    private final WmsCatalog catalog;
    private final CrsService crsService;
    private final WmsSettings settings;
    private final SldParser sldParser;

    public MapRequestReader(WmsCatalog catalog, CrsService crsService, WmsSettings settings, SldParser sldParser) {
        this.catalog = catalog;
        this.crsService = crsService;
        this.settings = settings;
        this.sldParser = sldParser;
    }

    /** @throws OwsException with the WMS code of the first invalid parameter */
    public MapRequest read(OwsRequest request) {
        KvpParameters p = request.parameters();
        int width = size(p, "WIDTH", settings.maxWidth());
        int height = size(p, "HEIGHT", settings.maxHeight());
        if (!settings.fitsInMemory(width, height)) {
            throw OwsException.invalidParameter("WIDTH", "An image of " + width + " x " + height
                    + " pixels needs more memory than the server allows per map");
        }
        String version = request.version();
        String crsParameter = WmsErrors.crsParameter(version);
        String crsText = p.require(crsParameter);
        Crs crs;
        try {
            crs = crsService.decode(crsText);
        } catch (UnsupportedCrsException e) {
            throw WmsErrors.invalidCrs(version, crsText);
        }
        Envelope bbox = bbox(p.require("BBOX"));
        AxisOrder.Protocol protocol = WmsErrors.is130(version) ? AxisOrder.Protocol.WMS_1_3_0
                : AxisOrder.Protocol.WMS_1_1_1;
        if (AxisOrder.isNorthingFirst(protocol, crsText, crs)) {
            bbox = AxisOrder.swap(bbox);
        }
        List<Published> requested = requested(request);
        List<PublishedLayer> layers = new ArrayList<>();
        List<Style> styles = new ArrayList<>();
        expand(request, requested, layers, styles);
        return new MapRequest(layers, styles, new MapViewport(bbox, width, height, crs));
    }

    /**
     * The layers and groups LAYERS names, in order. A CONTAINER group is a folder of the capabilities, not a
     * layer: it is not defined for GetMap.
     */
    private List<Published> requested(OwsRequest request) {
        String workspace = request.workspace().orElse(null);
        List<Published> requested = new ArrayList<>();
        for (String name : split(request.parameters().require("LAYERS"))) {
            if (name.isBlank()) {
                throw OwsException.invalidParameter("LAYERS", "LAYERS holds an empty name");
            }
            Published published = catalog.resolve(name, workspace);
            if (published instanceof PublishedGroup group && !group.requestable()) {
                throw WmsErrors.containerGroup("LAYERS", name);
            }
            requested.add(published);
        }
        return requested;
    }

    /**
     * Puts the layers to draw, with their styles, into {@code layers} and {@code styles}: a layer with the
     * style STYLES or SLD_BODY gives it, a group as its layers in the group's order (nested groups expanded),
     * each with the style the group gives it. A group only takes the default style (an empty STYLES entry).
     */
    private void expand(OwsRequest request, List<Published> requested, List<PublishedLayer> layers,
            List<Style> styles) {
        KvpParameters p = request.parameters();
        Optional<StyledLayerDescriptor> sld = p.get("SLD_BODY").map(this::sldBody);
        if (p.contains("SLD")) {
            throw OwsException.invalidParameter("SLD", "SLD documents by reference are not fetched; send SLD_BODY");
        }
        List<String> names = p.get("STYLES").filter(s -> !s.isEmpty()).map(MapRequestReader::split)
                .orElse(List.of());
        if (!names.isEmpty() && names.size() != requested.size()) {
            throw OwsException.invalidParameter("STYLES", "STYLES names " + names.size() + " styles for "
                    + requested.size() + " layers");
        }
        boolean virtual = request.workspace().isPresent();
        for (int i = 0; i < requested.size(); i++) {
            String name = names.isEmpty() ? "" : names.get(i);
            if (requested.get(i) instanceof PublishedGroup group) {
                if (!name.isBlank()) {
                    throw new OwsException(OwsExceptionCode.STYLE_NOT_DEFINED, "STYLES", "Layer group '"
                            + group.name(virtual) + "' draws its layers with its own styles; leave its STYLES"
                            + " entry empty instead of '" + name + "'");
                }
                for (PublishedGroup.Member member : group.layers()) {
                    PublishedLayer layer = (PublishedLayer) member.item();
                    layers.add(layer);
                    styles.add(catalog.memberStyle(layer, member.style()));
                }
            } else {
                PublishedLayer layer = (PublishedLayer) requested.get(i);
                layers.add(layer);
                styles.add(sld.flatMap(d -> fromSld(d, layer, virtual)).orElseGet(() -> catalog.style(layer, name)));
            }
        }
    }

    private Optional<Style> fromSld(StyledLayerDescriptor sld, PublishedLayer layer, boolean virtual) {
        for (StyledLayerDescriptor.StyledLayer styled : sld.layers()) {
            String name = styled.layerName();
            if (name == null || !(name.equals(layer.name(virtual)) || name.equals(layer.layer().qualifiedName()))) {
                continue;
            }
            if (!styled.userStyles().isEmpty()) {
                return Optional.of(styled.userStyles().get(0));
            }
            if (!styled.namedStyles().isEmpty()) {
                return Optional.of(catalog.style(layer, styled.namedStyles().get(0)));
            }
        }
        return Optional.empty();
    }

    private StyledLayerDescriptor sldBody(String body) {
        try {
            return sldParser.parse(body.getBytes(StandardCharsets.UTF_8));
        } catch (SldException e) {
            throw OwsException.invalidParameter("SLD_BODY", e.getMessage());
        }
    }

    private static int size(KvpParameters p, String name, int max) {
        String text = p.require(name);
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw OwsException.invalidParameter(name, name + " is not an integer: '" + text + "'");
        }
        if (value < 1 || value > max) {
            throw OwsException.invalidParameter(name, name + " must be between 1 and " + max + ", got " + value);
        }
        return (int) value;
    }

    /** Reads {@code minx,miny,maxx,maxy}; the order of the axes is fixed afterwards. */
    static Envelope bbox(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw OwsException.invalidParameter("BBOX", "BBOX needs four numbers: minx,miny,maxx,maxy");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw OwsException.invalidParameter("BBOX", "BBOX holds a value that is not a number: '"
                        + parts[i].trim() + "'");
            }
            if (!Double.isFinite(v[i])) {
                throw OwsException.invalidParameter("BBOX", "BBOX values must be finite");
            }
        }
        if (v[0] >= v[2] || v[1] >= v[3]) {
            throw OwsException.invalidParameter("BBOX", "BBOX minimum must be below maximum on both axes: "
                    + text);
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    /** The items of a comma-separated list, trimmed; empty items are kept (STYLES may hold them). */
    public static List<String> split(String list) {
        return Arrays.stream(list.split(",", -1)).map(String::trim).toList();
    }
}
