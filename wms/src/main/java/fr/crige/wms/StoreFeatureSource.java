package fr.crige.wms;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.crs.CrsService;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.query.Query;
import fr.crige.core.query.QueryHints;
import fr.crige.core.store.DataStore;
import fr.crige.wms.render.FeatureSource;
import fr.crige.wms.render.MapViewport;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The features of a published feature type, read from its store. The map area is transformed to the native
 * CRS (with densified edges, so the result covers the whole area) and sent as a BBOX filter the store runs
 * against its spatial index. For a map, geometries are read in the native CRS and brought to the map's with
 * the CRS service's approximate transform for drawing (to within {@link #REPROJECTION_PIXELS} of a pixel);
 * for other reads, the store reprojects them exactly while streaming them.
 */
public final class StoreFeatureSource implements FeatureSource {

    /** How far, in pixels, a map's reprojection may put a vertex from its exact place: far below what shows. */
    static final double REPROJECTION_PIXELS = 0.05;
    /**
     * The margin, as a share of the map's size on each side, of the area where reprojection is approximated;
     * vertices beyond it (those of large polygons that only cross the map) are transformed exactly.
     */
    private static final double REPROJECTION_MARGIN = 0.25;

    private final DataStore store;
    private final FeatureTypeInfo type;
    private final CrsService crsService;
    private final int nativeSrid;

    public StoreFeatureSource(DataStore store, FeatureTypeInfo type, CrsService crsService) {
        this.store = store;
        this.type = type;
        this.crsService = crsService;
        this.nativeSrid = crsService.decode(type.nativeCrs()).srid();
    }

    @Override
    public FeatureSchema schema() {
        return store.schema(type.nativeName());
    }

    /**
     * {@inheritDoc}
     *
     * <p>The map's area is brought to the native CRS unbuffered, the same for every layer of the map (the CRS
     * service keeps the last transforms), and the margin added there at the native pixel size. The tolerance
     * goes to the store as a {@link QueryHints#simplification} hint at the native pixel size too (the smaller of
     * the two axes, so that no vertex moves more than asked): PostGIS then simplifies before sending, and less
     * is transferred and decoded. The BBOX may be loose and the order any: features whose envelope only meets the map draw
     * nothing, and the drawing order of a pass is the order features arrive.
     */
    @Override
    public FeatureReader features(MapViewport map, double buffer, List<String> attributes, double tolerance) {
        int srid = map.crs().srid();
        Envelope mapArea = nativeArea(map.envelope(), srid);
        double pixelWidth = mapArea.getWidth() / map.width();
        double pixelHeight = mapArea.getHeight() / map.height();
        Envelope queryArea = new Envelope(mapArea);
        queryArea.expandBy(buffer * pixelWidth, buffer * pixelHeight);
        FeatureReader reader = store.features(query(queryArea, nativeSrid, Filter.INCLUDE).properties(attributes)
                .hints(QueryHints.NONE.withSimplification(tolerance * Math.min(pixelWidth, pixelHeight))
                        .withLooseBbox().withAnyOrder()).build());
        if (srid == nativeSrid) {
            return reader;
        }
        mapArea.expandBy(REPROJECTION_MARGIN * mapArea.getWidth(), REPROJECTION_MARGIN * mapArea.getHeight());
        double targetPixel = Math.min(map.envelope().getWidth() / map.width(),
                map.envelope().getHeight() / map.height());
        return ReprojectingFeatureReader.of(reader, srid,
                crsService.approximateTransform(nativeSrid, srid, mapArea, REPROJECTION_PIXELS * targetPixel));
    }

    /** The features of the area that also match a filter, in the CRS of the area. */
    public FeatureReader features(Envelope area, int srid, Filter filter, long limit) {
        return store.features(query(nativeArea(area, srid), srid, filter).limit(limit).build());
    }

    private Envelope nativeArea(Envelope area, int srid) {
        return srid == nativeSrid ? new Envelope(area) : crsService.transform(area, srid, nativeSrid);
    }

    private Query.Builder query(Envelope nativeArea, int srid, Filter filter) {
        Filter bbox = Filter.bbox(nativeArea, nativeSrid);
        Filter selection = filter instanceof Filter.Include ? bbox : Filter.and(bbox, filter);
        return Query.builder(type.nativeName()).filter(selection).targetSrid(srid == nativeSrid ? 0 : srid);
    }
}
