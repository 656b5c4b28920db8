package fr.crige.wfs.fes;

import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterCopier;

/**
 * A filter transformation that copies the logical structure and returns every predicate unchanged;
 * subclasses override the predicates they rewrite. The WFS rewrites filters after resolving the queried type
 * (published resource ids, GML standard properties) and before handing them to the store.
 */
public abstract class FilterRewriter extends FilterCopier {

    /** Applies the rewriter to a filter. */
    public Filter rewrite(Filter filter) {
        return filter.accept(this);
    }
}
