package fr.crige.core.filter;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Evaluates a filter on features in memory, for the parts of a query a store cannot translate to its
 * backend. The filter is compiled once (literals converted to the attribute types, Like patterns compiled,
 * literal geometries prepared), so an evaluator is cheap to apply and safe to share between threads.
 *
 * <p>Semantics follow SQL so that a store gives the same answer whether it evaluates a predicate in SQL or
 * here: three-valued logic where a comparison, range, Like or spatial test on a null value is
 * <em>unknown</em>, {@code NOT unknown} is unknown, and only <em>true</em> selects a feature. Strings compare
 * by code point ({@code COLLATE "C"} / SQLite BINARY); {@code matchCase=false} compares lower-cased values.
 * BBOX selects geometries intersecting the envelope (not only their envelopes).
 *
 * <p>Spatial literals must already be in the CRS of the features ({@link FilterReprojector}); their
 * {@code srid} is not looked at. Distances with units are taken in metres/kilometres for a projected
 * (metric) CRS and in degrees for a geographic one, as normalised by {@link FilterReprojector}.
 */
public final class FilterEvaluator implements Predicate<Feature> {

    /** A compiled predicate: TRUE, FALSE or null for unknown. */
    @FunctionalInterface
    private interface Node {
        Boolean eval(Feature f);
    }

    /** A compiled operand. */
    @FunctionalInterface
    private interface Operand {
        Object value(Feature f);
    }

    private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory();

    private final Node root;

    private FilterEvaluator(Node root) {
        this.root = root;
    }

    /**
     * Compiles a filter for features of {@code schema}. The filter must have been checked by
     * {@link FilterValidator}.
     */
    public static FilterEvaluator compile(Filter filter, FeatureSchema schema) {
        return new FilterEvaluator(filter.accept(new Compiler(schema)));
    }

    /** True when the filter is true for the feature (false or unknown give false). */
    @Override
    public boolean test(Feature feature) {
        return Boolean.TRUE.equals(root.eval(feature));
    }

    private static final class Compiler implements FilterVisitor<Node> {
        private final FeatureSchema schema;

        Compiler(FeatureSchema schema) {
            this.schema = schema;
        }

        @Override
        public Node visit(Filter.Include f) {
            return feature -> Boolean.TRUE;
        }

        @Override
        public Node visit(Filter.Exclude f) {
            return feature -> Boolean.FALSE;
        }

        @Override
        public Node visit(Filter.And f) {
            List<Node> children = compileAll(f.children());
            return feature -> {
                boolean unknown = false;
                for (Node c : children) {
                    Boolean b = c.eval(feature);
                    if (Boolean.FALSE.equals(b)) {
                        return Boolean.FALSE;
                    }
                    unknown |= b == null;
                }
                return unknown ? null : Boolean.TRUE;
            };
        }

        @Override
        public Node visit(Filter.Or f) {
            List<Node> children = compileAll(f.children());
            return feature -> {
                boolean unknown = false;
                for (Node c : children) {
                    Boolean b = c.eval(feature);
                    if (Boolean.TRUE.equals(b)) {
                        return Boolean.TRUE;
                    }
                    unknown |= b == null;
                }
                return unknown ? null : Boolean.FALSE;
            };
        }

        @Override
        public Node visit(Filter.Not f) {
            Node child = f.child().accept(this);
            return feature -> {
                Boolean b = child.eval(feature);
                return b == null ? null : !b;
            };
        }

        @Override
        public Node visit(Filter.Comparison f) {
            AttributeType type = operandType(List.of(f.left(), f.right()));
            Operand left = operand(f.left(), type);
            Operand right = operand(f.right(), type);
            ComparisonOperator op = f.operator();
            boolean matchCase = f.matchCase();
            return feature -> {
                Integer cmp = compare(left.value(feature), right.value(feature), matchCase);
                return cmp == null ? null : op.test(cmp);
            };
        }

        @Override
        public Node visit(Filter.Between f) {
            AttributeType type = operandType(List.of(f.value(), f.lower(), f.upper()));
            Operand value = operand(f.value(), type);
            Operand lower = operand(f.lower(), type);
            Operand upper = operand(f.upper(), type);
            return feature -> {
                Object v = value.value(feature);
                Integer lo = compare(v, lower.value(feature), true);
                Integer hi = compare(v, upper.value(feature), true);
                if (Boolean.FALSE.equals(lo == null ? null : lo >= 0)
                        || Boolean.FALSE.equals(hi == null ? null : hi <= 0)) {
                    return Boolean.FALSE;
                }
                return lo == null || hi == null ? null : Boolean.TRUE;
            };
        }

