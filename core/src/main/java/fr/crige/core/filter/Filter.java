package fr.crige.core.filter;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The filter model: able to express OGC Filter Encoding 2.0 (and 1.1) predicates. Services parse their
 * encodings (FES XML, CQL, KVP BBOX/RESOURCEID) into it; stores translate it (SQL with bound parameters)
 * or evaluate it in memory ({@link FilterEvaluator}).
 *
 * <p>Geometries in spatial filters carry their CRS as an EPSG code ({@code srid}, 0 = the native CRS of
 * the queried type) and are always in x = easting/longitude order.
 */
public sealed interface Filter {

    <R> R accept(FilterVisitor<R> visitor);

    Filter INCLUDE = new Include();
    Filter EXCLUDE = new Exclude();

    /** Matches every feature. */
    record Include() implements Filter {
        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /** Matches no feature. */
    record Exclude() implements Filter {
        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    record And(List<Filter> children) implements Filter {
        public And {
            children = List.copyOf(children);
        }

        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    record Or(List<Filter> children) implements Filter {
        public Or {
            children = List.copyOf(children);
        }

        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    record Not(Filter child) implements Filter {
        public Not {
            Objects.requireNonNull(child);
        }

        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /** PropertyIsEqualTo etc. {@code matchCase=false} compares strings case-insensitively. */
    record Comparison(ComparisonOperator operator, Expression left, Expression right, boolean matchCase)
            implements Filter {
        public Comparison {
            Objects.requireNonNull(operator);
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /** PropertyIsLike with the request's wildcard, single-character and escape characters. */
    record Like(PropertyName property, String pattern, char wildCard, char singleChar, char escapeChar,
            boolean matchCase) implements Filter {
        public Like {
            Objects.requireNonNull(property);
            Objects.requireNonNull(pattern);
        }

        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /** PropertyIsNull. */
    record IsNull(PropertyName property) implements Filter {
        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /** PropertyIsBetween (bounds inclusive). */
    record Between(Expression value, Expression lower, Expression upper) implements Filter {
        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /**
     * BBOX: the geometry property (null = the default geometry) interacts with the envelope given in the
     * CRS {@code srid} (0 = native).
     */
    record BBox(PropertyName property, Envelope envelope, int srid) implements Filter {
        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /** Intersects, Within, ... between a geometry property (null = default) and a literal geometry. */
    record Spatial(SpatialOperator operator, PropertyName property, Geometry geometry, int srid)
            implements Filter {
        public Spatial {
            Objects.requireNonNull(operator);
            Objects.requireNonNull(geometry);
        }

        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /**
     * DWithin / Beyond. The distance is in {@code units} (a UCUM or common name: "m", "km", "deg"...; null =
     * units of the CRS of the geometry).
     */
    record Distance(DistanceOperator operator, PropertyName property, Geometry geometry, int srid,
            double distance, String units) implements Filter {
        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    /** ResourceId: features whose id is in the set (ids as {@code typeName.key}). */
    record ResourceId(Set<String> ids) implements Filter {
        public ResourceId {
            ids = Set.copyOf(ids);
        }

        public <R> R accept(FilterVisitor<R> v) {
            return v.visit(this);
        }
    }

    static Filter and(Filter... filters) {
        return new And(List.of(filters));
    }

    static Filter or(Filter... filters) {
        return new Or(List.of(filters));
    }

    static Filter not(Filter f) {
        return new Not(f);
    }

    static Filter equal(String property, Object value) {
        return new Comparison(ComparisonOperator.EQUAL_TO, new PropertyName(property), new Literal(value), true);
    }

    static Filter compare(String property, ComparisonOperator op, Object value) {
        return new Comparison(op, new PropertyName(property), new Literal(value), true);
    }

    static Filter like(String property, String pattern) {
        return new Like(new PropertyName(property), pattern, '*', '.', '!', true);
    }

    static Filter isNull(String property) {
        return new IsNull(new PropertyName(property));
    }

    static Filter between(String property, Object lower, Object upper) {
        return new Between(new PropertyName(property), new Literal(lower), new Literal(upper));
    }

    static Filter bbox(Envelope env, int srid) {
        return new BBox(null, env, srid);
    }

    static Filter spatial(SpatialOperator op, Geometry g, int srid) {
        return new Spatial(op, null, g, srid);
    }

    static Filter ids(String... ids) {
        return new ResourceId(Set.of(ids));
    }
}
