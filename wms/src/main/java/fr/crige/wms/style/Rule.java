package fr.crige.wms.style;

import fr.crige.core.filter.Filter;
import java.util.List;
import java.util.Objects;

/**
 * A rule: the symbolizers drawn for the features its filter selects within its scale range.
 *
 * <p>An {@code ElseFilter} rule has {@link #elseFilter()} true and applies to the features that no ordinary
 * rule of its feature type style, active at the same scale, selected (SLD 1.0, 10.2.2).
 *
 * @param name                 rule name, or null
 * @param title                human title shown in legends, or null
 * @param abstractText         description, or null
 * @param filter               the selection; {@link Filter#INCLUDE} when the rule has none
 * @param elseFilter           true for an {@code ElseFilter} rule
 * @param minScaleDenominator  inclusive lower bound of the scale denominator, 0 for none
 * @param maxScaleDenominator  exclusive upper bound, {@link Double#POSITIVE_INFINITY} for none
 * @param symbolizers          what is drawn, in order
 */
public record Rule(String name, String title, String abstractText, Filter filter, boolean elseFilter,
        double minScaleDenominator, double maxScaleDenominator, List<Symbolizer> symbolizers) {

    public Rule {
        Objects.requireNonNull(filter, "filter");
        symbolizers = List.copyOf(symbolizers);
    }

    /** SLD 1.0, 10.2.4: the rule applies when min &lt;= scale &lt; max. */
    public boolean appliesAt(double scaleDenominator) {
        return scaleDenominator >= minScaleDenominator && scaleDenominator < maxScaleDenominator;
    }

    /** The title, else the name, else an empty string: what a legend prints. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return name == null ? "" : name;
    }
}
