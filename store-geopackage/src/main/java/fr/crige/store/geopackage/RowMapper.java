package fr.crige.store.geopackage;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureId;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.ValueConverter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Turns rows of a {@link SelectStatement#features} result (id first, then the schema's attributes) into
 * features, converting SQLite storage to the Java types of the attributes. Not thread-safe.
 */
final class RowMapper {
    private final FeatureSchema schema;
    private final String typeName;
    private final GeometryBlobs geometries = new GeometryBlobs();

    RowMapper(String typeName, FeatureSchema schema) {
        this.typeName = typeName;
        this.schema = schema;
    }

    FeatureSchema schema() {
        return schema;
    }

    Feature map(ResultSet rs) throws SQLException {
        String id = FeatureId.of(typeName, rs.getLong(1));
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, i + 2, schema.attribute(i));
        }
        return new Feature(schema, id, values);
    }

    private Object value(ResultSet rs, int column, AttributeDescriptor a) throws SQLException {
        Object v = switch (a.type()) {
            case INTEGER -> rs.getInt(column);
            case LONG -> rs.getLong(column);
            case DOUBLE, DECIMAL -> rs.getDouble(column);
            case BOOLEAN -> rs.getInt(column) != 0;
            case BINARY -> rs.getBytes(column);
            case GEOMETRY -> geometries.decode(rs.getBytes(column));
            case DATE -> {
                String s = rs.getString(column);
                yield s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            }
            default -> {
                String s = rs.getString(column);
                yield s == null ? null : ValueConverter.convert(s, a);
            }
        };
        return rs.wasNull() ? null : v;
    }
}
