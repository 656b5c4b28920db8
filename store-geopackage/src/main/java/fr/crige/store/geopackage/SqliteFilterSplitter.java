package fr.crige.store.geopackage;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureId;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.DistanceOperator;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterValidator;
import fr.crige.core.filter.FilterVisitor;
import fr.crige.core.filter.LikePattern;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.filter.ValueConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Splits a validated filter, whose geometries are in the native CRS, into SQLite SQL and a residual for
 * {@link fr.crige.core.filter.FilterEvaluator}.
 *
 * <p>Translated exactly: Include/Exclude, comparisons and ranges on text (case-sensitive), numbers, booleans
 * and dates (GeoPackage stores dates as ISO text, which sorts as dates), IsNull, ResourceId, and And/Or/Not
 * of those. Translated as a prefilter (a necessary condition, the filter itself stays in the residual):
 * case-sensitive Like (SQLite's LIKE ignores ASCII case, so it selects a superset), and BBOX, spatial
 * operators other than Disjoint, and DWithin through the R-tree (envelope overlap, expanded by the
 * distance). Left entirely to the residual: case-insensitive text comparisons and Like (SQLite folds ASCII
 * only), timestamps (stored as text of various forms), Disjoint and Beyond, and anything without an
 * R-tree.
 */
final class SqliteFilterSplitter {

    /** The SQL for one node: {@code sql == null} means no SQL condition; {@code exact} that SQL suffices. */
    private record Part(String sql, List<Object> params, boolean exact) {
        static final Part NONE = new Part(null, List.of(), false);

        static Part exact(String sql, Object... params) {
            return new Part(sql, List.of(params), true);
        }

        static Part prefilter(String sql, Object... params) {
            return new Part(sql, List.of(params), false);
        }
    }

    private final GeoPackageTable table;
    private final FeatureSchema schema;

    SqliteFilterSplitter(GeoPackageTable table) {
        this.table = table;
        this.schema = table.schema();
    }

    SplitFilter split(Filter filter) {
        Translator translator = new Translator();
        Part part = filter.accept(translator);
        Filter residual;
        if (part.exact()) {
            residual = Filter.INCLUDE;
        } else if (filter instanceof Filter.And and) {
            // keep in memory only the conjuncts SQL does not settle
            List<Filter> rest = and.children().stream().filter(c -> !c.accept(translator).exact()).toList();
            residual = rest.size() == 1 ? rest.get(0) : new Filter.And(rest);
        } else {
            residual = filter;
        }
        SqlFragment where = part.sql() == null ? null : new SqlFragment(part.sql(), part.params());
        return new SplitFilter(where, residual);
    }

    private final class Translator implements FilterVisitor<Part> {

        @Override
        public Part visit(Filter.Include f) {
            return Part.exact("1");
        }

        @Override
        public Part visit(Filter.Exclude f) {
            return Part.exact("0");
        }

        @Override
        public Part visit(Filter.And f) {
            return combine(f.children(), " AND ", false);
        }

        @Override
        public Part visit(Filter.Or f) {
            return combine(f.children(), " OR ", true);
        }

        /**
         * AND keeps the conditions it has (a conjunction of supersets is a superset); OR needs one on every
         * branch. Exact when every child is.
         */
        private Part combine(List<Filter> children, String operator, boolean needsAll) {
            if (children.isEmpty()) {
                return Part.exact(needsAll ? "0" : "1");
            }
            List<String> sql = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            boolean exact = true;
            for (Filter c : children) {
                Part p = c.accept(this);
                exact &= p.exact();
                if (p.sql() == null) {
                    if (needsAll) {
                        return Part.NONE;
                    }
                    continue;
                }
                sql.add("(" + p.sql() + ")");
                params.addAll(p.params());
            }
            return sql.isEmpty() ? Part.NONE : new Part(balanced(sql, operator, 0, sql.size()), params, exact);
        }

        /**
         * Joins conditions, in order, as a balanced tree: SQLite parses a flat chain {@code a OR b OR c...}
         * into a tree as deep as the chain and refuses trees deeper than 1000, which one filter of a thousand
         * values would reach; nested in pairs, the depth is logarithmic.
         */
        private static String balanced(List<String> sql, String operator, int from, int to) {
            if (to - from == 1) {
                return sql.get(from);
            }
            int middle = (from + to) >>> 1;
            return group(sql, operator, from, middle) + operator + group(sql, operator, middle, to);
        }

        private static String group(List<String> sql, String operator, int from, int to) {
            return to - from == 1 ? sql.get(from) : "(" + balanced(sql, operator, from, to) + ")";
        }

        @Override
        public Part visit(Filter.Not f) {
            Part child = f.child().accept(this);
            return child.exact() ? new Part("NOT (" + child.sql() + ")", child.params(), true) : Part.NONE;
        }

        @Override
        public Part visit(Filter.Comparison f) {
            AttributeDescriptor type = typeOf(List.of(f.left(), f.right()));
            if (type == null || !translatable(type) || (type.type() == AttributeType.STRING && !f.matchCase())) {
                return Part.NONE;
            }
            List<Object> params = new ArrayList<>();
            String sql = operand(f.left(), type, params) + " " + f.operator().sql() + " "
                    + operand(f.right(), type, params);
            return new Part(sql, params, true);
        }

        @Override
        public Part visit(Filter.Between f) {
            AttributeDescriptor type = typeOf(List.of(f.value(), f.lower(), f.upper()));
            if (type == null || !translatable(type)) {
                return Part.NONE;
            }
            List<Object> params = new ArrayList<>();
            String sql = operand(f.value(), type, params) + " BETWEEN " + operand(f.lower(), type, params)
                    + " AND " + operand(f.upper(), type, params);
            return new Part(sql, params, true);
        }

        @Override
        public Part visit(Filter.Like f) {
            if (!f.matchCase()) {
                return Part.NONE;
            }
            return Part.prefilter(column(f.property().name()) + " LIKE ? ESCAPE '" + LikePattern.SQL_ESCAPE + "'",
                    LikePattern.of(f).toSqlLike());
        }

        @Override
        public Part visit(Filter.IsNull f) {
            return Part.exact(column(f.property().name()) + " IS NULL");
        }

        @Override
        public Part visit(Filter.BBox f) {
            return rtree(f.property(), f.envelope());
        }

        @Override
        public Part visit(Filter.Spatial f) {
            return f.operator() == SpatialOperator.DISJOINT ? Part.NONE
                    : rtree(f.property(), f.geometry().getEnvelopeInternal());
        }

        @Override
        public Part visit(Filter.Distance f) {
            if (f.operator() != DistanceOperator.DWITHIN) {
                return Part.NONE;
            }
            Envelope e = new Envelope(f.geometry().getEnvelopeInternal());
            e.expandBy(f.distance());
            return rtree(f.property(), e);
        }

        @Override
        public Part visit(Filter.ResourceId f) {
            List<Object> keys = new ArrayList<>();
            for (String id : f.ids()) {
                FeatureId.keyOf(table.name(), id).flatMap(SqliteFilterSplitter::parseKey).ifPresent(keys::add);
            }
            if (keys.isEmpty()) {
                return Part.exact("0");
            }
            String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
            return new Part(GeoPackageTable.quote(table.idColumn()) + " IN (" + marks + ")", keys, true);
        }

        /** Envelope overlap through the R-tree of the geometry column; none when there is no R-tree. */
        private Part rtree(PropertyName property, Envelope e) {
            FilterValidator.geometryAttribute(property, schema);
            if (table.rtree() == null) {
                return Part.NONE;
            }
            return Part.prefilter(GeoPackageTable.quote(table.idColumn()) + " IN (SELECT id FROM "
                    + GeoPackageTable.quote(table.rtree())
                    + " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)",
                    e.getMaxX(), e.getMinX(), e.getMaxY(), e.getMinY());
        }

        /** The attribute of the first property among the operands, or null when all are literals. */
        private AttributeDescriptor typeOf(List<Expression> operands) {
            for (Expression e : operands) {
                if (e instanceof PropertyName p) {
                    return schema.attribute(p.name()).orElseThrow();
                }
            }
            return null;
        }

        private String operand(Expression e, AttributeDescriptor type, List<Object> params) {
            if (e instanceof PropertyName p) {
                return column(p.name());
            }
            params.add(bindable(((Literal) e).value(), type));
            return "?";
        }

        private String column(String name) {
            // the name was validated against the schema, so it is one of the table's own column names
            return GeoPackageTable.quote(schema.attribute(name).orElseThrow().name());
        }
    }

    /** Types whose SQLite storage compares like the Java values (see the class comment). */
    private static boolean translatable(AttributeDescriptor a) {
        return switch (a.type()) {
            case STRING, INTEGER, LONG, DOUBLE, DECIMAL, BOOLEAN, DATE -> true;
            default -> false;
        };
    }

    /** A literal as SQLite stores values of the attribute's type: numbers, 0/1, ISO date text. */
    private static Object bindable(Object value, AttributeDescriptor a) {
        if (value == null) {
            return null;
        }
        if (a.type().isNumeric()) {
            BigDecimal n = ValueConverter.toNumber(value, a.name());
            return n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Object) n.longValueExact() : (Object) n.doubleValue();
        }
        Object v = ValueConverter.convert(value, a);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v;
    }

    /** The integer primary key of an id key, when it is written exactly as SQLite writes it ("5", not "05"). */
    private static Optional<Object> parseKey(String key) {
        try {
            long k = Long.parseLong(key);
            return Long.toString(k).equals(key) ? Optional.of(k) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
