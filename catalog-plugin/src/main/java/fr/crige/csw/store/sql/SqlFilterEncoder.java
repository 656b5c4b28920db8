package fr.crige.csw.store.sql;

import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterVisitor;
import fr.crige.core.filter.LikePattern;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.csw.record.FrenchTextAnalyzer;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.TextFolding;
import fr.crige.csw.store.FullTextQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * Translates a filter over queryables into an SQL condition on {@code record r}, with every value bound as a
 * parameter, for the record stores that keep queryable values in a table
 * {@code record_value (rid, queryable, value, folded, number)}. A queryable matches when any of its values
 * does: conditions are {@code EXISTS} sub-queries on that table. Each store says how it searches its
 * full-text index ({@code AnyText}) and its extents.
 *
 * <p>Spatial operators compare the union of the record's extents with the envelope of the query geometry:
 * exact for BBOX and for rectangular geometries, which is what catalogue clients send; Touches, Crosses,
 * Overlaps and Equals have no meaning for extents and are refused. Not thread-safe: one instance per query.
 */
public abstract class SqlFilterEncoder implements FilterVisitor<String> {

    /** The locator of query errors, as CSW names the part of a request holding the filter. */
    public static final String LOCATOR = "Constraint";
    /** Conditions always true and always false, as booleans in every SQL dialect (PostgreSQL refuses 1 and 0). */
    public static final String TRUE = "1 = 1";
    protected static final String FALSE = "1 = 0";

    protected final FrenchTextAnalyzer analyzer;
    private final List<Object> parameters = new ArrayList<>();
    /** How many OR the condition being written is in. */
    private int disjunctions;

