package fr.crige.wms;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.crs.CrsService;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.query.Query;
import fr.crige.core.query.QueryHints;
import fr.crige.core.store.DataStore;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The features of a published feature type, read from its store. The map area is transformed to the native
 * CRS (with densified edges, so the result covers the whole area) and sent as a BBOX filter the store runs
 * against its spatial index; the store reprojects the geometries to the map's CRS while streaming them.
 */
public final class StoreFeatureSource implements fr.crige.wms.render.FeatureSource {

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
     * <p>The tolerance goes to the store as a {@link QueryHints#simplification} hint, converted to native CRS
     * units by the ratio of the native area's size to the map area's (the smaller of the two axes, so that no
     * vertex moves more than asked): PostGIS then simplifies before sending, and less is transferred and
     * decoded. The BBOX may be loose and the order any: features whose envelope only meets the map draw
     * nothing, and the drawing order of a pass is the order features arrive.
     */
    @Override
    public FeatureReader features(Envelope area, int srid, List<String> attributes, double tolerance) {
        Envelope nativeArea = nativeArea(area, srid);
        double ratio = Math.min(nativeArea.getWidth() / area.getWidth(), nativeArea.getHeight() / area.getHeight());
        return store.features(query(nativeArea, srid, Filter.INCLUDE).properties(attributes)
                .hints(QueryHints.NONE.withSimplification(tolerance * ratio).withLooseBbox().withAnyOrder()).build());
    }

    /** The features of the area that also match a filter, in the CRS of the area. */
    public FeatureReader features(Envelope area, int srid, Filter filter, long limit) {
        return store.features(query(nativeArea(area, srid), srid, filter).limit(limit).build());
    }

    private Envelope nativeArea(Envelope area, int srid) {
        return srid == nativeSrid ? area : crsService.transform(area, srid, nativeSrid);
    }

    private Query.Builder query(Envelope nativeArea, int srid, Filter filter) {
        Filter bbox = Filter.bbox(nativeArea, nativeSrid);
        Filter selection = filter instanceof Filter.Include ? bbox : Filter.and(bbox, filter);
        return Query.builder(type.nativeName()).filter(selection).targetSrid(srid == nativeSrid ? 0 : srid);
    }
}
