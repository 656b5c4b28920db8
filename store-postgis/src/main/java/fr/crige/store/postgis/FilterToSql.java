package fr.crige.store.postgis;

import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureId;
import fr.crige.core.filter.ComparisonOperator;
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
import fr.crige.core.store.InvalidQueryException;
import java.math.BigDecimal;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Translates a {@link Filter} into a PostgreSQL/PostGIS {@code WHERE} condition with bound parameters.
 *
 * <p>Identifiers are the quoted names of catalog columns looked up from the property names, so an unknown
 * name fails before any SQL exists; values are converted to the column's type with {@link ValueConverter}
 * and bound. Geometry literals are bound as WKB with the column's SRID; the filter must already be in the
 * native CRS of the table ({@link fr.crige.core.filter.FilterReprojector}), distances in its units.
 *
 * <p>Semantics follow {@link fr.crige.core.filter.FilterEvaluator}: SQL's three-valued logic, BBOX as exact
 * intersection with the envelope (or, when the query allows a loose BBOX, envelope against envelope outside
 * any NOT, where a superset is harmless), text ordering by code point ({@code COLLATE "C"}).
 */
final class FilterToSql implements FilterVisitor<SqlFragment> {
    private final PostgisTable table;
    private final boolean looseBbox;
    /** How many NOT the visit is under: a loose test is only a superset outside them. */
    private int negations;

    private FilterToSql(PostgisTable table, boolean looseBbox) {
        this.table = table;
        this.looseBbox = looseBbox;
    }

    /** The condition selecting the features of {@code table} that match {@code filter} exactly. */
    static SqlFragment encode(Filter filter, PostgisTable table) {
        return encode(filter, table, false);
    }

    /**
     * The condition selecting the features of {@code table} that match {@code filter}; with {@code looseBbox},
     * BBOX filters outside any NOT compare envelopes only ({@link fr.crige.core.query.QueryHints#looseBbox}).
     */
    static SqlFragment encode(Filter filter, PostgisTable table, boolean looseBbox) {
        return filter.accept(new FilterToSql(table, looseBbox));
    }

    @Override
    public SqlFragment visit(Filter.Include f) {
        return new SqlFragment().sql("TRUE");
    }

    @Override
    public SqlFragment visit(Filter.Exclude f) {
        return new SqlFragment().sql("FALSE");
    }

    @Override
    public SqlFragment visit(Filter.And f) {
        return join(f.children(), " AND ", "TRUE");
    }

    @Override
    public SqlFragment visit(Filter.Or f) {
        return join(f.children(), " OR ", "FALSE");
    }

    @Override
    public SqlFragment visit(Filter.Not f) {
        negations++;
        try {
            return new SqlFragment().sql("NOT (").append(f.child().accept(this)).sql(")");
        } finally {
            negations--;
        }
    }

    @Override
    public SqlFragment visit(Filter.Comparison f) {
        PostgisColumn typed = typedColumn(List.of(f.left(), f.right()));
        boolean ordering = f.operator() != ComparisonOperator.EQUAL_TO && f.operator() != ComparisonOperator.NOT_EQUAL_TO;
        boolean ignoreCase = !f.matchCase() && typed != null && typed.type() == AttributeType.STRING;
        return new SqlFragment()
                .append(operand(f.left(), typed, ordering, ignoreCase))
                .sql(" " + f.operator().sql() + " ")
                .append(operand(f.right(), typed, ordering, ignoreCase));
    }

    @Override
    public SqlFragment visit(Filter.Between f) {
        PostgisColumn typed = typedColumn(List.of(f.value(), f.lower(), f.upper()));
        return new SqlFragment()
                .append(operand(f.value(), typed, true, false))
                .sql(" BETWEEN ")
                .append(operand(f.lower(), typed, true, false))
                .sql(" AND ")
                .append(operand(f.upper(), typed, true, false));
    }

    @Override
    public SqlFragment visit(Filter.Like f) {
        PostgisColumn column = table.column(f.property().name());
        return new SqlFragment()
                .sql(column.expression())
                .sql(f.matchCase() ? " LIKE " : " ILIKE ")
                .parameter(LikePattern.of(f).toSqlLike())
                .sql(" ESCAPE '" + LikePattern.SQL_ESCAPE + "'");
    }

    @Override
    public SqlFragment visit(Filter.IsNull f) {
        return new SqlFragment().sql(table.column(f.property().name()).expression()).sql(" IS NULL");
    }

    /**
     * {@code &&} lets PostgreSQL use the GiST index; ST_Intersects makes the test exact, unless the query
     * allows a loose BBOX.
     */
    @Override
    public SqlFragment visit(Filter.BBox f) {
        PostgisColumn column = geometryColumn(f.property());
        Envelope e = f.envelope();
        SqlFragment envelope = new SqlFragment().sql("ST_MakeEnvelope(")
                .parameter(e.getMinX()).sql(", ").parameter(e.getMinY()).sql(", ")
                .parameter(e.getMaxX()).sql(", ").parameter(e.getMaxY()).sql(", " + column.srid() + ")");
        String geometry = column.expression();
        SqlFragment test = new SqlFragment().sql("(" + geometry + " && ").append(envelope);
        if (!looseBbox || negations > 0) {
            test.sql(" AND ST_Intersects(" + geometry + ", ").append(envelope).sql(")");
        }
        return test.sql(")");
    }

