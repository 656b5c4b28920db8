package fr.crige.store.geopackage;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.LookAheadFeatureReader;
import fr.crige.core.filter.FilterEvaluator;
import fr.crige.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams features from an open SQLite cursor: one row is decoded at a time, so memory does not depend on
 * the number of rows. Rows go through the residual filter, then the offset and limit that SQL could not
 * apply, then the property selection and the reprojection. The reader owns its connection and releases it
 * when closed, exhausted or failed.
 */
final class GeoPackageFeatureReader extends LookAheadFeatureReader {
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowMapper mapper;
    private final FilterEvaluator residual;
    private final FeatureSchema outSchema;
    private final int[] outIndexes;
    private final UnaryOperator<Geometry> transform;
    private long toSkip;
    private long remaining;

    /**
     * @param residual  filter to apply in memory, or null
     * @param offset    rows to skip after the residual filter
     * @param limit     rows to return after the residual filter, or -1 for all
     * @param outSchema the schema of the returned features (a selection of the mapper's attributes)
     * @param transform applied to every geometry value (reprojection)
     */
    GeoPackageFeatureReader(Connection connection, PreparedStatement statement, ResultSet rows, RowMapper mapper,
            FilterEvaluator residual, long offset, long limit, FeatureSchema outSchema,
            UnaryOperator<Geometry> transform) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
        this.residual = residual;
        this.toSkip = offset;
        this.remaining = limit;
        this.outSchema = outSchema;
        this.transform = transform;
        this.outIndexes = new int[outSchema.size()];
        for (int i = 0; i < outIndexes.length; i++) {
            outIndexes[i] = mapper.schema().indexOf(outSchema.attribute(i).name());
        }
    }

    @Override
    public FeatureSchema schema() {
        return outSchema;
    }

    @Override
    protected Feature readNext() {
        try {
            while (remaining != 0 && rows.next()) {
                Feature row = mapper.map(rows);
                if (residual != null && !residual.test(row)) {
                    continue;
                }
                if (toSkip > 0) {
                    toSkip--;
                    continue;
                }
                if (remaining > 0) {
                    remaining--;
                }
                return output(row);
            }
            return null;
        } catch (SQLException e) {
            throw new StoreException("Cannot read GeoPackage rows: " + e.getMessage(), e);
        }
    }

    private Feature output(Feature row) {
        Object[] values = new Object[outIndexes.length];
        for (int i = 0; i < values.length; i++) {
            Object v = row.get(outIndexes[i]);
            values[i] = v instanceof Geometry g ? transform.apply(g) : v;
        }
        return new Feature(outSchema, row.id(), values);
    }

    @Override
    protected void release() {
        try (connection; statement; rows) {
            // closed in reverse order by try-with-resources
        } catch (SQLException e) {
            throw new StoreException("Cannot close GeoPackage cursor: " + e.getMessage(), e);
        }
    }
}
