package fr.crige.wms;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;

/**
 * The features of a reader with their default geometry brought to another CRS by a transform, and a schema
 * saying so. A map reads its layers in their native CRS and transforms them here, with the CRS service's
 * approximate transform for drawing, rather than asking the store for the exact one.
 */
final class ReprojectingFeatureReader implements FeatureReader {

    private final FeatureReader delegate;
    private final FeatureSchema schema;
    private final int geometry;
    private final UnaryOperator<Geometry> transform;

    private ReprojectingFeatureReader(FeatureReader delegate, FeatureSchema schema, int geometry,
            UnaryOperator<Geometry> transform) {
        this.delegate = delegate;
        this.schema = schema;
        this.geometry = geometry;
        this.transform = transform;
    }

    /** The reader with its default geometry transformed to {@code srid}; the reader itself when it has none. */
    static FeatureReader of(FeatureReader reader, int srid, UnaryOperator<Geometry> transform) {
        FeatureSchema source = reader.schema();
        AttributeDescriptor geometry = source.defaultGeometry().orElse(null);
        if (geometry == null) {
            return reader;
        }
        List<AttributeDescriptor> attributes = new ArrayList<>(source.attributes());
        int index = source.indexOf(geometry.name());
        attributes.set(index, new AttributeDescriptor(geometry.name(), geometry.type(), geometry.nullable(),
                geometry.length(), geometry.geometryKind(), srid));
        FeatureSchema schema = new FeatureSchema(source.typeName(), source.idColumn().orElse(null), attributes);
        return new ReprojectingFeatureReader(reader, schema, index, transform);
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Feature next() {
        Feature feature = delegate.next();
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = feature.get(i);
        }
        if (values[geometry] instanceof Geometry g) {
            values[geometry] = transform.apply(g);
        }
        return new Feature(schema, feature.id(), values);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
