package fr.crige.core.catalog;

import fr.crige.core.crs.CrsService;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Describes a native type of an open store as a {@link FeatureTypeInfo} ready to publish: attributes from the
 * store schema, native CRS from the geometry column, extents computed from the data (native, and WGS84
 * longitude/latitude through the {@link CrsService}). Descriptive fields default sensibly: the published name
 * to the native name, the title to the name, the declared SRS to the native CRS.
 */
public final class FeatureTypeBuilder {

    private static final int WGS84 = 4326;

    private final CrsService crs;
    private String workspace;
    private String store;
    private String nativeName;
    private String name;
    private String title;
    private String abstractText;
    private List<String> keywords = List.of();
    private String srs;
    private boolean enabled = true;

    public FeatureTypeBuilder(CrsService crs) {
        this.crs = Objects.requireNonNull(crs);
    }

    /** Starts from a published feature type, to refresh its schema and extents from the data. */
    public FeatureTypeBuilder from(FeatureTypeInfo ft) {
        return workspace(ft.workspace()).store(ft.store()).nativeName(ft.nativeName()).name(ft.name())
                .title(ft.title()).abstractText(ft.abstractText()).keywords(ft.keywords()).srs(ft.srs())
                .enabled(ft.enabled());
    }

    public FeatureTypeBuilder workspace(String workspace) {
        this.workspace = workspace;
        return this;
    }

    public FeatureTypeBuilder store(String store) {
        this.store = store;
        return this;
    }

    public FeatureTypeBuilder nativeName(String nativeName) {
        this.nativeName = nativeName;
        return this;
    }

    public FeatureTypeBuilder name(String name) {
        this.name = name;
        return this;
    }

    public FeatureTypeBuilder title(String title) {
        this.title = title;
        return this;
    }

    public FeatureTypeBuilder abstractText(String abstractText) {
        this.abstractText = abstractText;
        return this;
    }

    public FeatureTypeBuilder keywords(List<String> keywords) {
        this.keywords = keywords == null ? List.of() : keywords;
        return this;
    }

    /** The declared CRS, e.g. "EPSG:2154"; null keeps the native one. */
    public FeatureTypeBuilder srs(String srs) {
        this.srs = srs;
        return this;
    }

    public FeatureTypeBuilder enabled(boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    /**
     * Reads the schema and extent of the native type from the store.
     *
     * @throws fr.crige.core.store.UnknownTypeException when the store has no such type
     * @throws fr.crige.core.crs.UnsupportedCrsException when the declared SRS cannot be decoded
     */
    public FeatureTypeInfo build(DataStore dataStore) {
        Objects.requireNonNull(nativeName, "nativeName");
        String published = name != null ? name : nativeName;
        FeatureSchema schema = dataStore.schema(nativeName);
        int nativeSrid = schema.srid();
        String nativeCrs = nativeSrid > 0 ? "EPSG:" + nativeSrid : null;
        int declaredSrid = srs != null ? crs.decode(srs).srid() : nativeSrid;
        String declared = declaredSrid > 0 ? "EPSG:" + declaredSrid : null;
        // data without a CRS is taken to be in the declared one ("force declared")
        int dataSrid = nativeSrid > 0 ? nativeSrid : declaredSrid;

        BoundingBox nativeBox = null;
        BoundingBox latLonBox = null;
        Optional<Envelope> extent = schema.defaultGeometry().isPresent()
                ? dataStore.bounds(Query.all(nativeName)) : Optional.empty();
        if (extent.isPresent() && !extent.get().isNull()) {
            nativeBox = BoundingBox.of(extent.get(), dataSrid > 0 ? "EPSG:" + dataSrid : null);
            if (dataSrid > 0) {
                latLonBox = BoundingBox.of(crs.transform(extent.get(), dataSrid, WGS84), "EPSG:" + WGS84);
            }
        }
        return new FeatureTypeInfo(workspace, store, published, nativeName, title != null ? title : published,
                abstractText, keywords, nativeCrs, declared, nativeBox, latLonBox, attributes(schema), enabled);
    }

    private static List<AttributeInfo> attributes(FeatureSchema schema) {
        return schema.attributes().stream().map(FeatureTypeBuilder::attribute).toList();
    }

    private static AttributeInfo attribute(AttributeDescriptor a) {
        return new AttributeInfo(a.name(), a.type().name(), a.nullable(), a.length(),
                a.isGeometry() ? a.geometryKind().ogcName() : null);
    }
}
