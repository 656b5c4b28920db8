package fr.crige.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.core.store.UnknownTypeException;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * SQL injection attempts through every name and value a request controls. A table and a column whose real
 * names contain quotes and semicolons show that catalog identifiers are quoted correctly, while the same
 * strings used as unknown names are refused before any SQL is written.
 */
class PostgisHostileInputTest {
    private static final String SCHEMA = "crige_hostile";
    private static final String TABLE = "Vic\"tims; DROP TABLE crige_hostile.canary; --";
    private static final String COLUMN = "na\"me'; DROP TABLE crige_hostile.canary; --";
    private static DataStore store;

    @BeforeAll
    static void createTables() throws Exception {
        String table = SqlIdentifier.qualified(SCHEMA, TABLE);
        PostgisTestDatabase.createSchema(SCHEMA,
                "CREATE TABLE " + SCHEMA + ".canary (id integer PRIMARY KEY)",
                "CREATE TABLE " + table + " (gid integer PRIMARY KEY, " + SqlIdentifier.quote(COLUMN)
                        + " text, geom geometry(Point, 2154))",
                "INSERT INTO " + table + " VALUES (1, 'O''Brien', 'SRID=2154;POINT(600000 6700000)'),"
                        + " (2, 'x'' OR ''1''=''1', NULL), (3, NULL, NULL)");
        store = PostgisTestDatabase.openStore(SCHEMA);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void oddCatalogNamesAreQuotedNotInterpreted() {
        assertThat(store.typeNames()).containsExactlyInAnyOrder("canary", TABLE);
        assertThat(store.schema(TABLE).attribute(COLUMN)).isPresent();
        assertThat(read(Query.builder(TABLE).sortBy(SortBy.desc(COLUMN)).properties(COLUMN).build()))
                .extracting(f -> f.get(COLUMN)).containsExactly(null, "x' OR '1'='1", "O'Brien");
        assertCanaryAlive();
    }

    @Test
    void valuesWithQuotesAreBoundAndMatchLiterally() {
        assertThat(count(Filter.equal(COLUMN, "O'Brien"))).isEqualTo(1);
        assertThat(count(Filter.equal(COLUMN, "x' OR '1'='1"))).isEqualTo(1);
        assertThat(count(Filter.equal(COLUMN, "' OR '1'='1"))).isZero();
        assertThat(count(Filter.compare(COLUMN, ComparisonOperator.GREATER_THAN, "'); DROP TABLE "
                + SCHEMA + ".canary; --"))).isEqualTo(2);
        assertThat(count(Filter.like(COLUMN, "*'; DROP TABLE canary; --*"))).isZero();
        assertThat(count(Filter.ids(TABLE + ".1 OR 1=1", TABLE + ".1); DROP TABLE canary; --"))).isZero();
        assertCanaryAlive();
    }

    @Test
    void hostileNamesAreRejectedBeforeSql() {
        String[] names = {"gid; DROP TABLE " + SCHEMA + ".canary; --", "\"gid\"", COLUMN + "\"", "geom) OR (1=1"};
        for (String name : names) {
            assertInvalid(() -> count(Filter.equal(name, "1")));
            assertInvalid(() -> count(Filter.isNull(name)));
            assertInvalid(() -> store.features(Query.builder(TABLE).sortBy(SortBy.asc(name)).build()).close());
            assertInvalid(() -> store.features(Query.builder(TABLE).properties(name).build()).close());
        }
        assertThatThrownBy(() -> store.count(Query.all("canary; DROP TABLE " + SCHEMA + ".canary")))
                .isInstanceOf(UnknownTypeException.class);
        assertThatThrownBy(() -> store.count(Query.all("\"canary\"")))
                .isInstanceOf(UnknownTypeException.class);
        assertCanaryAlive();
    }

    @Test
    void poolConnectionsAreReadOnly() throws Exception {
        // even a statement that slipped through could not write
        PostgisConnectionParameters p = PostgisConnectionParameters.parse(PostgisTestDatabase.storeParameters(SCHEMA));
        try (HikariDataSource pool = new HikariDataSource(p.poolConfig()); Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("DROP TABLE " + SCHEMA + ".canary"))
                    .hasMessageContaining("read-only");
        }
        assertCanaryAlive();
    }

    private static long count(Filter f) {
        return store.count(Query.builder(TABLE).filter(f).build());
    }

    private static List<Feature> read(Query q) {
        List<Feature> out = new ArrayList<>();
        try (FeatureReader r = store.features(q)) {
            while (r.hasNext()) {
                out.add(r.next());
            }
        }
        return out;
    }

    private static void assertInvalid(Executable e) {
        assertThatThrownBy(e::execute).isInstanceOf(InvalidQueryException.class);
    }

    private static void assertCanaryAlive() {
        try (Connection c = PostgisTestDatabase.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('" + SCHEMA + ".canary') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("table %s.canary still exists", SCHEMA).isTrue();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
