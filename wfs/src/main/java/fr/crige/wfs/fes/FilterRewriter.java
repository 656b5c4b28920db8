package fr.crige.wfs.fes;

import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterVisitor;
import java.util.List;

/**
 * A filter transformation that copies the logical structure and returns every predicate unchanged;
 * subclasses override the predicates they rewrite. The WFS rewrites filters after resolving the queried type
 * (published resource ids, GML standard properties) and before handing them to the store.
 */
public abstract class FilterRewriter implements FilterVisitor<Filter> {

    /** Applies the rewriter to a filter. */
    public Filter rewrite(Filter filter) {
        return filter.accept(this);
    }

    @Override
    public Filter visit(Filter.And f) {
        return new Filter.And(all(f.children()));
    }

    @Override
    public Filter visit(Filter.Or f) {
        return new Filter.Or(all(f.children()));
    }

    @Override
    public Filter visit(Filter.Not f) {
        return new Filter.Not(f.child().accept(this));
    }

    private List<Filter> all(List<Filter> children) {
        return children.stream().map(c -> c.accept(this)).toList();
    }

    @Override
    public Filter visit(Filter.Include f) {
        return f;
    }

    @Override
    public Filter visit(Filter.Exclude f) {
        return f;
    }

    @Override
    public Filter visit(Filter.Comparison f) {
        return f;
    }

    @Override
    public Filter visit(Filter.Like f) {
        return f;
    }

    @Override
    public Filter visit(Filter.IsNull f) {
        return f;
    }

    @Override
    public Filter visit(Filter.Between f) {
        return f;
    }

    @Override
    public Filter visit(Filter.BBox f) {
        return f;
    }

    @Override
    public Filter visit(Filter.Spatial f) {
        return f;
    }

    @Override
    public Filter visit(Filter.Distance f) {
        return f;
    }

    @Override
    public Filter visit(Filter.ResourceId f) {
        return f;
    }
}
