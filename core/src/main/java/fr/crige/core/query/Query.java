package fr.crige.core.query;

import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import java.util.List;
import java.util.Objects;

/**
 * A feature query against one type of a store.
 *
 * @param typeName   native type name
 * @param filter     the selection ({@link Filter#INCLUDE} for all)
 * @param sortBy     sort keys; empty means the store's natural (id) order, which stores keep stable so paging
 *                   is deterministic (unless the hints allow any order)
 * @param offset     features to skip (0 = none)
 * @param limit      maximum features to return, or -1 for no limit
 * @param properties attributes to return in order, or null for all
 * @param targetSrid EPSG code to reproject geometries to, or 0 for the native CRS
 * @param hints      what the store may do beyond the exact answer: simplification, deadline, loose BBOX, any
 *                   order ({@link QueryHints#NONE} for none)
 */
public record Query(String typeName, Filter filter, List<SortBy> sortBy, long offset, long limit,
        List<String> properties, int targetSrid, QueryHints hints) {

    public static final long NO_LIMIT = -1;

    public Query {
        Objects.requireNonNull(typeName, "typeName");
        filter = filter == null ? Filter.INCLUDE : filter;
        sortBy = sortBy == null ? List.of() : List.copyOf(sortBy);
        properties = properties == null ? null : List.copyOf(properties);
        hints = hints == null ? QueryHints.NONE : hints;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < NO_LIMIT) {
            throw new IllegalArgumentException("limit must be >= 0 or NO_LIMIT");
        }
    }

    /** A query without hints. */
    public Query(String typeName, Filter filter, List<SortBy> sortBy, long offset, long limit,
            List<String> properties, int targetSrid) {
        this(typeName, filter, sortBy, offset, limit, properties, targetSrid, QueryHints.NONE);
    }

    public static Query all(String typeName) {
        return new Query(typeName, Filter.INCLUDE, List.of(), 0, NO_LIMIT, null, 0);
    }

    public static Builder builder(String typeName) {
        return new Builder(typeName);
    }

    public boolean hasLimit() {
        return limit != NO_LIMIT;
    }

    public Query withFilter(Filter f) {
        return new Query(typeName, f, sortBy, offset, limit, properties, targetSrid, hints);
    }

    public Query withHints(QueryHints h) {
        return new Query(typeName, filter, sortBy, offset, limit, properties, targetSrid, h);
    }

    /** Fluent construction. */
    public static final class Builder {
        private final String typeName;
        private Filter filter = Filter.INCLUDE;
        private List<SortBy> sortBy = List.of();
        private long offset;
        private long limit = NO_LIMIT;
        private List<String> properties;
        private int targetSrid;
        private QueryHints hints = QueryHints.NONE;

        private Builder(String typeName) {
            this.typeName = typeName;
        }

        public Builder filter(Filter f) {
            this.filter = f;
            return this;
        }

        public Builder sortBy(SortBy... keys) {
            this.sortBy = List.of(keys);
            return this;
        }

        public Builder sortBy(List<SortBy> keys) {
            this.sortBy = keys;
            return this;
        }

        public Builder offset(long offset) {
            this.offset = offset;
            return this;
        }

        public Builder limit(long limit) {
            this.limit = limit;
            return this;
        }

        public Builder properties(String... names) {
            this.properties = List.of(names);
            return this;
        }

        public Builder properties(List<String> names) {
            this.properties = names;
            return this;
        }

        public Builder targetSrid(int srid) {
            this.targetSrid = srid;
            return this;
        }

        public Builder hints(QueryHints h) {
            this.hints = h;
            return this;
        }

        public Query build() {
            return new Query(typeName, filter, sortBy, offset, limit, properties, targetSrid, hints);
        }
    }
}
