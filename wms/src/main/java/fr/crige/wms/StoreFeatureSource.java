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
 * against its spatial index; the store reprojects the geometries to the map's CRS while streaming them.
 */
public final class StoreFeatureSource implements FeatureSource {

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
        Envelope nativeArea = nativeArea(map.envelope(), srid);
        double pixelWidth = nativeArea.getWidth() / map.width();
        double pixelHeight = nativeArea.getHeight() / map.height();
        nativeArea.expandBy(buffer * pixelWidth, buffer * pixelHeight);
        return store.features(query(nativeArea, srid, Filter.INCLUDE).properties(attributes)
                .hints(QueryHints.NONE.withSimplification(tolerance * Math.min(pixelWidth, pixelHeight))
                        .withLooseBbox().withAnyOrder()).build());
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
