package fr.crige.wms.style;

import java.util.List;

/**
 * One rendering pass over the features of a layer: each feature is drawn by every rule it matches, in rule
 * order.
 */
public record FeatureTypeStyle(List<Rule> rules) {

    public FeatureTypeStyle {
        rules = List.copyOf(rules);
    }

    /** The rules that apply at the scale, in order. */
    public List<Rule> rulesAt(double scaleDenominator) {
        return rules.stream().filter(r -> r.appliesAt(scaleDenominator)).toList();
    }
}
