package fr.crige.store.geopackage;

import java.util.List;

/**
 * A piece of SQL with its bound parameters, in order. Values never appear in {@code sql}: they are bound.
 *
 * @param sql    the SQL text with {@code ?} placeholders
 * @param params the parameter values
 */
record SqlFragment(String sql, List<Object> params) {
    SqlFragment {
        params = List.copyOf(params);
    }

    static SqlFragment of(String sql, Object... params) {
        return new SqlFragment(sql, List.of(params));
    }
}
