package fr.crige.csw.store.sqlite;

import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.sql.SortColumns;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * The tables of the embedded record store, and the migration of files written by earlier versions.
 *
 * <ul>
 * <li>{@code record}: the identifier, one sort-key column per sortable queryable (its first value, folded),
 *     so that ORDER BY never reaches into the value table, and the union of the record's extents
 *     ({@code minx, maxx, miny, maxy}, null without extent), compared on the row when an AnyText search gives
 *     the candidates (see {@link SqliteFilterEncoder}). It holds no document: a row is about 200 bytes and a
 *     B-tree page holds dozens of them, so that checking the thousands of candidates of a broad search reads
 *     a few hundred cached pages instead of one page per record;</li>
 * <li>{@code record_xml}: the document byte for byte, read only for the records of a page;</li>
 * <li>{@code record_value}: every value of every queryable, as written, folded and as a number, indexed by
 *     queryable and value;</li>
 * <li>{@code record_text}: an FTS5 index of the record's text, already analysed into French terms;</li>
 * <li>{@code record_extent}: an R*Tree over the union of the record's geographic extents, for spatial
 *     searches without words;</li>
 * <li>{@code record_state}: one row, the generation that every write transaction increments (see
 *     {@link fr.crige.csw.store.sql.SqlRecordStore}).</li>
 * </ul>
 *
 * <p>The version of the layout is SQLite's {@code user_version}. A file of version 2 (documents in
 * {@code record}, no extent columns) is migrated in place when opened, in one transaction. A file of another
 * version is refused, with the way to rebuild it.
 */
final class SqliteSchema {

    static final int VERSION = 3;
    /** The previous layout, which this class migrates: the document in column {@code record.xml}. */
    static final int DOCUMENTS_IN_RECORD = 2;

    private SqliteSchema() {
    }

    /** Creates the tables of an empty file, migrates a file of the previous version, or refuses another one. */
    static void open(Connection connection) throws SQLException {
        int version = userVersion(connection);
        boolean empty = !hasTable(connection, "record");
        if (empty || version == VERSION) {
            create(connection);
        } else if (version == DOCUMENTS_IN_RECORD) {
            moveDocuments(connection);
        } else {
            throw new SQLException("The record store file has layout version " + version + " and this version of "
                    + "crige reads version " + VERSION + " (and migrates version " + DOCUMENTS_IN_RECORD + "). "
                    + "Rebuild it: move the file away, restart, and load the records again (harvest or REST upload)");
        }
    }

    private static void create(Connection connection) throws SQLException {
        StringBuilder record = new StringBuilder("CREATE TABLE IF NOT EXISTS record (rid INTEGER PRIMARY KEY, "
                + "identifier TEXT NOT NULL UNIQUE");
        for (Queryable q : SortColumns.QUERYABLES) {
            record.append(", ").append(SortColumns.name(q)).append(q.kind() == Queryable.Kind.NUMBER
                    ? " REAL" : " TEXT");
        }
        record.append(", minx REAL, maxx REAL, miny REAL, maxy REAL)");
        try (Statement s = connection.createStatement()) {
            s.execute(record.toString());
            s.execute("CREATE TABLE IF NOT EXISTS record_xml (rid INTEGER PRIMARY KEY, xml BLOB NOT NULL)");
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

    /**
     * Version 2 to 3, in one transaction, so that an interrupted migration leaves the file as it was: the
     * table {@code record} is written again without its documents, which go to {@code record_xml}, and with
     * the extent columns taken from the R*Tree (its 32-bit coordinates, rounded outwards: what version 2
     * compared). Writing the table again rather than dropping the column packs the narrow rows into few
     * pages. The pages freed stay in the file for later writes; {@code VACUUM} gives them back to the system.
     */
    private static void moveDocuments(Connection connection) throws SQLException {
        String columns = "rid, identifier, " + SortColumns.QUERYABLES.stream().map(SortColumns::name)
                .collect(Collectors.joining(", "));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE record RENAME TO record_v2");
            create(connection);
            s.execute("INSERT INTO record_xml (rid, xml) SELECT rid, xml FROM record_v2 ORDER BY rid");
            s.execute("INSERT INTO record (" + columns + ", minx, maxx, miny, maxy) SELECT r."
                    + columns.replace(", ", ", r.") + ", e.minx, e.maxx, e.miny, e.maxy FROM record_v2 r "
                    + "LEFT JOIN record_extent e ON e.rid = r.rid ORDER BY r.rid");
            s.execute("DROP TABLE record_v2");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'")) {
            return rs.next();
        }
    }
}
