package fr.crige.csw.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.csw.TestRecords;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.RecordStoreContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRecordStoreTest extends RecordStoreContract {

    @TempDir
    Path dir;

    @Override
    protected RecordStore openEmptyStore() {
        return SqliteRecordStore.open(dir.resolve("csw/records.sqlite"));
    }

    @Test
    void recordsSurviveReopening() {
        store.apply(List.of(new RecordChange.Insert(TestRecords.record("a", "Arbres", "dataset", 1, 47))));
        try (RecordStore reopened = SqliteRecordStore.open(dir.resolve("csw/records.sqlite"))) {
            assertThat(reopened.get("a")).isPresent();
        }
    }
}
