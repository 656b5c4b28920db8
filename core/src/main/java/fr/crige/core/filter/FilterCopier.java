package fr.crige.core.filter;

import java.util.List;

/**
 * A visitor that copies a filter: it rebuilds {@code And}, {@code Or} and {@code Not} from their visited
 * children and returns every other node unchanged. Filter transformations (reprojection, property renaming,
 * id rewriting) extend it and override only the visits of the nodes they change, so the walk through the
 * logical structure is written once.
 */
public abstract class FilterCopier implements FilterVisitor<Filter> {

    @Override
    public Filter visit(Filter.Include f) {
        return f;
    }

    @Override
    public Filter visit(Filter.Exclude f) {
        return f;
    }

    @Override
    public Filter visit(Filter.And f) {
        return new Filter.And(copyAll(f.children()));
    }

    @Override
    public Filter visit(Filter.Or f) {
        return new Filter.Or(copyAll(f.children()));
    }

    @Override
    public Filter visit(Filter.Not f) {
        return new Filter.Not(f.child().accept(this));
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

    /** The copies of {@code filters}, in order. */
    protected final List<Filter> copyAll(List<Filter> filters) {
        return filters.stream().map(c -> c.accept(this)).toList();
    }
}
