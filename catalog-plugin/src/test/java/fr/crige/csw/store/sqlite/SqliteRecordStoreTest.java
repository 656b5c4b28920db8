package fr.crige.csw.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.csw.TestRecords;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.RecordStoreContract;
import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.store.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import fr.crige.csw.store.RecordPage;
import fr.crige.csw.store.RecordQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void concurrentTransactionsQueueAndReadersSeeWholeTransactions() throws Exception {
        int writers = 4;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        // two records per transaction: a reader must never see one without the other
                        store.apply(List.of(
                                new RecordChange.Insert(TestRecords.record("w" + writer + "-" + i + "a", "Arbres",
                                        "dataset", 1, 47)),
                                new RecordChange.Insert(TestRecords.record("w" + writer + "-" + i + "b", "Arbres",
                                        "dataset", 1, 47))));
                    }
                    return null;
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (store.size() < 2L * writers * perWriter) {
                    RecordPage page = store.query(new RecordQuery(Filter.INCLUDE, List.of(), 1, 1000));
                    assertThat(page.matched() % 2).isZero();
                    assertThat(page.records()).hasSize((int) page.matched());
                    reads++;
                }
                return reads;
            });
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.size()).isEqualTo(2L * writers * perWriter);
    }

    @Test
    void recordsSurviveReopening() {
        store.apply(List.of(new RecordChange.Insert(TestRecords.record("a", "Arbres", "dataset", 1, 47))));
        try (RecordStore reopened = SqliteRecordStore.open(dir.resolve("csw/records.sqlite"))) {
            assertThat(reopened.get("a")).isPresent();
        }
    }

    /**
     * A file of layout version 2 kept the document in {@code record.xml}: it is rewritten here from a current
     * one, as that version wrote it, and must open with its records readable and searchable.
     */
    @Test
    void aFileOfTheVersionWithDocumentsInTheRecordTableIsMigrated() throws SQLException {
        Path file = dir.resolve("csw/v2.sqlite");
        try (RecordStore current = SqliteRecordStore.open(file)) {
            current.apply(List.of(new RecordChange.Insert(TestRecords.record("a", "Arbres", "dataset", 1, 47))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE record ADD COLUMN xml BLOB");
            s.execute("UPDATE record SET xml = (SELECT x.xml FROM record_xml x WHERE x.rid = record.rid)");
            s.execute("DROP TABLE record_xml");
            for (String column : List.of("minx", "maxx", "miny", "maxy")) {
                s.execute("ALTER TABLE record DROP COLUMN " + column);
            }
            s.execute("PRAGMA user_version = 2");
        }
        try (RecordStore migrated = SqliteRecordStore.open(file)) {
            assertThat(migrated.get("a")).isPresent();
            Filter trees = new Filter.Like(new PropertyName("AnyText"), "%arbre%", '%', '_', '\\', false);
            Filter around = new Filter.BBox(new PropertyName("BoundingBox"), new Envelope(0, 3, 46, 48), 4326);
            Filter elsewhere = new Filter.BBox(new PropertyName("BoundingBox"), new Envelope(5, 6, 43, 44), 4326);
            assertThat(ids(migrated, new Filter.And(List.of(trees, around)))).containsExactly("a");
            assertThat(ids(migrated, new Filter.And(List.of(trees, elsewhere)))).isEmpty();
            assertThat(ids(migrated, around)).containsExactly("a");
            migrated.apply(List.of(new RecordChange.Insert(TestRecords.record("b", "Haies", "dataset", 2, 46))));
            assertThat(migrated.size()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet version = s.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void aFileOfAnUnknownVersionIsRefusedWithTheWayToRebuildIt() throws SQLException {
        Path file = dir.resolve("csw/future.sqlite");
        SqliteRecordStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 9");
        }
        assertThatThrownBy(() -> SqliteRecordStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("version 9").hasMessageContaining("Rebuild");
    }

    private static List<String> ids(RecordStore store, Filter filter) {
        return store.query(new RecordQuery(filter, List.of(), 1, 10)).records().stream()
                .map(r -> r.identifier()).toList();
    }
}
