package fr.crige.csw.store.postgresql;

import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.csw.record.FrenchTextAnalyzer;
import fr.crige.csw.store.FullTextQuery;
import fr.crige.csw.store.sql.SqlFilterEncoder;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The filter encoder of the PostgreSQL store: AnyText is searched in the record's {@code tsvector} of French
 * terms (see {@link PostgresSchema}) with a {@code tsquery} of the terms {@link FrenchTextAnalyzer} gives for
 * the request, spatial operators use PostGIS bounding-box operators on the record's extent (GiST-indexed).
 * Not thread-safe: one instance per query.
 */
final class PostgresFilterEncoder extends SqlFilterEncoder {

    private final String schema;

    PostgresFilterEncoder(FrenchTextAnalyzer analyzer, String schema) {
        super(analyzer);
        this.schema = schema;
    }

    /** Every term, as a quoted tsquery lexeme so that no character of it is read as an operator. */
    @Override
    protected String fullText(FullTextQuery query) {
        if (query.matchesAll()) {
            return "TRUE";
        }
        String tsquery = query.terms().stream()
                .map(t -> "'" + t.replace("\\", "\\\\").replace("'", "''") + "'" + (query.prefix() ? ":*" : ""))
                .collect(Collectors.joining(" & "));
        return bind("r.terms @@ ?::tsquery", tsquery);
    }

    @Override
    protected String extentCondition(SpatialOperator operator, Envelope e) {
        String box = bind("ST_MakeEnvelope(?, ?, ?, ?, 4326)", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        String condition = switch (operator) {
            case INTERSECTS -> "e.extent && " + box;
            case DISJOINT -> "NOT (e.extent && " + box + ")";
            case WITHIN -> "e.extent @ " + box;
            case CONTAINS -> "e.extent ~ " + box;
            default -> throw new InvalidQueryException(operator + " is not supported for record extents; use BBOX, "
                    + "Intersects, Within, Contains or Disjoint", LOCATOR);
        };
        // a sub-query keeps records without extent out of every operator, negated or not, as in the embedded store
        return "r.rid IN (SELECT e.rid FROM " + schema + ".record e WHERE e.extent IS NOT NULL AND " + condition + ")";
    }

    @Override
    protected String noExtent() {
        return "r.extent IS NULL";
    }
}