    protected SqlFilterEncoder(FrenchTextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The values to bind, in the order of the placeholders of the conditions returned so far. */
    public List<Object> parameters() {
        return parameters;
    }

    /** The condition of a search in the full-text index ({@code AnyText}); one matching all when it has no term. */
    protected abstract String fullText(FullTextQuery query);

    /** The condition relating the union of the record's extents to the envelope; records without any fail it. */
    protected abstract String extentCondition(SpatialOperator operator, Envelope envelope);

    /** The condition of a record having no extent. */
    protected abstract String noExtent();

    @Override
    public String visit(Filter.Include f) {
        return TRUE;
    }

    @Override
    public String visit(Filter.Exclude f) {
        return FALSE;
    }

    @Override
    public String visit(Filter.And f) {
        return f.children().stream().map(c -> c.accept(this)).collect(Collectors.joining(" AND ", "(", ")"));
    }

    @Override
    public String visit(Filter.Or f) {
        disjunctions++;
        try {
            return f.children().stream().map(c -> c.accept(this)).collect(Collectors.joining(" OR ", "(", ")"));
        } finally {
            disjunctions--;
        }
    }

    @Override
    public String visit(Filter.Not f) {
        return "NOT " + f.child().accept(this);
    }

    @Override
    public String visit(Filter.Comparison f) {
        ComparisonOperator operator = f.operator();
        PropertyName property;
        Literal literal;
        if (f.left() instanceof PropertyName p && f.right() instanceof Literal l) {
            property = p;
            literal = l;
        } else if (f.left() instanceof Literal l && f.right() instanceof PropertyName p) {
            property = p;
            literal = l;
            operator = mirrored(operator);
        } else {
            throw new InvalidQueryException("A comparison needs a queryable and a literal", LOCATOR);
        }
        Queryable queryable = queryable(property);
        String value = String.valueOf(literal.value());
        if (queryable.kind() == Queryable.Kind.FULL_TEXT) {
            if (operator != ComparisonOperator.EQUAL_TO) {
                throw new InvalidQueryException("AnyText only supports PropertyIsEqualTo and PropertyIsLike", LOCATOR);
            }
            // every word of the text, whole
            return fullText(FullTextQuery.words(analyzer, value));
        }
        requireValued(queryable);
        if (operator == ComparisonOperator.NOT_EQUAL_TO) {
            // "no value equals": what a user means for a multi-valued queryable such as Subject
            return "NOT " + valueCondition(queryable, f.matchCase(), "=", value);
        }
        return valueCondition(queryable, f.matchCase(), operator.sql(), value);
    }

    @Override
    public String visit(Filter.Like f) {
        Queryable queryable = queryable(f.property());
        if (queryable.kind() == Queryable.Kind.FULL_TEXT) {
            // every word of the pattern, as a prefix
            return fullText(FullTextQuery.likePattern(analyzer, f.pattern(), f.wildCard(), f.singleChar(),
                    f.escapeChar()));
        }
        requireValued(queryable);
        if (queryable.kind() == Queryable.Kind.NUMBER) {
            throw new InvalidQueryException("PropertyIsLike does not apply to " + queryable.apisoName(), LOCATOR);
        }
        String pattern = LikePattern.of(f).toSqlLike();
        parameters.add(queryable.apisoName());
        parameters.add(f.matchCase() ? pattern : TextFolding.fold(pattern));
        return hasValue("v." + (f.matchCase() ? "value" : "folded") + " LIKE ? ESCAPE '" + LikePattern.SQL_ESCAPE
                + "'");
    }

    @Override
    public String visit(Filter.IsNull f) {
        Queryable queryable = queryable(f.property());
        return switch (queryable.kind()) {
            case FULL_TEXT -> FALSE;
            case ENVELOPE -> noExtent();
            default -> {
                parameters.add(queryable.apisoName());
                yield "NOT " + hasValue(TRUE);
            }
        };
    }

    @Override
    public String visit(Filter.Between f) {
        if (!(f.value() instanceof PropertyName property) || !(f.lower() instanceof Literal lower)
                || !(f.upper() instanceof Literal upper)) {
            throw new InvalidQueryException("PropertyIsBetween needs a queryable and two literals", LOCATOR);
        }
        Queryable queryable = queryable(property);
        requireValued(queryable);
        String column = queryable.kind() == Queryable.Kind.NUMBER ? "number" : "value";
        parameters.add(queryable.apisoName());
        parameters.add(bindable(queryable, String.valueOf(lower.value())));
        parameters.add(bindable(queryable, String.valueOf(upper.value())));
        return hasValue("v." + column + " BETWEEN ? AND ?");
    }

    @Override
    public String visit(Filter.BBox f) {
        requireExtentProperty(f.property());
        requireWgs84(f.srid());
        return extentCondition(SpatialOperator.INTERSECTS, f.envelope());
    }

    @Override
    public String visit(Filter.Spatial f) {
        requireExtentProperty(f.property());
        requireWgs84(f.srid());
        return extentCondition(f.operator(), f.geometry().getEnvelopeInternal());
    }

    @Override
    public String visit(Filter.Distance f) {
        throw new InvalidQueryException(f.operator() + " is not supported by the catalogue", LOCATOR);
    }

    @Override
    public String visit(Filter.ResourceId f) {
        parameters.addAll(f.ids());
        return f.ids().stream().map(id -> "?").collect(Collectors.joining(", ", "r.identifier IN (", ")"));
    }

    private String valueCondition(Queryable queryable, boolean matchCase, String sqlOperator, String value) {
        String column;
        Object bound;
        if (queryable.kind() == Queryable.Kind.NUMBER) {
            column = "number";
            bound = bindable(queryable, value);
        } else if (matchCase) {
            column = "value";
            bound = value;
        } else {
            column = "folded";
            bound = TextFolding.fold(value);
        }
        parameters.add(queryable.apisoName());
        parameters.add(bound);
        return hasValue("v." + column + " " + sqlOperator + " ?");
    }

    /**
     * The condition of the record having a value of the queryable (bound first) that meets the condition on
     * {@code record_value v}; the dialect may add a clause to the sub-query when it is a branch of an OR.
     */
    private String hasValue(String condition) {
        return "EXISTS (SELECT 1 FROM record_value v WHERE v.rid = r.rid AND v.queryable = ? AND " + condition
                + (disjunctions > 0 ? inDisjunction() : "") + ")";
    }

    /**
     * What ends a value sub-query that is a branch of an OR, where no database can turn it into a join; none
     * by default.
     */
    protected String inDisjunction() {
        return "";
    }

    /** Adds the values to bind and returns the SQL holding their placeholders. */
    protected final String bind(String sql, Object... values) {
        parameters.addAll(List.of(values));
        return sql;
    }

    /** Whether the filter is a search in the full-text index: PropertyIsLike or PropertyIsEqualTo on AnyText. */
    protected static boolean isFullText(Filter f) {
        if (f instanceof Filter.Like like) {
            return queryable(like.property()).kind() == Queryable.Kind.FULL_TEXT;
        }
        if (f instanceof Filter.Comparison c) {
            Expression property = c.left() instanceof PropertyName ? c.left() : c.right();
            return property instanceof PropertyName p && queryable(p).kind() == Queryable.Kind.FULL_TEXT;
        }
        return false;
    }

    private static Queryable queryable(PropertyName property) {
        return Queryable.byName(property.name()).orElseThrow(() -> new InvalidQueryException(
                "Unknown queryable " + property.name(), LOCATOR));
    }

    private static void requireValued(Queryable queryable) {
        if (queryable.kind() == Queryable.Kind.ENVELOPE) {
            throw new InvalidQueryException(queryable.apisoName() + " only supports spatial operators", LOCATOR);
        }
    }

    private static void requireExtentProperty(PropertyName property) {
        if (property != null && queryable(property).kind() != Queryable.Kind.ENVELOPE) {
            throw new InvalidQueryException("Spatial operators apply to BoundingBox, not " + property.name(), LOCATOR);
        }
    }

    private static void requireWgs84(int srid) {
        if (srid != 0 && srid != 4326) {
            throw new IllegalArgumentException("Spatial literals must be reprojected to WGS 84 first, got EPSG:"
                    + srid);
        }
    }

    private static Object bindable(Queryable queryable, String value) {
        if (queryable.kind() != Queryable.Kind.NUMBER) {
            return value;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(queryable.apisoName() + " is a number, not '" + value + "'", LOCATOR);
        }
    }

    private static ComparisonOperator mirrored(ComparisonOperator operator) {
        return switch (operator) {
            case LESS_THAN -> ComparisonOperator.GREATER_THAN;
            case GREATER_THAN -> ComparisonOperator.LESS_THAN;
            case LESS_THAN_OR_EQUAL_TO -> ComparisonOperator.GREATER_THAN_OR_EQUAL_TO;
            case GREATER_THAN_OR_EQUAL_TO -> ComparisonOperator.LESS_THAN_OR_EQUAL_TO;
            default -> operator;
        };
    }
}
