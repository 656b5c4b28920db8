package fr.crige.wms.featureinfo;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.filter.Filter;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wms.Published;
import fr.crige.wms.PublishedGroup;
import fr.crige.wms.PublishedLayer;
import fr.crige.wms.StoreFeatureSource;
import fr.crige.wms.WmsCatalog;
import fr.crige.wms.WmsErrors;
import fr.crige.wms.WmsSettings;
import fr.crige.wms.map.MapRequest;
import fr.crige.wms.map.MapRequestReader;
import fr.crige.wms.render.MapViewport;
import fr.crige.wms.render.SymbolExtent;
import fr.crige.wms.style.Style;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * GetFeatureInfo (WMS 1.3.0, 7.4; WMS 1.1.1, 7.3): the features of the queryable layers under a pixel of a
 * map. The search radius is a few pixels, more when the layer's symbols are larger (a 12 pixel star is hit
 * anywhere on it); the candidates come from the store through a BBOX of that radius and are kept when their
 * geometry lies within the radius of the point, or, for
 * surfaces, contains it (a click inside a commune does not also return its neighbours). Layers answer in request
 * order, at most FEATURE_COUNT features each; a layer group in QUERY_LAYERS stands for its queryable layers.
 */
public final class GetFeatureInfoOperation implements OwsOperation {

    /** Smallest search radius in pixels, for thin lines and small points. */
    private static final double MIN_TOLERANCE_PIXELS = 3;

    private final MapRequestReader reader;
    private final WmsCatalog catalog;
    private final WmsSettings settings;
    private final GeometryFactory geometries = new GeometryFactory();

    public GetFeatureInfoOperation(MapRequestReader reader, WmsCatalog catalog, WmsSettings settings) {
        this.reader = reader;
        this.catalog = catalog;
        this.settings = settings;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        KvpParameters p = request.parameters();
        InfoFormat format = InfoFormat.of(p.get("INFO_FORMAT").orElse("text/plain"));
        MapRequest map = reader.read(request);
        boolean v130 = WmsErrors.is130(request.version());
        double i = pixel(p, v130 ? "I" : "X", map.viewport().width());
        double j = pixel(p, v130 ? "J" : "Y", map.viewport().height());
        int count = featureCount(p);
        boolean virtual = request.workspace().isPresent();
        List<LayerFeatures> results = new ArrayList<>();
        for (PublishedLayer layer : queried(request, map)) {
            int index = map.layers().indexOf(layer);
            results.add(query(layer, map.styles().get(index), map.viewport(), i, j, count, virtual));
        }
        return OwsResponse.ok(format.mimeType().startsWith("text/") ? format.mimeType() + ";charset=UTF-8"
                : format.mimeType(), out -> format.write(results, out));
    }

    /**
     * The layers QUERY_LAYERS names, each once, in order: a layer, or the queryable layers of a group (nested
     * groups included); each must be drawn by the map's LAYERS.
     */
    private Set<PublishedLayer> queried(OwsRequest request, MapRequest map) {
        Set<PublishedLayer> queried = new LinkedHashSet<>();
        for (String name : MapRequestReader.split(request.parameters().require("QUERY_LAYERS"))) {
            Published published = catalog.resolve(name, request.workspace().orElse(null));
            List<PublishedLayer> layers = published instanceof PublishedGroup group ? group.leaves()
                    : List.of((PublishedLayer) published);
            boolean container = published instanceof PublishedGroup group && !group.requestable();
            if (container || !map.layers().containsAll(layers)) {
                throw new OwsException(OwsExceptionCode.LAYER_NOT_DEFINED, "QUERY_LAYERS",
                        "Layer '" + name + "' is not among the LAYERS of the map");
            }
            layers = layers.stream().filter(l -> l.layer().queryable()).toList();
            if (layers.isEmpty()) {
                throw new OwsException(OwsExceptionCode.LAYER_NOT_QUERYABLE, "QUERY_LAYERS",
                        "Layer '" + name + "' is not queryable");
            }
            queried.addAll(layers);
        }
        return queried;
    }

    private LayerFeatures query(PublishedLayer layer, Style style, MapViewport viewport, double i, double j,
            int count, boolean virtual) {
        double tolerancePixels = MIN_TOLERANCE_PIXELS;
        for (var rule : style.rules()) {
            tolerancePixels = Math.max(tolerancePixels, SymbolExtent.pixels(rule, viewport));
        }
        Point2D world = toWorld(viewport, i + 0.5, j + 0.5);
        double dx = tolerancePixels * viewport.envelope().getWidth() / viewport.width();
        double dy = tolerancePixels * viewport.envelope().getHeight() / viewport.height();
        Envelope area = new Envelope(world.getX() - dx, world.getX() + dx, world.getY() - dy, world.getY() + dy);
        Geometry point = geometries.createPoint(new Coordinate(world.getX(), world.getY()));
        double radius = Math.max(dx, dy);
        StoreFeatureSource source = catalog.source(layer);
        List<Feature> found = new ArrayList<>();
        try (FeatureReader features = source.features(area, viewport.crs().srid(), Filter.INCLUDE,
                fr.crige.core.query.Query.NO_LIMIT)) {
            while (features.hasNext() && found.size() < count) {
                Feature f = features.next();
                Geometry g = f.geometry();
                if (g != null && (g.getDimension() == 2 ? g.intersects(point) : g.isWithinDistance(point, radius))) {
                    found.add(f);
                }
            }
        }
        var type = layer.featureType();
        return new LayerFeatures(layer.name(virtual), layer.title(), source.schema(), viewport.crs(), found,
                type.qualifiedName(), catalog.namespaceUri(type.workspace()), type.nativeName());
    }

    private static Point2D toWorld(MapViewport viewport, double x, double y) {
        try {
            return viewport.worldToScreen().inverseTransform(new Point2D.Double(x, y), null);
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("A viewport with an area always has an inverse", e);
        }
    }

    private static double pixel(KvpParameters p, String name, int size) {
        String text = p.require(name);
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 0 && value < size) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OwsException(OwsExceptionCode.INVALID_POINT, name,
                name + " must be a pixel column or row of the map, from 0 to " + (size - 1) + ", got '" + text + "'");
    }

    private int featureCount(KvpParameters p) {
        String text = p.get("FEATURE_COUNT").orElse("1");
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return Math.min(value, settings.maxFeatureCount());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OwsException.invalidParameter("FEATURE_COUNT", "FEATURE_COUNT must be a positive integer");
    }
}
