package fr.crige.csw.store.sqlite;

import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.sql.SortColumns;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the embedded record store.
 *
 * <ul>
 * <li>{@code record}: the document byte for byte, and one sort-key column per sortable queryable (its first
 *     value, folded) so that ORDER BY never reaches into the value table;</li>
 * <li>{@code record_value}: every value of every queryable, as written, folded and as a number, indexed by
 *     queryable and value;</li>
 * <li>{@code record_text}: an FTS5 index of the record's text, already analysed into French terms;</li>
 * <li>{@code record_extent}: an R*Tree over the union of the record's geographic extents;</li>
 * <li>{@code record_state}: one row, the generation that every write transaction increments (see
 *     {@link fr.crige.csw.store.sql.SqlRecordStore}).</li>
 * </ul>
 */
final class SqliteSchema {

    static final int VERSION = 2;

    private SqliteSchema() {
    }

    static void create(Connection connection) throws SQLException {
        StringBuilder record = new StringBuilder("CREATE TABLE IF NOT EXISTS record (rid INTEGER PRIMARY KEY, "
                + "identifier TEXT NOT NULL UNIQUE, xml BLOB NOT NULL");
        for (Queryable q : SortColumns.QUERYABLES) {
            record.append(", ").append(SortColumns.name(q)).append(q.kind() == Queryable.Kind.NUMBER
                    ? " REAL" : " TEXT");
        }
        record.append(")");
        try (Statement s = connection.createStatement()) {
            s.execute(record.toString());
            s.execute("CREATE TABLE IF NOT EXISTS record_value (rid INTEGER NOT NULL, queryable TEXT NOT NULL, "
                    + "value TEXT NOT NULL, folded TEXT NOT NULL, number REAL)");
            s.execute("CREATE INDEX IF NOT EXISTS record_value_folded ON record_value (queryable, folded, rid)");
            s.execute("CREATE INDEX IF NOT EXISTS record_value_value ON record_value (queryable, value, rid)");
            s.execute("CREATE INDEX IF NOT EXISTS record_value_rid ON record_value (rid)");
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS record_text USING fts5(terms, tokenize = 'unicode61')");
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS record_extent USING rtree(rid, minx, maxx, miny, maxy)");
            s.execute("CREATE TABLE IF NOT EXISTS record_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                    + "generation INTEGER NOT NULL)");
            s.execute("INSERT OR IGNORE INTO record_state (id, generation) VALUES (1, 0)");
            s.execute("PRAGMA user_version = " + VERSION);
        }
    }
}
