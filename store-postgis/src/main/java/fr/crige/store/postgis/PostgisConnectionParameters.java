package fr.crige.store.postgis;

import com.zaxxer.hikari.HikariConfig;
import fr.crige.core.store.StoreException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The parameters of a PostGIS store, as in the catalog (names as GeoServer's, so that migrated
 * configurations read naturally): {@code host}, {@code port}, {@code database}, {@code schema} (default
 * {@code public}), {@code user}, {@code passwd}, and the pool settings {@code maxConnections} (default 10),
 * {@code minConnections} (default 1) and {@code connectionTimeout} in milliseconds (default 10000).
 */
record PostgisConnectionParameters(String host, int port, String database, String schema, String user,
        String password, int maxConnections, int minConnections, long connectionTimeoutMillis) {

    static PostgisConnectionParameters parse(Map<String, String> p) {
        String database = p.get("database");
        if (database == null || database.isBlank()) {
            throw new StoreException("PostGIS store parameter 'database' is required");
        }
        int max = intParameter(p, "maxConnections", 10);
        int min = intParameter(p, "minConnections", 1);
        if (max < 1 || min < 0 || min > max) {
            throw new StoreException("PostGIS store needs 0 <= minConnections <= maxConnections and maxConnections >= 1");
        }
        return new PostgisConnectionParameters(p.getOrDefault("host", "localhost"), intParameter(p, "port", 5432),
                database, p.getOrDefault("schema", "public"), p.get("user"), p.get("passwd"), max, min,
                intParameter(p, "connectionTimeout", 10_000));
    }

    private static int intParameter(Map<String, String> p, String name, int defaultValue) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new StoreException("PostGIS store parameter '" + name + "' is not an integer: " + v);
        }
    }

    /** {@code host:port/database}, for messages (never the credentials). */
    String describe() {
        return host + ":" + port + "/" + database;
    }

    /**
     * The pool configuration. Connections are read-only, a second line of defence behind bound parameters:
     * the store never writes. The pool does not connect at creation; the factory pings instead, to report
     * an unreachable server with its address.
     */
    HikariConfig poolConfig() {
        HikariConfig c = new HikariConfig();
        c.setPoolName("crige-postgis-" + describe());
        c.setJdbcUrl("jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8));
        c.addDataSourceProperty("ApplicationName", "crige");
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(maxConnections);
        c.setMinimumIdle(minConnections);
        c.setConnectionTimeout(Math.max(250, connectionTimeoutMillis));
        c.setInitializationFailTimeout(-1);
        c.setReadOnly(true);
        // the driver's default applies read-only to explicit transactions only; autocommit statements too
        c.addDataSourceProperty("readOnlyMode", "always");
        // -1: every statement is prepared on the server from its first run, which makes the driver ask for
        // results in binary. With the default (5), the first runs of each statement on each pooled connection
        // come as text, where a WKB geometry is hex: twice the bytes, hex-encoded by the database and decoded by
        // the driver (a 500,000-parcel map read in 0.54-0.75 s as text, 0.30 s in binary)
        c.addDataSourceProperty("prepareThreshold", "-1");
        // a prepared statement is planned again for each run's values: how many rows a bounding box selects
        // (a street or the whole region) decides between an index and a sequential scan, and the generic plan
        // PostgreSQL otherwise settles on after five runs cannot know it (a region map took 1.5x longer with it)
        c.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        return c;
    }
}
