package fr.crige.csw.store.sqlite;

import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.csw.record.FrenchTextAnalyzer;
import fr.crige.csw.store.FullTextQuery;
import fr.crige.csw.store.sql.SqlFilterEncoder;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The filter encoder of the embedded store: AnyText goes to the FTS5 index of terms already analysed by
 * {@link FrenchTextAnalyzer}, spatial operators to the R*Tree of extents or to the extent columns of the
 * record row. Not thread-safe: one instance per query.
 *
 * <p>Where the spatial condition goes depends on what else the filter asks. Alone, it searches the R*Tree.
 * Next to an AnyText search (what every catalogue client sends: words and the map's box), the full-text index
 * gives the candidates and the extent is compared on each candidate's row: SQLite would otherwise read both
 * indexes into temporary B-trees and probe one with the other, and for a common word in a large box (20,000
 * and 40,000 records) that costs several times what comparing four columns of 20,000 narrow rows does.
 */
final class SqliteFilterEncoder extends SqlFilterEncoder {

    /** How many AND with an AnyText search the condition being written is in. */
    private int textDriven;

    /**
     * The row id as written in the conditions of the indexes: {@code +r.rid} when the query is to walk the
     * records in order, since SQLite's planner never drives a query from a term whose column has a unary plus.
     */
    private final String rid;

    /**
     * @param orderedScan whether the conditions must not make SQLite gather candidates from the full-text and
     *                    extent indexes (see {@link fr.crige.csw.store.sql.SqlRecordStore#orderedScanEncoder})
     */
    SqliteFilterEncoder(FrenchTextAnalyzer analyzer, boolean orderedScan) {
        super(analyzer);
        this.rid = orderedScan ? "+r.rid" : "r.rid";
    }

    @Override
    public String visit(Filter.And f) {
        boolean withText = f.children().stream().anyMatch(SqlFilterEncoder::isFullText);
        textDriven += withText ? 1 : 0;
        try {
            return super.visit(f);
        } finally {
            textDriven -= withText ? 1 : 0;
        }
    }

    @Override
    protected String noExtent() {
        return "r.minx IS NULL";
    }

    @Override
    protected String fullText(FullTextQuery query) {
        if (query.matchesAll()) {
            return TRUE;
        }
        String match = query.terms().stream()
                .map(t -> "\"" + t.replace("\"", "\"\"") + "\"" + (query.prefix() ? "*" : ""))
                .collect(Collectors.joining(" "));
        return bind(rid + " IN (SELECT rowid FROM record_text WHERE record_text MATCH ?)", match);
    }

    /**
     * The extent compared on the record's row, exactly (the R*Tree stores 32-bit floats rounded outwards, so
     * its answer may include a record whose extent only touches the box within rounding); without an AnyText
     * search, the R*Tree first gives the candidates.
     */
    @Override
    protected String extentCondition(SpatialOperator operator, Envelope e) {
        String index = textDriven > 0 ? "" : rid + " IN (SELECT rid FROM record_extent WHERE " + compare(operator,
                "", e) + ") AND ";
        // a record without extent has null columns: the comparison would be unknown, made false here
        String matching = "(" + index + "r.minx IS NOT NULL AND " + compare(operator, "r.", e) + ")";
        return operator == SpatialOperator.DISJOINT ? "NOT " + matching : matching;
    }

    /** The comparison of the extent columns, qualified by the prefix, with the envelope. */
    private String compare(SpatialOperator operator, String prefix, Envelope e) {
        String[] op = switch (operator) {
            case INTERSECTS, DISJOINT -> new String[] {"maxx >= ?", "minx <= ?", "maxy >= ?", "miny <= ?"};
            case WITHIN -> new String[] {"minx >= ?", "maxx <= ?", "miny >= ?", "maxy <= ?"};
            case CONTAINS -> new String[] {"minx <= ?", "maxx >= ?", "miny <= ?", "maxy >= ?"};
            default -> throw new InvalidQueryException(operator + " is not supported for record extents; use BBOX, "
                    + "Intersects, Within, Contains or Disjoint", LOCATOR);
        };
        return bind(prefix + op[0] + " AND " + prefix + op[1] + " AND " + prefix + op[2] + " AND " + prefix + op[3],
                e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
    }
}
