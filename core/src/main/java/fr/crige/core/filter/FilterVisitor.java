package fr.crige.core.filter;

/** Visits each kind of {@link Filter}; used by SQL encoders, the evaluator and the validator. */
public interface FilterVisitor<R> {
    R visit(Filter.Include f);

    R visit(Filter.Exclude f);

    R visit(Filter.And f);

    R visit(Filter.Or f);

    R visit(Filter.Not f);

    R visit(Filter.Comparison f);

    R visit(Filter.Like f);

    R visit(Filter.IsNull f);

    R visit(Filter.Between f);

    R visit(Filter.BBox f);

    R visit(Filter.Spatial f);

    R visit(Filter.Distance f);

    R visit(Filter.ResourceId f);
}
