package fr.crige.wms.render;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterVisitor;
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
final class RuleAttributes implements FilterVisitor<Void> {

    private final Set<String> names = new HashSet<>();

    private RuleAttributes() {
    }

    /** The attribute names, in schema order; the filters were validated against the schema beforehand. */
    static List<String> of(List<Rule> rules, FeatureSchema schema) {
        RuleAttributes collector = new RuleAttributes();
        schema.defaultGeometry().ifPresent(g -> collector.names.add(g.name()));
        for (Rule rule : rules) {
            rule.filter().accept(collector);
            for (Symbolizer s : rule.symbolizers()) {
                if (s instanceof Symbolizer.TextSymbolizer t) {
                    t.label().parts().forEach(collector::add);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        for (AttributeDescriptor a : schema.attributes()) {
            if (collector.names.contains(a.name())) {
                ordered.add(a.name());
            }
        }
        return ordered;
    }

    private void add(Expression e) {
        if (e instanceof PropertyName p) {
            add(p);
        }
    }

    private void add(PropertyName p) {
        // null stands for the default geometry in spatial operators, which is always read
        if (p != null) {
            names.add(p.name());
        }
    }

    @Override
    public Void visit(Filter.Include f) {
        return null;
    }

    @Override
    public Void visit(Filter.Exclude f) {
        return null;
    }

    @Override
    public Void visit(Filter.And f) {
        f.children().forEach(c -> c.accept(this));
        return null;
    }

    @Override
    public Void visit(Filter.Or f) {
        f.children().forEach(c -> c.accept(this));
        return null;
    }

    @Override
    public Void visit(Filter.Not f) {
        return f.child().accept(this);
    }

    @Override
    public Void visit(Filter.Comparison f) {
        add(f.left());
        add(f.right());
        return null;
    }

    @Override
    public Void visit(Filter.Like f) {
        add(f.property());
        return null;
    }

    @Override
    public Void visit(Filter.IsNull f) {
        add(f.property());
        return null;
    }

    @Override
    public Void visit(Filter.Between f) {
        add(f.value());
        add(f.lower());
        add(f.upper());
        return null;
    }

    @Override
    public Void visit(Filter.BBox f) {
        add(f.property());
        return null;
    }

    @Override
    public Void visit(Filter.Spatial f) {
        add(f.property());
        return null;
    }

    @Override
    public Void visit(Filter.Distance f) {
        add(f.property());
        return null;
    }

    @Override
    public Void visit(Filter.ResourceId f) {
        return null;
    }
}
