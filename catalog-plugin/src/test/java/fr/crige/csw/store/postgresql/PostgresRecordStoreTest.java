package fr.crige.csw.store.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.csw.TestRecords;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.RecordStoreContract;
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
}
