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

    private static String reloptions(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT reloptions::text FROM pg_class WHERE oid = '" + SCHEMA
                + ".record'::regclass")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
