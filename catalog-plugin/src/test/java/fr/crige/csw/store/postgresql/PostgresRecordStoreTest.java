package fr.crige.csw.store.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.csw.TestRecords;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.RecordStoreContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The record store contract against the PostgreSQL/PostGIS test database. */
class PostgresRecordStoreTest extends RecordStoreContract {

    private static final String SCHEMA = "crige_csw_test";

    @BeforeAll
    static void database() {
        PostgresTestDatabase.assumeAvailable();
    }

    @Override
    protected RecordStore openEmptyStore() {
        return PostgresRecordStore.open(PostgresTestDatabase.emptySchema(SCHEMA));
    }

    @Test
    void reopeningKeepsTheRecordsAndTheSchema() {
        store.apply(List.of(new RecordChange.Insert(TestRecords.record("a", "Arbres", "dataset", 1, 47))));
        try (RecordStore reopened = PostgresRecordStore.open(PostgresTestDatabase.connection(SCHEMA))) {
            assertThat(reopened.get("a")).isPresent();
        }
    }

    /** A table of the previous layout kept the full-text vector in the row: opening sets the narrow rows. */
    @Test
    void aTableOfThePreviousLayoutGetsNarrowRows() throws SQLException {
        store.apply(List.of(new RecordChange.Insert(TestRecords.record("a", "Arbres", "dataset", 1, 47))));
        PostgresConnection connection = PostgresTestDatabase.connection(SCHEMA);
        try (Connection c = DriverManager.getConnection(connection.jdbcUrl(), connection.user(),
                connection.password()); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + SCHEMA + ".record RESET (toast_tuple_target)");
            assertThat(reloptions(s)).isNull();
            try (RecordStore reopened = PostgresRecordStore.open(connection)) {
                assertThat(reopened.get("a")).isPresent();
            }
            assertThat(reloptions(s)).isEqualTo("{toast_tuple_target=128}");
        }
    }

    /**
     * Only the document and the full-text vector may leave the row: with the narrow rows' small target,
     * PostgreSQL would otherwise move the identifier and sort keys out too, and read them back one by one to
     * order a page. A table of the previous layout gets the same storage when the store opens.
     */
    @Test
    void onlyTheDocumentAndTheTextLeaveTheRow() throws SQLException {
        PostgresConnection connection = PostgresTestDatabase.connection(SCHEMA);
        try (Connection c = DriverManager.getConnection(connection.jdbcUrl(), connection.user(),
                connection.password()); Statement s = c.createStatement()) {
            assertThat(outOfLine(s)).containsExactly("xml", "terms");
            s.execute("ALTER TABLE " + SCHEMA + ".record ALTER COLUMN identifier SET STORAGE EXTENDED, "
                    + "ALTER COLUMN s_title SET STORAGE EXTENDED");
            assertThat(outOfLine(s)).containsExactly("identifier", "xml", "terms", "s_title");
            PostgresRecordStore.open(connection).close();
            assertThat(outOfLine(s)).containsExactly("xml", "terms");
        }
    }

    /** The columns of the record table that PostgreSQL may compress and move out of line, in table order. */
    private static List<String> outOfLine(Statement s) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT attname FROM pg_attribute WHERE attrelid = '" + SCHEMA
                + ".record'::regclass AND attnum > 0 AND NOT attisdropped AND attstorage = 'x' ORDER BY attnum")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private static String reloptions(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT reloptions::text FROM pg_class WHERE oid = '" + SCHEMA
                + ".record'::regclass")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
