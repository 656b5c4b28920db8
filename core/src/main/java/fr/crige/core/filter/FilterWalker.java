package fr.crige.core.filter;

/**
 * A visitor that walks a filter without building anything: it descends through {@code And}, {@code Or} and
 * {@code Not} and does nothing at the other nodes. Inspections (validation, collecting property names) extend
 * it and override only the visits of the nodes they look at; the read-only counterpart of
 * {@link FilterCopier}.
 */
public abstract class FilterWalker implements FilterVisitor<Void> {

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
        return null;
    }

    @Override
    public Void visit(Filter.Like f) {
        return null;
    }

    @Override
    public Void visit(Filter.IsNull f) {
        return null;
    }

    @Override
    public Void visit(Filter.Between f) {
        return null;
    }

    @Override
    public Void visit(Filter.BBox f) {
        return null;
    }

    @Override
    public Void visit(Filter.Spatial f) {
        return null;
    }

    @Override
    public Void visit(Filter.Distance f) {
        return null;
    }

    @Override
    public Void visit(Filter.ResourceId f) {
        return null;
    }
}
