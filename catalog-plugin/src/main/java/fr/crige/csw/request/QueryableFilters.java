package fr.crige.csw.request;

import fr.crige.core.crs.CrsService;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterCopier;
import fr.crige.core.filter.FilterReprojector;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SortBy;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.RecordSort;
import fr.crige.ows.OwsException;
import java.util.List;

/**
 * Turns a parsed filter into one the record stores take: every property name resolved to its queryable
 * ({@code dc:title} and {@code apiso:Title} both become {@code Title}, unknown names are refused with the
 * {@code Constraint} locator) and spatial literals reprojected to WGS 84, the CRS of record extents.
 */
public final class QueryableFilters {

    public static final String CONSTRAINT = "Constraint";

    private final FilterReprojector reprojector;

    public QueryableFilters(CrsService crs) {
        this.reprojector = new FilterReprojector(crs);
    }

    public Filter resolve(Filter filter) {
        Filter named = filter.accept(new Renamer());
        try {
            return reprojector.reproject(named, 4326);
        } catch (RuntimeException e) {
            throw OwsException.invalidParameter(CONSTRAINT,
                    "The filter geometry cannot be transformed to WGS 84: " + e.getMessage());
        }
    }

    /** @throws OwsException InvalidParameterValue, locator SortBy, for unknown or unsortable queryables */
    public static List<RecordSort> resolveSort(List<SortBy> sortBy) {
        return sortBy.stream().map(s -> {
            Queryable q = Queryable.byName(s.property()).orElseThrow(() -> OwsException.invalidParameter("SortBy",
                    "Unknown queryable " + s.property()));
            if (!q.sortable()) {
                throw OwsException.invalidParameter("SortBy", "Records cannot be sorted by " + q.apisoName());
            }
            return new RecordSort(q, s.ascending());
        }).toList();
    }

    static PropertyName queryable(PropertyName property) {
        if (property == null) {
            return null;
        }
        Queryable q = Queryable.byName(property.name()).orElseThrow(() -> OwsException.invalidParameter(CONSTRAINT,
                "Unknown queryable " + property.name()));
        return new PropertyName(q.apisoName());
    }

    private static Expression expression(Expression e) {
        return e instanceof PropertyName p ? queryable(p) : e;
    }

    private static final class Renamer extends FilterCopier {
        @Override
        public Filter visit(Filter.Comparison f) {
            return new Filter.Comparison(f.operator(), expression(f.left()), expression(f.right()), f.matchCase());
        }

        @Override
        public Filter visit(Filter.Like f) {
            return new Filter.Like(queryable(f.property()), f.pattern(), f.wildCard(), f.singleChar(), f.escapeChar(),
                    f.matchCase());
        }

        @Override
        public Filter visit(Filter.IsNull f) {
            return new Filter.IsNull(queryable(f.property()));
        }

        @Override
        public Filter visit(Filter.Between f) {
            return new Filter.Between(expression(f.value()), expression(f.lower()), expression(f.upper()));
        }

        @Override
        public Filter visit(Filter.BBox f) {
            return new Filter.BBox(queryable(f.property()), f.envelope(), f.srid());
        }

        @Override
        public Filter visit(Filter.Spatial f) {
            return new Filter.Spatial(f.operator(), queryable(f.property()), f.geometry(), f.srid());
        }

        @Override
        public Filter visit(Filter.Distance f) {
            throw OwsException.invalidParameter(CONSTRAINT, f.operator() + " is not supported by the catalogue");
        }
    }
}
