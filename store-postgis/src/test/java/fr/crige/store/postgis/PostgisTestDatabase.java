package fr.crige.store.postgis;

import static org.junit.jupiter.api.Assertions.fail;

import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostGIS database of the integration tests, named by the standard libpq variables PGHOST, PGPORT,
 * PGUSER, PGPASSWORD and PGDATABASE ({@code scripts/postgis-test.sh start} provisions one and prints them).
 * Without them the tests are skipped, unless {@code crige.pg.required=true} (system property, or
 * environment variable CRIGE_PG_REQUIRED), which the project's test command sets so that a missing database
 * fails the build instead of silently skipping.
 */
final class PostgisTestDatabase {
    private static final String REQUIRED = "crige.pg.required";

    private PostgisTestDatabase() {
    }

    /** Skips (or fails, when required) the calling test when no database is configured. */
    static void assumeAvailable() {
        if (configured()) {
            return;
        }
        String message = "No PostGIS test database: set PGHOST/PGPORT/PGUSER/PGDATABASE (run "
                + "'scripts/postgis-test.sh start' and source target/pgtest/env)";
        if (required()) {
            fail(message + "; " + REQUIRED + "=true requires it");
        }
        // surefire does not print why a class aborted in @BeforeAll was skipped: say it on the console
        System.err.println("[crige] " + message + "; PostGIS tests skipped");
        Assumptions.abort(message + "; PostGIS tests skipped");
    }

    static boolean configured() {
        return env("PGHOST") != null || env("PGPORT") != null || env("PGDATABASE") != null;
    }

    private static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED))
                || Boolean.parseBoolean(System.getenv("CRIGE_PG_REQUIRED"))
                || Boolean.parseBoolean(System.getenv(REQUIRED));
    }

    static String host() {
        return orDefault(env("PGHOST"), "localhost");
    }

    static int port() {
        return Integer.parseInt(orDefault(env("PGPORT"), "5432"));
    }

    static String user() {
        return orDefault(env("PGUSER"), System.getProperty("user.name"));
    }

    static String database() {
        return orDefault(env("PGDATABASE"), user());
    }

    /** A direct JDBC connection, for fixtures. */
    static Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        if (env("PGPASSWORD") != null) {
            p.setProperty("password", env("PGPASSWORD"));
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/" + database(), p);
    }

    /**
     * Replaces {@code schema} with an empty one and runs the fixture statements in order; skips the calling
     * test class when no database is configured (see {@link #assumeAvailable}).
     */
    static void createSchema(String schema, String... statements) throws SQLException {
        assumeAvailable();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** A PostGIS store on the test database and the given schema, as the server would open it. */
    static DataStore openStore(String schema) {
        return new PostgisStoreFactory().open(storeParameters(schema), new StoreContext(Path.of("."), null));
    }

    /** Parameters of a PostGIS store on the test database and the given schema. */
    static Map<String, String> storeParameters(String schema) {
        Map<String, String> p = new HashMap<>();
        p.put("host", host());
        p.put("port", Integer.toString(port()));
        p.put("database", database());
        p.put("schema", schema);
        p.put("user", user());
        if (env("PGPASSWORD") != null) {
            p.put("passwd", env("PGPASSWORD"));
        }
        p.put("maxConnections", "4");
        return p;
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
