package fr.crige.store.postgis;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterReprojector;
import fr.crige.core.filter.FilterValidator;
import fr.crige.core.filter.SortBy;
import fr.crige.core.query.Query;

/**
 * The SQL statements answering one {@link Query} on one table: the feature select, the count and the
 * extent. The query is validated against the schema and its filter brought to the native CRS before any
 * SQL is written; sort keys end with the primary key so that OFFSET/LIMIT paging is stable.
 */
final class PostgisQuery {

    /**
     * Serialised size (PostGIS {@code ST_MemSize}, about 16 bytes per 2D vertex) above which a geometry is
     * simplified when the hints allow it: about 60 vertices.
     */
    static final int SIMPLIFY_ABOVE_BYTES = 1024;

    private final PostgisTable table;
    private final Query query;
    private final FeatureSchema resultSchema;
    private final SqlFragment where;

    private PostgisQuery(PostgisTable table, Query query, FeatureSchema resultSchema, SqlFragment where) {
        this.table = table;
        this.query = query;
        this.resultSchema = resultSchema;
        this.where = where;
    }

    /**
     * Validates {@code query} against the table and encodes its filter.
     *
     * @throws fr.crige.core.store.InvalidQueryException for unknown names or ill-typed values
     */
    static PostgisQuery of(PostgisTable table, Query query, FilterReprojector reprojector) {
        FeatureSchema schema = table.schema();
        FilterValidator.validate(schema, query.filter(), query.sortBy(), query.properties());
        Filter filter = query.filter();
        if (schema.defaultGeometry().isPresent()) {
            filter = reprojector.reproject(filter, schema.srid());
        }
        FeatureSchema result = query.properties() == null ? schema : schema.retype(query.properties());
        return new PostgisQuery(table, query, result, FilterToSql.encode(filter, table, query.hints().looseBbox()));
    }

    /** The schema of the selected features (property selection applied). */
    FeatureSchema resultSchema() {
        return resultSchema;
    }

    /**
     * {@code SELECT id, attributes... FROM table WHERE ... ORDER BY ... OFFSET ? LIMIT ?}; geometries are
     * read as WKB, simplified first by {@code ST_Simplify} (keeping collapsed parts, so that no feature
     * vanishes) when the query's hints allow it and the geometry is worth it: over
     * {@link #SIMPLIFY_ABOVE_BYTES}. Simplifying costs the database a deserialisation and a Douglas-Peucker
     * pass per row, and a small geometry has little to save: on the 500,000 parcels of a region map (160
     * bytes each) simplifying every row made the query 40 % slower for 30 % fewer bytes, while the
     * communes (about 3 KB each) still shrink tenfold.
     */
    SqlFragment select() {
        SqlFragment select = new SqlFragment().sql("SELECT ");
        boolean first = true;
        if (table.id().isPresent()) {
            select.sql(table.id().get().expression());
            first = false;
        }
        for (AttributeDescriptor a : resultSchema.attributes()) {
            select.sql(first ? "" : ", ").append(selected(a));
            first = false;
        }
        if (first) {
            select.sql("NULL");
        }
        return paged(select.sql(" FROM " + table.qualifiedName() + " WHERE ").append(where));
    }

    /** The select expression of one attribute: its column, or for a geometry its WKB (see {@link #select}). */
    private SqlFragment selected(AttributeDescriptor a) {
        String expression = table.column(a.name()).expression();
        if (!a.isGeometry()) {
            return new SqlFragment().sql(expression);
        }
        if (!query.hints().simplifies()) {
            return new SqlFragment().sql("ST_AsBinary(" + expression + ")");
        }
        // ST_MemSize reads the stored size without deserialising the geometry
        return new SqlFragment().sql("CASE WHEN ST_MemSize(" + expression + ") > " + SIMPLIFY_ABOVE_BYTES
                + " THEN ST_AsBinary(ST_Simplify(" + expression + ", ").parameter(query.hints().simplification())
                .sql(", true)) ELSE ST_AsBinary(" + expression + ") END");
    }

    /** {@code SELECT count(*)} of the filtered rows, before offset and limit. */
    SqlFragment countAll() {
        return new SqlFragment().sql("SELECT count(*) FROM " + table.qualifiedName() + " WHERE ").append(where);
    }

    /**
     * {@code SELECT count(*)} of the rows of the query's page: with a limit, the database stops counting at
     * the end of the page (a page of 100 of a 500,000-row table counts 100 rows, not 500,000). No ORDER BY:
     * how many rows a page has does not depend on their order.
     */
    SqlFragment countPage() {
        return new SqlFragment().sql("SELECT count(*) FROM (")
                .append(offsetAndLimit(new SqlFragment().sql("SELECT 1 FROM " + table.qualifiedName() + " WHERE ")
                        .append(where)))
                .sql(") AS page");
    }

    /** What is left of {@code total} rows after the query's offset, for a query without limit. */
    long afterOffset(long total) {
        return Math.max(0, total - query.offset());
    }

    /**
     * The exact extent (ST_Extent) of the default geometry of the selected rows as xmin, ymin, xmax, ymax;
     * a row of nulls when nothing matches.
     */
    SqlFragment extent(PostgisColumn geometry) {
        String g = geometry.expression();
        SqlFragment rows = new SqlFragment().sql("SELECT " + g + " AS g FROM " + table.qualifiedName() + " WHERE ")
                .append(where);
        if (query.offset() > 0 || query.hasLimit()) {
            rows = paged(rows);
        }
        return new SqlFragment().sql("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(g) AS e FROM (")
                .append(rows).sql(") AS r) AS x");
    }

    private SqlFragment paged(SqlFragment select) {
        StringBuilder order = new StringBuilder();
        for (SortBy key : query.sortBy()) {
            PostgisColumn c = table.column(key.property());
            order.append(order.isEmpty() ? " ORDER BY " : ", ").append(c.expression())
                    .append(c.type() == AttributeType.STRING ? " COLLATE \"C\"" : "")
                    .append(key.ascending() ? " ASC" : " DESC");
        }
        // without sort keys or offset, a query allowing any order is not sorted: a map of 500,000 parcels
        // would otherwise wait for the database to sort every row by id before the first one arrives
        boolean idOrder = !query.sortBy().isEmpty() || query.offset() > 0 || !query.hints().anyOrder();
        if (idOrder) {
            table.id().ifPresent(id -> order.append(order.isEmpty() ? " ORDER BY " : ", ").append(id.expression()));
        }
        return offsetAndLimit(select.sql(order.toString()));
    }

    private SqlFragment offsetAndLimit(SqlFragment rows) {
        if (query.offset() > 0) {
            rows.sql(" OFFSET ").parameter(query.offset());
        }
        if (query.hasLimit()) {
            rows.sql(" LIMIT ").parameter(query.limit());
        }
        return rows;
    }
}
