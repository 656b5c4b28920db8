package fr.crige.store.geopackage;

import fr.crige.core.filter.Filter;

/**
 * A filter split for SQLite: a WHERE clause that selects a superset of the matches (or exactly them), and
 * the residual filter that must still be evaluated in memory on what the SQL returns.
 *
 * @param where    the SQL condition, or null for none
 * @param residual the part to evaluate in memory; {@link Filter#INCLUDE} when the SQL is exact
 */
record SplitFilter(SqlFragment where, Filter residual) {

    boolean hasResidual() {
        return !(residual instanceof Filter.Include);
    }
}