        @Override
        public Node visit(Filter.Like f) {
            Pattern regex = LikePattern.of(f).toRegex(f.matchCase());
            int index = schema.indexOf(f.property().name());
            return feature -> {
                Object v = feature.get(index);
                return v == null ? null : regex.matcher(v.toString()).matches();
            };
        }

        @Override
        public Node visit(Filter.IsNull f) {
            int index = schema.indexOf(f.property().name());
            return feature -> feature.get(index) == null;
        }

        @Override
        public Node visit(Filter.BBox f) {
            PreparedGeometry box = PreparedGeometryFactory.prepare(GEOMETRY_FACTORY.toGeometry(f.envelope()));
            int index = geometryIndex(f.property());
            return feature -> {
                Geometry g = (Geometry) feature.get(index);
                return g == null ? null : box.intersects(g);
            };
        }

        @Override
        public Node visit(Filter.Spatial f) {
            PreparedGeometry literal = PreparedGeometryFactory.prepare(f.geometry());
            int index = geometryIndex(f.property());
            Predicate<Geometry> test = switch (f.operator()) {
                case INTERSECTS -> literal::intersects;
                case DISJOINT -> literal::disjoint;
                case TOUCHES -> literal::touches;
                case CROSSES -> literal::crosses;
                case OVERLAPS -> literal::overlaps;
                // property WITHIN literal <=> literal CONTAINS property, and conversely
                case WITHIN -> literal::contains;
                case CONTAINS -> literal::within;
                case EQUALS -> g -> g.equalsTopo(f.geometry());
            };
            return feature -> {
                Geometry g = (Geometry) feature.get(index);
                return g == null ? null : test.test(g);
            };
        }

        @Override
        public Node visit(Filter.Distance f) {
            double distance = DistanceUnits.parse(f.units()).inBaseUnit(f.distance());
            boolean within = f.operator() == DistanceOperator.DWITHIN;
            Geometry literal = f.geometry();
            int index = geometryIndex(f.property());
            return feature -> {
                Geometry g = (Geometry) feature.get(index);
                return g == null ? null : g.isWithinDistance(literal, distance) == within;
            };
        }

        @Override
        public Node visit(Filter.ResourceId f) {
            Set<String> ids = f.ids();
            return feature -> ids.contains(feature.id());
        }

        private List<Node> compileAll(List<Filter> filters) {
            List<Node> nodes = new ArrayList<>(filters.size());
            filters.forEach(c -> nodes.add(c.accept(this)));
            return nodes;
        }

        private int geometryIndex(PropertyName property) {
            return schema.indexOf(FilterValidator.geometryAttribute(property, schema).name());
        }

        /** The type of the first property among the operands, or null when all are literals. */
        private AttributeType operandType(List<Expression> operands) {
            for (Expression e : operands) {
                if (e instanceof PropertyName p) {
                    return schema.attribute(p.name()).map(AttributeDescriptor::type).orElse(null);
                }
            }
            return null;
        }

        /**
         * Reads a property, or converts a literal once: to an exact number for numeric types (so that
         * {@code population > 1000.5} works), otherwise to the type of the compared property.
         */
        private Operand operand(Expression e, AttributeType type) {
            if (e instanceof PropertyName p) {
                int index = schema.indexOf(p.name());
                return feature -> feature.get(index);
            }
            Object raw = ((Literal) e).value();
            Object value;
            if (type == null || raw == null) {
                value = raw;
            } else if (type.isNumeric()) {
                value = ValueConverter.toNumber(raw, "literal");
            } else {
                value = ValueConverter.convert(raw, type, "literal");
            }
            return feature -> value;
        }
    }

    /** compareTo of two values of one type; numbers of any class compare exactly; null when either is null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Integer compare(Object a, Object b, boolean matchCase) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return toBigDecimal(x).compareTo(toBigDecimal(y));
        }
        if (a instanceof String x && b instanceof String y) {
            return matchCase ? compareCodePoints(x, y)
                    : compareCodePoints(x.toLowerCase(Locale.ROOT), y.toLowerCase(Locale.ROOT));
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        // both literals of different kinds: compare their text
        return compareCodePoints(a.toString(), b.toString());
    }

    private static BigDecimal toBigDecimal(Number n) {
        return n instanceof BigDecimal b ? b : ValueConverter.toNumber(n, "value");
    }

    /** Unicode code point order, the order of UTF-8 bytes used by SQLite and PostgreSQL's "C" collation. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
