package fr.crige.wfs.fes;

import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import java.util.List;
import java.util.Set;

/**
 * Maps the FES 2.0 temporal operators onto comparisons of the core filter model, which the stores already run
 * in SQL. Temporal attributes are instants (xs:date, xs:dateTime), so each operator reduces to comparing the
 * attribute with the literal's bounds (ISO 19108 relative positions of an instant):
 * <ul>
 * <li>After: p &gt; instant, or p &gt; end of period;</li>
 * <li>Before: p &lt; instant, or p &lt; beginning of period;</li>
 * <li>During: beginning &lt; p &lt; end (a period only);</li>
 * <li>TEquals: p = instant (an instant only).</li>
 * </ul>
 * The other operators relate periods to periods and cannot hold for an instant-valued attribute in a
 * meaningful way, so they are refused rather than answered with empty results.
 */
public final class TemporalOperators {

    /** The operators advertised in the Temporal_Capabilities, in that order. */
    public static final List<String> SUPPORTED = List.of("After", "Before", "During", "TEquals");

    /** Every FES 2.0 temporal operator, to recognise the refused ones. */
    static final Set<String> ALL = Set.of("After", "Before", "Begins", "BegunBy", "TContains", "During",
            "EndedBy", "Ends", "TEquals", "Meets", "MetBy", "TOverlaps", "OverlappedBy", "AnyInteracts");

    private TemporalOperators() {
    }

    static Filter toFilter(String operator, PropertyName property, GmlTime time) {
        return switch (operator) {
            case "After" -> compare(property, ComparisonOperator.GREATER_THAN, time.end());
            case "Before" -> compare(property, ComparisonOperator.LESS_THAN, time.begin());
            case "During" -> {
                if (time.isInstant()) {
                    throw FesErrors.invalid("During needs a gml:TimePeriod");
                }
                yield new Filter.And(List.of(compare(property, ComparisonOperator.GREATER_THAN, time.begin()),
                        compare(property, ComparisonOperator.LESS_THAN, time.end())));
            }
            case "TEquals" -> {
                if (!time.isInstant()) {
                    throw FesErrors.invalid("TEquals compares an instant attribute with a gml:TimeInstant");
                }
                yield compare(property, ComparisonOperator.EQUAL_TO, time.begin());
            }
            default -> throw FesErrors.invalid("Temporal operator " + operator + " is not supported; supported: "
                    + String.join(", ", SUPPORTED));
        };
    }

    private static Filter compare(PropertyName property, ComparisonOperator op, Object value) {
        return new Filter.Comparison(op, property, new Literal(value), true);
    }
}
