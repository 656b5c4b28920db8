package fr.crige.store.postgis;

import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureId;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.store.WkbDecoder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;

/**
 * Turns rows of {@link PostgisQuery#select()} into features: the id column first when the table has one,
 * then the attributes of the result schema, geometries as WKB.
 */
final class FeatureRowMapper {
    private final FeatureSchema schema;
    private final boolean hasId;
    /** Reads geometries into packed sequences, an array of doubles per ring rather than an object per vertex. */
    private final WkbDecoder wkb = new WkbDecoder();
    private final UnaryOperator<Geometry> reprojection;
    private final int outputSrid;

    /**
     * @param reprojection applied to every geometry read (identity when no reprojection is asked)
     * @param outputSrid   SRID set on the geometries returned
     */
    FeatureRowMapper(FeatureSchema schema, boolean hasId, UnaryOperator<Geometry> reprojection, int outputSrid) {
        this.schema = schema;
        this.hasId = hasId;
        this.reprojection = reprojection;
        this.outputSrid = outputSrid;
    }

    Feature map(ResultSet rs) throws SQLException {
        int column = 1;
        String id = null;
        if (hasId) {
            Object key = rs.getObject(column++);
            id = key == null ? null : FeatureId.of(schema.typeName(), key);
        }
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < values.length; i++, column++) {
            values[i] = value(rs, column, schema.attribute(i).type());
        }
        return new Feature(schema, id, values);
    }

    /**
     * The value as the Java type of its attribute type. Primitive getters widen (float4 to double, int2 to
     * int), which the driver's {@code getObject(int, Class)} refuses; java.time values go through it;
     * geometries come as WKB.
     */
    private Object value(ResultSet rs, int column, AttributeType type) throws SQLException {
        Object v = switch (type) {
            case INTEGER -> rs.getInt(column);
            case LONG -> rs.getLong(column);
            case DOUBLE -> rs.getDouble(column);
            case BOOLEAN -> rs.getBoolean(column);
            case DECIMAL -> rs.getBigDecimal(column);
            case STRING -> rs.getString(column);
            case BINARY -> rs.getBytes(column);
            case DATE, DATETIME, DATETIME_TZ, TIME -> rs.getObject(column, type.javaType());
            case GEOMETRY -> geometry(rs.getBytes(column));
        };
        return rs.wasNull() ? null : v;
    }

    private Geometry geometry(byte[] bytes) throws SQLException {
        if (bytes == null) {
            return null;
        }
        try {
            Geometry g = reprojection.apply(wkb.read(bytes));
            g.setSRID(outputSrid);
            return g;
        } catch (ParseException e) {
            throw new SQLException("Invalid WKB from PostGIS", e);
        }
    }
}
