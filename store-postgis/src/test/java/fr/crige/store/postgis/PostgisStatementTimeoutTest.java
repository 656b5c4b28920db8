package fr.crige.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.feature.FeatureReader;
import fr.crige.core.filter.SortBy;
import fr.crige.core.query.Query;
import fr.crige.core.query.QueryHints;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.QueryTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deadline stops work that is still running inside PostgreSQL, not only the reading of rows: a view that
 * takes seconds per statement is cancelled by the statement timeout, and the connection comes back usable.
 */
class PostgisStatementTimeoutTest {
    private static final String SCHEMA = "crige_slow";
    private static DataStore store;

    @BeforeAll
    static void createSlowView() throws Exception {
        PostgisTestDatabase.createSchema(SCHEMA,
                "CREATE TABLE " + SCHEMA + ".fast (gid integer PRIMARY KEY, geom geometry(Point, 2154))",
                "INSERT INTO " + SCHEMA + ".fast SELECT i, ST_SetSRID(ST_MakePoint(600000 + i, 6700000), 2154)"
                        + " FROM generate_series(1, 100) AS i",
                // 100 rows x 0.1 s: ten seconds for any statement that reads the whole view
                "CREATE VIEW " + SCHEMA + ".slow AS SELECT gid, geom, pg_sleep(0.1) IS NULL AS slept FROM "
                        + SCHEMA + ".fast");
        store = PostgisTestDatabase.openStore(SCHEMA);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void countRunningPastTheDeadlineIsCancelledInTheDatabase() {
        Query slow = Query.builder("slow").hints(QueryHints.NONE.withTimeout(Duration.ofSeconds(1))).build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> store.count(slow)).isInstanceOf(QueryTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(store.count(Query.all("fast"))).as("the pooled connection still works").isEqualTo(100);
    }

    @Test
    void sortedSelectRunningPastTheDeadlineIsCancelled() {
        Query slow = Query.builder("slow").sortBy(SortBy.desc("slept"))
                .hints(QueryHints.NONE.withTimeout(Duration.ofSeconds(1))).build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> {
            try (FeatureReader reader = store.features(slow)) {
                reader.hasNext();
            }
        }).isInstanceOf(QueryTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(store.count(Query.all("fast"))).isEqualTo(100);
    }
}
