package fr.crige.store.geopackage;

import static fr.crige.store.geopackage.GeoPackageTable.quote;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.filter.SortBy;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SELECT of a feature query: the id column then the given attributes, the SQL part of the
 * filter, the sort keys with the id as final tie-breaker (so that paging is stable), and LIMIT/OFFSET when
 * nothing is left to evaluate in memory. Only names read from the GeoPackage are written into the SQL.
 */
final class SelectStatement {

    private SelectStatement() {
    }

    /**
     * @param offset rows to skip in SQL, 0 for none
     * @param limit  maximum rows in SQL, or -1 for none
     */
    static SqlFragment features(GeoPackageTable table, List<AttributeDescriptor> columns, SqlFragment where,
            List<SortBy> sortBy, long offset, long limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(quote(table.idColumn()));
        for (AttributeDescriptor a : columns) {
            sql.append(", ").append(quote(a.name()));
        }
        sql.append(" FROM ").append(quote(table.name()));
        List<Object> params = new ArrayList<>();
        appendWhere(sql, params, where);
        sql.append(" ORDER BY ");
        for (SortBy key : sortBy) {
            String column = quote(table.schema().attribute(key.property()).orElseThrow().name());
            sql.append(column).append(key.ascending() ? " ASC NULLS LAST, " : " DESC NULLS FIRST, ");
        }
        sql.append(quote(table.idColumn())).append(" ASC");
        appendPage(sql, params, offset, limit);
        return new SqlFragment(sql.toString(), params);
    }

    static SqlFragment count(GeoPackageTable table, SqlFragment where) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(quote(table.name()));
        List<Object> params = new ArrayList<>();
        appendWhere(sql, params, where);
        return new SqlFragment(sql.toString(), params);
    }

    /**
     * The number of rows of one page: the rows are counted inside {@code LIMIT ? OFFSET ?}, so counting a
     * page of 100 stops after 100 matches instead of counting the whole table.
     */
    static SqlFragment countPage(GeoPackageTable table, SqlFragment where, long offset, long limit) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (SELECT 1 FROM ").append(quote(table.name()));
        List<Object> params = new ArrayList<>();
        appendWhere(sql, params, where);
        appendPage(sql, params, offset, limit);
        sql.append(")");
        return new SqlFragment(sql.toString(), params);
    }

    /** The extent of the whole table from its R-tree (bounds rounded outwards to float precision). */
    static SqlFragment rtreeExtent(GeoPackageTable table) {
        return SqlFragment.of("SELECT MIN(minx), MAX(maxx), MIN(miny), MAX(maxy) FROM " + quote(table.rtree()));
    }

    /** {@code LIMIT ? OFFSET ?} when the page is bounded (SQLite takes LIMIT -1 for "no limit"). */
    private static void appendPage(StringBuilder sql, List<Object> params, long offset, long limit) {
        if (limit >= 0 || offset > 0) {
            sql.append(" LIMIT ? OFFSET ?");
            params.add(limit);
            params.add(offset);
        }
    }

    private static void appendWhere(StringBuilder sql, List<Object> params, SqlFragment where) {
        if (where != null) {
            sql.append(" WHERE ").append(where.sql());
            params.addAll(where.params());
        }
    }
}
