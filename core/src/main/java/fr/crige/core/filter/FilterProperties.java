package fr.crige.core.filter;

import java.util.Set;
import java.util.TreeSet;

/**
 * The attribute names a filter refers to, e.g. to ask a store for only the columns a rendering pass needs. A
 * geometry operator without a property name refers to the default geometry, which is not named here: callers
 * that read geometries add it themselves.
 */
public final class FilterProperties extends FilterWalker {

    private final Set<String> names = new TreeSet<>();

    private FilterProperties() {
    }

    /** The names of the properties {@code filter} reads (sorted). */
    public static Set<String> of(Filter filter) {
        FilterProperties collector = new FilterProperties();
        filter.accept(collector);
        return collector.names;
    }

    private void add(Expression e) {
        if (e instanceof PropertyName p) {
            names.add(p.name());
        }
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
}
