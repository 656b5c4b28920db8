package fr.crige.core.feature;

import java.util.Arrays;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature: an identifier and values in the order of its schema's attributes. Geometries are JTS
 * geometries in "x = easting/longitude, y = northing/latitude" order whatever the CRS; services apply the
 * axis order of their protocol when encoding.
 */
public final class Feature {
    private final FeatureSchema schema;
    private final String id;
    private final Object[] values;

    public Feature(FeatureSchema schema, String id, Object[] values) {
        this.schema = Objects.requireNonNull(schema);
        this.id = id;
        if (values.length != schema.size()) {
            throw new IllegalArgumentException("expected " + schema.size() + " values, got " + values.length);
        }
        this.values = values;
    }

    public FeatureSchema schema() {
        return schema;
    }

    /** The feature id as published: {@code typeName.key} (see {@link FeatureId}). */
    public String id() {
        return id;
    }

    public Object get(int i) {
        return values[i];
    }

    /** The value of the attribute, or null when it is null or not in the schema. */
    public Object get(String name) {
        int i = schema.indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** The default geometry value, or null. */
    public Geometry geometry() {
        return schema.defaultGeometry().map(a -> (Geometry) get(a.name())).orElse(null);
    }

    @Override
    public String toString() {
        return "Feature[" + id + " " + Arrays.toString(values) + "]";
    }
}
