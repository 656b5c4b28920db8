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

    PostgresFilterEncoder(FrenchTextAnalyzer analyzer) {
        super(analyzer);
    }

    /** Every term, as a quoted tsquery lexeme so that no character of it is read as an operator. */
    @Override
    protected String fullText(FullTextQuery query) {
        if (query.matchesAll()) {
            return TRUE;
        }
        String tsquery = query.terms().stream()
                .map(t -> "'" + t.replace("\\", "\\\\").replace("'", "''") + "'" + (query.prefix() ? ":*" : ""))
                .collect(Collectors.joining(" & "));
        return bind("r.terms @@ ?::tsquery", tsquery);
    }

    /**
     * A condition on the record's own extent, so that PostgreSQL can use its GiST index (a sub-query on the
     * table joined it with itself). {@code extent IS NOT NULL AND ...} is false, never unknown, for a record
     * without extent: such a record fails every operator, and passes its negation, as in the embedded store.
     */
    @Override
    protected String extentCondition(SpatialOperator operator, Envelope e) {
        String box = bind("ST_MakeEnvelope(?, ?, ?, ?, 4326)", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        String condition = switch (operator) {
            case INTERSECTS -> "r.extent && " + box;
            case DISJOINT -> "NOT (r.extent && " + box + ")";
            case WITHIN -> "r.extent @ " + box;
            case CONTAINS -> "r.extent ~ " + box;
            default -> throw new InvalidQueryException(operator + " is not supported for record extents; use BBOX, "
                    + "Intersects, Within, Contains or Disjoint", LOCATOR);
        };
        return "(r.extent IS NOT NULL AND " + condition + ")";
    }

    /**
     * {@code OFFSET 0}: PostgreSQL turns an EXISTS it cannot join into either a probe per record or a hashed
     * sub-plan reading every matching value first, and picks the hash from the size of the whole table even
     * when the query stops after a page; for data.gouv.fr's type filter that read 80,000 values per page of
     * 25. A sub-query with OFFSET cannot be hashed, so each record is probed on the value index.
     */
    @Override
    protected String inDisjunction() {
        return " OFFSET 0";
    }

    @Override
    protected String noExtent() {
        return "r.extent IS NULL";
    }
}
