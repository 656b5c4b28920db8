package fr.crige.quality.input;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature type of a crige store: a published layer (any store type) or the table of an uploaded
 * GeoPackage. Columns are the non-geometry attributes, the CRS is the declared SRID of the default geometry,
 * rows are streamed in the store's id order and numbered from 1.
 */
public final class StoreTableSource implements TableSource {

    private final DataStore store;
    private final String typeName;
    private final String name;

    public StoreTableSource(DataStore store, String typeName, String name) {
        this.store = store;
        this.typeName = typeName;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TableHeader header() throws InputProblem {
        try {
            FeatureSchema schema = store.schema(typeName);
            List<String> columns = schema.attributes().stream().filter(a -> !a.isGeometry())
                    .map(AttributeDescriptor::name).toList();
            int srid = schema.srid();
            return new TableHeader(columns, srid > 0 ? "EPSG:" + srid : null, null,
                    schema.defaultGeometry().isPresent(), store.count(Query.all(typeName)), null);
        } catch (StoreException e) {
            throw InputProblem.notOpened(e.getMessage(), e);
        }
    }

    @Override
    public RowCursor rows() throws InputProblem {
        FeatureReader reader;
        try {
            reader = store.features(Query.all(typeName));
        } catch (StoreException e) {
            throw InputProblem.notOpened(e.getMessage(), e);
        }
        return new RowCursor() {
            private long number;

            @Override
            public boolean hasNext() {
                return reader.hasNext();
            }

            @Override
            public Row next() {
                Feature f = reader.next();
                number++;
                Map<String, Object> values = new HashMap<>();
                FeatureSchema schema = f.schema();
                for (int i = 0; i < schema.size(); i++) {
                    if (!schema.attribute(i).isGeometry()) {
                        values.put(schema.attribute(i).name(), f.get(i));
                    }
                }
                return new Row(number, f.id(), values, f.geometry(), null);
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }
}