    @Override
    public SqlFragment visit(Filter.Spatial f) {
        PostgisColumn column = geometryColumn(f.property());
        return new SqlFragment().sql(function(f.operator()) + "(" + column.expression() + ", ")
                .append(geometryLiteral(f.geometry(), column)).sql(")");
    }

    @Override
    public SqlFragment visit(Filter.Distance f) {
        PostgisColumn column = geometryColumn(f.property());
        SqlFragment dwithin = new SqlFragment().sql("ST_DWithin(" + column.expression() + ", ")
                .append(geometryLiteral(f.geometry(), column)).sql(", ").parameter(f.distance()).sql(")");
        return f.operator() == DistanceOperator.DWITHIN ? dwithin
                : new SqlFragment().sql("NOT ").append(dwithin);
    }

    /**
     * {@code pk IN (...)} with the keys of the ids that belong to this type and convert to the key's type;
     * other ids cannot match anything and are dropped.
     */
    @Override
    public SqlFragment visit(Filter.ResourceId f) {
        PostgisColumn id = table.id().orElse(null);
        if (id == null) {
            return new SqlFragment().sql("FALSE");
        }
        List<Object> keys = f.ids().stream()
                .flatMap(rid -> FeatureId.keyOf(table.tableName(), rid).stream())
                .flatMap(key -> idKey(key, id).stream())
                .distinct()
                .toList();
        if (keys.isEmpty()) {
            return new SqlFragment().sql("FALSE");
        }
        SqlFragment in = new SqlFragment().sql(id.expression() + " IN (");
        for (int i = 0; i < keys.size(); i++) {
            in.sql(i == 0 ? "" : ", ").parameter(keys.get(i));
        }
        return in.sql(")");
    }

    private static List<Object> idKey(String key, PostgisColumn id) {
        try {
            return List.of(ValueConverter.convert(key, id.type(), id.name()));
        } catch (InvalidQueryException e) {
            return List.of();
        }
    }

    private SqlFragment join(List<Filter> children, String operator, String empty) {
        if (children.isEmpty()) {
            return new SqlFragment().sql(empty);
        }
        SqlFragment out = new SqlFragment().sql("(");
        for (int i = 0; i < children.size(); i++) {
            out.sql(i == 0 ? "" : operator).append(children.get(i).accept(this));
        }
        return out.sql(")");
    }

    /** The column giving its type to the literals of a comparison: the first property among the operands. */
    private PostgisColumn typedColumn(List<Expression> operands) {
        for (Expression e : operands) {
            if (e instanceof PropertyName p) {
                return table.column(p.name());
            }
        }
        return null;
    }

    /**
     * One side of a comparison: a column or a bound literal of the type of {@code typed}. Text compared for
     * order uses the "C" collation (code point order) whatever the database's locale, as the evaluator does.
     */
    private SqlFragment operand(Expression e, PostgisColumn typed, boolean ordering, boolean ignoreCase) {
        SqlFragment out = new SqlFragment();
        if (e instanceof PropertyName p) {
            out.sql(table.column(p.name()).expression());
        } else {
            out.parameter(literalValue(((Literal) e).value(), typed));
        }
        boolean text = typed != null && typed.type() == AttributeType.STRING;
        if (ignoreCase) {
            out = new SqlFragment().sql("lower(").append(out).sql(")");
        }
        if (text && ordering) {
            // parenthesised: BETWEEN bounds do not accept a bare COLLATE clause
            out = new SqlFragment().sql("(").append(out).sql(" COLLATE \"C\")");
        }
        return out;
    }

    /**
     * A literal converted to the type of the column it is compared with. Numbers keep their exact value
     * (a decimal compared with an integer column stays a decimal) as in the evaluator; a comparison without
     * a column binds its literals as given.
     */
    private static Object literalValue(Object value, PostgisColumn typed) {
        if (typed == null || value == null) {
            return value;
        }
        if (typed.type().isNumeric()) {
            BigDecimal n = ValueConverter.toNumber(value, typed.name());
            return typed.type() == AttributeType.DOUBLE ? (Object) n.doubleValue() : n;
        }
        return ValueConverter.convert(value, typed.type(), typed.name());
    }

    private PostgisColumn geometryColumn(PropertyName property) {
        return table.column(FilterValidator.geometryAttribute(property, table.schema()).name());
    }

    /** The literal as 2D WKB: the OGC predicates and distances are planar. */
    private static SqlFragment geometryLiteral(Geometry geometry, PostgisColumn column) {
        byte[] wkb = new WKBWriter(2).write(geometry);
        return new SqlFragment().sql("ST_GeomFromWKB(").parameter(wkb).sql(", " + column.srid() + ")");
    }

    private static String function(SpatialOperator operator) {
        return switch (operator) {
            case INTERSECTS -> "ST_Intersects";
            case WITHIN -> "ST_Within";
            case CONTAINS -> "ST_Contains";
            case DISJOINT -> "ST_Disjoint";
            case TOUCHES -> "ST_Touches";
            case CROSSES -> "ST_Crosses";
            case OVERLAPS -> "ST_Overlaps";
            case EQUALS -> "ST_Equals";
        };
    }
}
