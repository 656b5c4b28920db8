package fr.crige.csw.store.postgresql;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL/PostGIS database of the tests, named by the libpq variables PGHOST, PGPORT, PGUSER,
 * PGPASSWORD and PGDATABASE ({@code scripts/postgis-test.sh start} provisions one). Without them the tests
 * are skipped with a message, unless {@code crige.pg.required=true} (system property or CRIGE_PG_REQUIRED),
 * as in the PostGIS store's tests.
 */
final class PostgresTestDatabase {

    private static final String REQUIRED = "crige.pg.required";

    private PostgresTestDatabase() {
    }

    static void assumeAvailable() {
        if (env("PGHOST") != null || env("PGPORT") != null || env("PGDATABASE") != null) {
            return;
        }
        String message = "No PostgreSQL test database: set PGHOST/PGPORT/PGUSER/PGDATABASE (run "
                + "'scripts/postgis-test.sh start' and source target/pgtest/env)";
        if (Boolean.parseBoolean(System.getProperty(REQUIRED)) || Boolean.parseBoolean(System.getenv(
                "CRIGE_PG_REQUIRED"))) {
            fail(message + "; " + REQUIRED + "=true requires it");
        }
        System.err.println("[crige] " + message + "; PostgreSQL record store tests skipped");
        Assumptions.abort(message + "; PostgreSQL record store tests skipped");
    }

    /** The connection to an empty schema of the test database. */
    static PostgresConnection emptySchema(String schema) {
        assumeAvailable();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return connection(schema);
    }

    /** The connection to a schema of the test database, as it is. */
    static PostgresConnection connection(String schema) {
        return new PostgresConnection(host(), port(), database(), schema, user(), env("PGPASSWORD"), 4);
    }

    private static Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        if (env("PGPASSWORD") != null) {
            p.setProperty("password", env("PGPASSWORD"));
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/" + database(), p);
    }

    private static String host() {
        return orDefault(env("PGHOST"), "localhost");
    }

    private static int port() {
        return Integer.parseInt(orDefault(env("PGPORT"), "5432"));
    }

    private static String user() {
        return orDefault(env("PGUSER"), System.getProperty("user.name"));
    }

    private static String database() {
        return orDefault(env("PGDATABASE"), user());
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
