package fr.crige.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.feature.FeatureReader;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams half a gigabyte of rows (500,000 rows with a 1 KB text column) through the store in a child JVM
 * limited to a 48 MB heap: only a cursor with a bounded fetch size can read them all.
 */
class PostgisStreamingTest {
    private static final String SCHEMA = "crige_stream";
    private static final int ROWS = 500_000;

    @BeforeAll
    static void createBigTable() throws Exception {
        PostgisTestDatabase.assumeAvailable();
        try (Connection c = PostgisTestDatabase.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA.hashCode() + ")");
                s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".big (gid integer PRIMARY KEY, payload text NOT NULL)");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + SCHEMA + ".big")) {
                    rs.next();
                    if (rs.getLong(1) != ROWS) {
                        s.execute("TRUNCATE " + SCHEMA + ".big");
                        // md5 of the row number, repeated: 1 KB per row, different on every row
                        s.execute("INSERT INTO " + SCHEMA + ".big SELECT g, repeat(md5(g::text), 32) "
                                + "FROM generate_series(1, " + ROWS + ") AS g");
                    }
                }
            }
            c.commit();
        }
    }

    @Test
    void streamsAllRowsWithASmallHeap(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), StreamAll.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String log = Files.readString(output);
        assertThat(finished).as("child finished in time; output:%n%s", log).isTrue();
        assertThat(child.exitValue()).as("exit code; output:%n%s", log).isZero();
        assertThat(log).contains("rows=" + ROWS + " chars=" + (ROWS * 1024L));
    }

    /** The child JVM: reads every feature of the big table through the store and prints what it saw. */
    public static final class StreamAll {
        public static void main(String[] args) {
            long rows = 0;
            long chars = 0;
            try (DataStore store = new PostgisStoreFactory().open(PostgisTestDatabase.storeParameters(SCHEMA),
                    new StoreContext(Path.of("."), null));
                    FeatureReader reader = store.features(Query.all("big"))) {
                while (reader.hasNext()) {
                    chars += ((String) reader.next().get("payload")).length();
                    rows++;
                }
            }
            System.out.println("rows=" + rows + " chars=" + chars + " maxHeap=" + Runtime.getRuntime().maxMemory());
        }
    }
}
