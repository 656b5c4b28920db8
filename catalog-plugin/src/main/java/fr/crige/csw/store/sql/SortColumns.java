package fr.crige.csw.store.sql;

import fr.crige.csw.record.Queryable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sort-key columns of table {@code record} in the SQL record stores: one per sortable queryable, holding
 * its first value ({@link SqlRecordStore#sortKey}) so that ORDER BY never reaches into the value table. Both
 * schemas declare the same columns, each with its own SQL types.
 */
public final class SortColumns {

    /** The sortable queryables that have a sort-key column: all but Identifier, which has its own column. */
    public static final List<Queryable> QUERYABLES = Arrays.stream(Queryable.values())
            .filter(q -> q.sortable() && q != Queryable.IDENTIFIER).toList();

    private SortColumns() {
    }

    /** The column of a queryable of {@link #QUERYABLES}; names come from the enum, never a request. */
    public static String name(Queryable queryable) {
        return "s_" + queryable.apisoName().toLowerCase(Locale.ROOT);
    }

    /** The column holding the sort key of a sortable queryable, qualified by the alias {@code r}. */
    public static String qualified(Queryable queryable) {
        return queryable == Queryable.IDENTIFIER ? "r.identifier" : "r." + name(queryable);
    }
}
