package fr.crige.csw.store.postgresql;

import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.sql.SortColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the PostgreSQL record store, in their own schema.
 *
 * <ul>
 * <li>{@code record}: the document byte for byte, one sort-key column per sortable queryable (its first value,
 *     folded), the full-text vector of the record's text and the union of its extents as a PostGIS envelope
 *     in WGS 84, with GIN and GiST indexes; the document and the vector out of line (see
 *     {@link #TOAST_TUPLE_TARGET}), so that the row itself stays narrow;</li>
 * <li>{@code record_value}: every value of every queryable, as written, folded and as a number;</li>
 * <li>{@code record_state}: one row, the generation that every write transaction increments (see
 *     {@link fr.crige.csw.store.sql.SqlRecordStore}); its row lock also orders concurrent writers.</li>
 * </ul>
 * Text columns use the "C" collation, so that ordering (and thus paging) is by code point whatever the
 * database's locale, as in the embedded store.
 *
 * <p>The full-text vector holds the terms of {@link fr.crige.csw.record.FrenchTextAnalyzer} as lexemes
 * ({@code array_to_tsvector}), not the output of PostgreSQL's own {@code french} configuration: its Snowball
 * stemmer does not conflate plurals reliably ("verger" gives {@code verg} but "vergers" {@code verger}), which
 * would break "arbres finds arbre", and it would make the two stores disagree. PostgreSQL still provides the
 * GIN index and the matching, including prefixes. No {@code unaccent} extension is needed.
 */
final class PostgresSchema {

    /**
     * The size PostgreSQL brings a record row down to by moving its large values out of line: the smallest
     * allowed. Every row exceeds PostgreSQL's threshold because of its document, so the document and the
     * full-text vector (about 1 KB compressed) both move to the TOAST table and the row keeps the identifier,
     * extent and sort keys: a table of 100,000 records has 5,000 pages instead of 19,000. Counting the matches
     * of a broad search (a bitmap heap scan: PostgreSQL visits the row of every match) reads that many fewer.
     * With so small a target PostgreSQL would move the identifier and the sort keys out too, so those columns
     * are stored {@code MAIN} (out of line only if the row could not fit a page otherwise): sorting a page
     * by identifier read each candidate's identifier from the TOAST table (8,000 buffers for 760 candidates).
     */
    static final int TOAST_TUPLE_TARGET = 128;

    private PostgresSchema() {
    }

    static void create(Connection c, String schema) throws SQLException {
        requireExtension(c, "postgis");
        StringBuilder record = new StringBuilder("CREATE TABLE IF NOT EXISTS " + schema + ".record ("
                + "rid bigserial PRIMARY KEY, identifier text COLLATE \"C\" NOT NULL UNIQUE, xml bytea NOT NULL, "
                + "terms tsvector NOT NULL, extent geometry(Polygon, 4326)");
        for (Queryable q : SortColumns.QUERYABLES) {
            record.append(", ").append(SortColumns.name(q)).append(q.kind() == Queryable.Kind.NUMBER
                    ? " double precision" : " text COLLATE \"C\"");
        }
        record.append(") WITH (toast_tuple_target = " + TOAST_TUPLE_TARGET + ")");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            s.execute(record.toString());
            narrowRows(c, schema);
            keysInline(c, schema);
            s.execute("CREATE INDEX IF NOT EXISTS record_terms ON " + schema + ".record USING gin (terms)");
            s.execute("CREATE INDEX IF NOT EXISTS record_extent ON " + schema + ".record USING gist (extent)");
            s.execute("CREATE TABLE IF NOT EXISTS " + schema + ".record_value (rid bigint NOT NULL REFERENCES "
                    + schema + ".record ON DELETE CASCADE, queryable text NOT NULL, value text COLLATE \"C\" "
                    + "NOT NULL, folded text COLLATE \"C\" NOT NULL, number double precision)");
            s.execute("CREATE INDEX IF NOT EXISTS record_value_folded ON " + schema
                    + ".record_value (queryable, folded, rid)");
            s.execute("CREATE INDEX IF NOT EXISTS record_value_value ON " + schema
                    + ".record_value (queryable, value, rid)");
            s.execute("CREATE INDEX IF NOT EXISTS record_value_rid ON " + schema + ".record_value (rid)");
            s.execute("CREATE TABLE IF NOT EXISTS " + schema + ".record_state (id integer PRIMARY KEY "
                    + "CHECK (id = 1), generation bigint NOT NULL)");
            s.execute("INSERT INTO " + schema + ".record_state (id, generation) VALUES (1, 0) "
                    + "ON CONFLICT DO NOTHING");
        }
    }

    /**
     * Tables created by earlier versions kept the full-text vector in the row. Setting the target applies to
     * the rows written from then on; the rows already there stay as they are (read correctly, only more
     * slowly) until the table is rewritten by {@code VACUUM FULL <schema>.record}, which an administrator runs
     * when convenient: it locks the table, so opening the store does not do it.
     */
    private static void narrowRows(Connection c, String schema) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_class t JOIN pg_namespace n ON n.oid = "
                + "t.relnamespace WHERE n.nspname = ? AND t.relname = 'record' AND ? = ANY (t.reloptions)")) {
            s.setString(1, schema);
            s.setString(2, "toast_tuple_target=" + TOAST_TUPLE_TARGET);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + schema + ".record SET (toast_tuple_target = " + TOAST_TUPLE_TARGET + ")");
        }
    }

    /**
     * Stores the identifier and the sort keys in the row (see {@link #TOAST_TUPLE_TARGET}). Like
     * {@link #narrowRows}, this applies to the rows written from then on; {@code VACUUM FULL <schema>.record}
     * rewrites the others.
     */
    private static void keysInline(Connection c, String schema) throws SQLException {
        StringBuilder columns = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("SELECT a.attname FROM pg_attribute a JOIN pg_class t ON "
                + "t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ? AND "
                + "t.relname = 'record' AND a.attnum > 0 AND NOT a.attisdropped AND a.attstorage = 'x' "
                + "AND a.attname NOT IN ('xml', 'terms') ORDER BY a.attnum")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.append(columns.isEmpty() ? "" : ", ").append("ALTER COLUMN ").append(rs.getString(1))
                            .append(" SET STORAGE MAIN");
                }
            }
        }
        if (!columns.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + schema + ".record " + columns);
            }
        }
    }

    /** Creates the extension when missing; an existing one needs no privilege. */
    private static void requireExtension(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_extension WHERE extname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS " + name);
        }
    }
}
