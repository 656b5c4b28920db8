package fr.crige.wfs;

import fr.crige.core.feature.FeatureId;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterVisitor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the resource ids of a filter from their published form ({@code <name>.<key>}) to the store's form
 * ({@code <nativeName>.<key>}). Ids of other feature types are dropped, so a ResourceId naming none of this
 * type's features selects nothing, as WFS requires when one request names ids of several types.
 */
public final class ResourceIds implements FilterVisitor<Filter> {

    private final PublishedType type;

    private ResourceIds(PublishedType type) {
        this.type = type;
    }

    /** The filter with its resource ids in the store's form. */
    public static Filter toStore(Filter filter, PublishedType type) {
        return filter.accept(new ResourceIds(type));
    }

    @Override
    public Filter visit(Filter.ResourceId f) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : f.ids()) {
            FeatureId.keyOf(type.name(), id).ifPresent(key -> ids.add(FeatureId.of(type.nativeName(), key)));
        }
        return ids.isEmpty() ? Filter.EXCLUDE : new Filter.ResourceId(ids);
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
}
