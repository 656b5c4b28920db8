package fr.crige.core.filter;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.store.InvalidQueryException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the names and values of a query against the schema of the queried type before a store does
 * anything with them. Names come from requests: a store that validates first can quote them as identifiers
 * safely and never sends an unknown or ill-typed name to its backend.
 *
 * <p>Rules: every property exists; geometry operators (BBOX, spatial, distance) apply to geometry attributes
 * only, a missing property meaning the default geometry; comparisons, ranges and Like do not apply to
 * geometries; Like applies to strings only (so that every store matches the same text); literals convert to
 * the type of the property they are compared with ({@link ValueConverter}); sort keys are non-geometry
 * attributes. Violations raise {@link InvalidQueryException} whose locator is the offending property name
 * in a filter, {@code sortBy} for sort keys and {@code propertyName} for the property selection.
 */
public final class FilterValidator {

    /** Locator of errors in sort keys. */
    public static final String SORT_BY = "sortBy";
    /** Locator of errors in the property selection. */
    public static final String PROPERTY_NAME = "propertyName";

    private FilterValidator() {
    }

    /** Checks a filter, sort keys and property selection (null = all) in one go. */
    public static void validate(FeatureSchema schema, Filter filter, List<SortBy> sortBy, List<String> properties) {
        validateFilter(filter, schema);
        validateSortBy(sortBy, schema);
        validateProperties(properties, schema);
    }

    public static void validateFilter(Filter filter, FeatureSchema schema) {
        filter.accept(new Checker(schema));
    }

    public static void validateSortBy(List<SortBy> sortBy, FeatureSchema schema) {
        for (SortBy key : sortBy) {
            AttributeDescriptor a = schema.attribute(key.property()).orElseThrow(
                    () -> new InvalidQueryException("Unknown sort property '" + key.property() + "' in "
                            + schema.typeName(), SORT_BY));
            if (a.isGeometry() || a.type() == AttributeType.BINARY) {
                throw new InvalidQueryException("Cannot sort on " + a.name(), SORT_BY);
            }
        }
    }

    /** Checks a property selection: known names, no duplicates; null means all attributes. */
    public static void validateProperties(List<String> properties, FeatureSchema schema) {
        if (properties == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String p : properties) {
            if (schema.indexOf(p) < 0) {
                throw new InvalidQueryException("Unknown property '" + p + "' in " + schema.typeName(),
                        PROPERTY_NAME);
            }
            if (!seen.add(p)) {
                throw new InvalidQueryException("Property '" + p + "' selected twice", PROPERTY_NAME);
            }
        }
    }

    /**
     * The geometry attribute a geometry operator applies to: the named one, or the default geometry when
     * {@code property} is null.
     *
     * @throws InvalidQueryException when the attribute is unknown, is not a geometry, or the type has none
     */
    public static AttributeDescriptor geometryAttribute(PropertyName property, FeatureSchema schema) {
        if (property == null) {
            return schema.defaultGeometry().orElseThrow(() -> new InvalidQueryException(
                    "Type " + schema.typeName() + " has no geometry", schema.typeName()));
        }
        AttributeDescriptor a = attribute(property, schema);
        if (!a.isGeometry()) {
            throw new InvalidQueryException("Property " + a.name() + " is not a geometry", a.name());
        }
        return a;
    }

    private static AttributeDescriptor attribute(PropertyName property, FeatureSchema schema) {
        return schema.attribute(property.name()).orElseThrow(() -> new InvalidQueryException(
                "Unknown property '" + property.name() + "' in " + schema.typeName(), property.name()));
    }

    /** Walks the filter; returns nothing, throws on the first violation. */
    private static final class Checker extends FilterWalker {
        private final FeatureSchema schema;

        Checker(FeatureSchema schema) {
            this.schema = schema;
        }

        @Override
        public Void visit(Filter.Comparison f) {
            checkOperands(List.of(f.left(), f.right()));
            return null;
        }

        @Override
        public Void visit(Filter.Like f) {
            AttributeDescriptor a = attribute(f.property(), schema);
            if (a.type() != AttributeType.STRING) {
                throw new InvalidQueryException("PropertyIsLike applies to text, " + a.name() + " is "
                        + a.type().name().toLowerCase(Locale.ROOT), a.name());
            }
            return null;
        }

        @Override
        public Void visit(Filter.IsNull f) {
            attribute(f.property(), schema);
            return null;
        }

        @Override
        public Void visit(Filter.Between f) {
            checkOperands(List.of(f.value(), f.lower(), f.upper()));
            return null;
        }

        @Override
        public Void visit(Filter.BBox f) {
            AttributeDescriptor a = geometryAttribute(f.property(), schema);
            if (f.envelope() == null || f.envelope().isNull()) {
                throw new InvalidQueryException("BBOX without an envelope", a.name());
            }
            return null;
        }

        @Override
        public Void visit(Filter.Spatial f) {
            geometryAttribute(f.property(), schema);
            return null;
        }

        @Override
        public Void visit(Filter.Distance f) {
            AttributeDescriptor a = geometryAttribute(f.property(), schema);
            if (f.geometry() == null || !Double.isFinite(f.distance()) || f.distance() < 0) {
                throw new InvalidQueryException("Distance filter needs a geometry and a distance >= 0", a.name());
            }
            DistanceUnits.parse(f.units());
            return null;
        }

        /**
         * Operands of a comparison or range: known non-geometry properties, and literals convertible to the
         * type of the (first) property among them. Two properties must have comparable types.
         */
        private void checkOperands(List<Expression> operands) {
            AttributeDescriptor typed = null;
            for (Expression e : operands) {
                if (e instanceof PropertyName p) {
                    AttributeDescriptor a = attribute(p, schema);
                    if (a.isGeometry() || a.type() == AttributeType.BINARY) {
                        throw new InvalidQueryException("Cannot compare " + a.name(), a.name());
                    }
                    if (typed == null) {
                        typed = a;
                    } else if (!comparable(typed.type(), a.type())) {
                        throw new InvalidQueryException("Cannot compare " + typed.name() + " with " + a.name(),
                                a.name());
                    }
                }
            }
            if (typed == null) {
                return;
            }
            for (Expression e : operands) {
                if (e instanceof Literal l) {
                    if (typed.type().isNumeric()) {
                        if (l.value() != null) {
                            ValueConverter.toNumber(l.value(), typed.name());
                        }
                    } else {
                        ValueConverter.convert(l.value(), typed);
                    }
                }
            }
        }

        private static boolean comparable(AttributeType a, AttributeType b) {
            return a == b || (a.isNumeric() && b.isNumeric());
        }
    }
}
