package fr.crige.wms.render;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.FilterProperties;
import fr.crige.core.filter.PropertyName;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Symbolizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attributes a rendering pass reads: the default geometry, plus those named by its rules' filters and
 * label texts, in schema order. Asking the store for these only spares reading, transferring and decoding the
 * other columns for every drawn feature, which on a map of 500,000 parcels is a large share of the work.
 */
final class RuleAttributes {

    private RuleAttributes() {
    }

    /** The attribute names, in schema order; the filters were validated against the schema beforehand. */
    static List<String> of(List<Rule> rules, FeatureSchema schema) {
        Set<String> names = new HashSet<>();
        schema.defaultGeometry().ifPresent(g -> names.add(g.name()));
        for (Rule rule : rules) {
            names.addAll(FilterProperties.of(rule.filter()));
            for (Symbolizer s : rule.symbolizers()) {
                if (s instanceof Symbolizer.TextSymbolizer t) {
                    for (Expression part : t.label().parts()) {
                        if (part instanceof PropertyName p) {
                            names.add(p.name());
                        }
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        for (AttributeDescriptor a : schema.attributes()) {
            if (names.contains(a.name())) {
                ordered.add(a.name());
            }
        }
        return ordered;
    }
}
