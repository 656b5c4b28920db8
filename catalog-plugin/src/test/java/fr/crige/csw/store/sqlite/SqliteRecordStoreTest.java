package fr.crige.csw.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.csw.TestRecords;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.RecordStoreContract;
import java.nio.file.Path;
import fr.crige.core.filter.Filter;
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
}
