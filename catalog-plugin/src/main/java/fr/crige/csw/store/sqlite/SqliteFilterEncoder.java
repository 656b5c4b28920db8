package fr.crige.csw.store.sqlite;

import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.csw.record.FrenchTextAnalyzer;
import fr.crige.csw.store.FullTextQuery;
import fr.crige.csw.store.sql.SqlFilterEncoder;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The filter encoder of the embedded store: AnyText goes to the FTS5 index of terms already analysed by
 * {@link FrenchTextAnalyzer}, spatial operators to the R*Tree of extents. Not thread-safe: one instance per
 * query.
 */
final class SqliteFilterEncoder extends SqlFilterEncoder {

    SqliteFilterEncoder(FrenchTextAnalyzer analyzer) {
        super(analyzer);
    }

    @Override
    protected String noExtent() {
        return "r.rid NOT IN (SELECT rid FROM record_extent)";
    }

    @Override
    protected String fullText(FullTextQuery query) {
        if (query.matchesAll()) {
            return TRUE;
        }
        String match = query.terms().stream()
                .map(t -> "\"" + t.replace("\"", "\"\"") + "\"" + (query.prefix() ? "*" : ""))
                .collect(Collectors.joining(" "));
        return bind("r.rid IN (SELECT rowid FROM record_text WHERE record_text MATCH ?)", match);
    }

    @Override
    protected String extentCondition(SpatialOperator operator, Envelope e) {
        String condition = switch (operator) {
            case INTERSECTS -> intersects(e);
            case DISJOINT -> "NOT " + intersects(e);
            case WITHIN -> bind("minx >= ? AND maxx <= ? AND miny >= ? AND maxy <= ?", e.getMinX(), e.getMaxX(),
                    e.getMinY(), e.getMaxY());
            case CONTAINS -> bind("minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?", e.getMinX(), e.getMaxX(),
                    e.getMinY(), e.getMaxY());
            default -> throw new InvalidQueryException(operator + " is not supported for record extents; use BBOX, "
                    + "Intersects, Within, Contains or Disjoint", LOCATOR);
        };
        return "r.rid IN (SELECT rid FROM record_extent WHERE " + condition + ")";
    }

    private String intersects(Envelope e) {
        return bind("(maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?)", e.getMinX(), e.getMaxX(), e.getMinY(),
                e.getMaxY());
    }
}
