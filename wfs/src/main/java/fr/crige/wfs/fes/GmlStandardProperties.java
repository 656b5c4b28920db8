package fr.crige.wfs.fes;

import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.PropertyName;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.util.Set;

/**
 * The properties every GML feature inherits from {@code gml:AbstractFeatureType} ({@code gml:description},
 * {@code gml:identifier}, {@code gml:name}, {@code gml:boundedBy}), which filters may name although they are
 * not attributes of the stored type. The parser keeps them apart as {@code gml:<name>} references (a spelling
 * no attribute can have, since XML names in the feature namespace carry no prefix here) and this rewriter
 * resolves them before the filter reaches the store:
 * <ul>
 * <li>crige writes no description, identifier or name, so these are always null: PropertyIsNull holds,
 * comparisons and PropertyIsLike never do;</li>
 * <li>{@code gml:boundedBy} in a spatial operator is the feature's extent, i.e. its default geometry;
 * comparing it with a value is meaningless and answered with OperationProcessingFailed; GetFeature does not
 * write it, so PropertyIsNull holds for it.</li>
 * </ul>
 * Any other {@code gml:} property is an unknown property (InvalidParameterValue).
 */
public final class GmlStandardProperties extends FilterRewriter {

    /** The prefix of standard property references. */
    static final String PREFIX = "gml:";
    private static final String BOUNDED_BY = PREFIX + "boundedBy";
    private static final Set<String> ALWAYS_NULL = Set.of(PREFIX + "description", PREFIX + "identifier",
            PREFIX + "name");

    private static final GmlStandardProperties INSTANCE = new GmlStandardProperties();

    private GmlStandardProperties() {
    }

    /** The filter with its GML standard property references resolved. */
    public static Filter resolve(Filter filter) {
        return INSTANCE.rewrite(filter);
    }

    /** The reference to a standard property from its local name, such as {@code name}. */
    static PropertyName reference(String localName) {
        String name = PREFIX + localName;
        if (!ALWAYS_NULL.contains(name) && !name.equals(BOUNDED_BY)) {
            throw FesErrors.invalid("Unknown property " + name);
        }
        return new PropertyName(name);
    }

    @Override
    public Filter visit(Filter.Comparison f) {
        return valueTest(f, f.left(), f.right());
    }

    @Override
    public Filter visit(Filter.Like f) {
        return valueTest(f, f.property(), null);
    }

    @Override
    public Filter visit(Filter.Between f) {
        return valueTest(f, f.value(), f.lower(), f.upper());
    }

    @Override
    public Filter visit(Filter.IsNull f) {
        boolean standard = ALWAYS_NULL.contains(f.property().name()) || isBoundedBy(f.property());
        return standard ? Filter.INCLUDE : f;
    }

    @Override
    public Filter visit(Filter.BBox f) {
        return isBoundedBy(f.property()) ? new Filter.BBox(null, f.envelope(), f.srid()) : f;
    }

    @Override
    public Filter visit(Filter.Spatial f) {
        return isBoundedBy(f.property()) ? new Filter.Spatial(f.operator(), null, f.geometry(), f.srid()) : f;
    }

    @Override
    public Filter visit(Filter.Distance f) {
        return isBoundedBy(f.property())
                ? new Filter.Distance(f.operator(), null, f.geometry(), f.srid(), f.distance(), f.units()) : f;
    }

    private static Filter valueTest(Filter f, Expression... operands) {
        for (Expression e : operands) {
            if (e instanceof PropertyName p && isBoundedBy(p)) {
                throw new OwsException(OwsExceptionCode.OPERATION_PROCESSING_FAILED, FesErrors.LOCATOR,
                        "gml:boundedBy is a geometry; it cannot be compared with a value");
            }
        }
        for (Expression e : operands) {
            if (e instanceof PropertyName p && ALWAYS_NULL.contains(p.name())) {
                return Filter.EXCLUDE;
            }
        }
        return f;
    }

    private static boolean isBoundedBy(PropertyName property) {
        return property != null && BOUNDED_BY.equals(property.name());
    }
}
