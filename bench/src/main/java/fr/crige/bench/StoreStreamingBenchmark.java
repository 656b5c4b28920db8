package fr.crige.bench;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Features/s streamed from PostGIS through the store SPI, against plain JDBC reads of the same rows.
 *
 * <p>Three readers of every row of one table, each run {@code rounds} times after a warm-up:
 * <ol>
 * <li>{@code jdbc-raw}: plain JDBC, every column read with getObject and the geometry as WKB bytes;</li>
 * <li>{@code jdbc+jts}: the same plus decoding the WKB into JTS geometries (the work any Java consumer does);</li>
 * <li>{@code store}: {@link DataStore#features} of the PostGIS store (typed values, JTS geometries, ids).</li>
 * </ol>
 * The goal is store ≥ 70% of {@code jdbc-raw}. Connection from the PG* environment variables; the table
 * is created with synthetic rows when absent (see bench/README.md).
 */
public final class StoreStreamingBenchmark {

    public static void main(String[] args) throws Exception {
        String schema = arg(args, 0, "bench");
        String table = arg(args, 1, "points");
        int rows = Integer.parseInt(arg(args, 2, "500000"));
        int rounds = Integer.parseInt(arg(args, 3, "5"));

        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/"
                + env("PGDATABASE", "postgres");
        Properties props = new Properties();
        props.setProperty("user", env("PGUSER", "postgres"));
        props.setProperty("password", env("PGPASSWORD", ""));

        try (Connection c = DriverManager.getConnection(url, props)) {
            ensureTable(c, schema, table, rows);
        }

        Map<String, String> params = new HashMap<>();
        params.put("host", env("PGHOST", "127.0.0.1"));
        params.put("port", env("PGPORT", "5432"));
        params.put("database", env("PGDATABASE", "postgres"));
        params.put("user", env("PGUSER", "postgres"));
        params.put("passwd", env("PGPASSWORD", ""));
        params.put("schema", schema);
        StoreContext ctx = new StoreContext(Path.of("."), new SisCrsService());
        try (DataStore store = DataStoreRegistry.fromClassPath().get("postgis").open(params, ctx)) {
            for (int warm = 0; warm < 2; warm++) {
                jdbc(url, props, schema, table, false);
                store(store, table);
            }
            double raw = 0;
            double jts = 0;
            double spi = 0;
            for (int i = 0; i < rounds; i++) {
                raw = Math.max(raw, jdbc(url, props, schema, table, false));
                jts = Math.max(jts, jdbc(url, props, schema, table, true));
                spi = Math.max(spi, store(store, table));
            }
            System.out.printf("table %s.%s, best of %d rounds (features/s)%n", schema, table, rounds);
            System.out.printf("jdbc-raw  %,12.0f%n", raw);
            System.out.printf("jdbc+jts  %,12.0f%n", jts);
            System.out.printf("store     %,12.0f  (%.0f%% of jdbc-raw, %.0f%% of jdbc+jts)%n", spi,
                    100 * spi / raw, 100 * spi / jts);
        }
    }

    private static void ensureTable(Connection c, String schema, String table, int rows) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + schema + "." + table + "') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            System.out.printf("creating %s.%s with %,d rows%n", schema, table, rows);
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            s.execute("CREATE TABLE " + schema + "." + table + " AS SELECT i AS gid, 'feature ' || i AS name,"
                    + " (i % 1000)::integer AS category, i * 0.5 AS value, DATE '2020-01-01' + (i % 1000) AS day,"
                    + " ST_SetSRID(ST_MakePoint(600000 + (i % 1000) * 10, 6700000 + (i / 1000) * 10), 2154)"
                    + "::geometry(Point, 2154) AS geom FROM generate_series(1, " + rows + ") i");
            s.execute("ALTER TABLE " + schema + "." + table + " ADD PRIMARY KEY (gid)");
            s.execute("CREATE INDEX ON " + schema + "." + table + " USING gist (geom)");
            s.execute("ANALYZE " + schema + "." + table);
        }
    }

    private static double jdbc(String url, Properties props, String schema, String table, boolean decode)
            throws Exception {
        long t0 = System.nanoTime();
        long n = 0;
        WKBReader wkb = new WKBReader();
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT gid, name, category, value, day, ST_AsBinary(geom)"
                        + " FROM " + schema + "." + table + " ORDER BY gid")) {
                    while (rs.next()) {
                        for (int i = 1; i <= 5; i++) {
                            rs.getObject(i);
                        }
                        byte[] g = rs.getBytes(6);
                        if (decode) {
                            parse(wkb, g);
                        }
                        n++;
                    }
                }
            }
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static void parse(WKBReader wkb, byte[] g) {
        try {
            wkb.read(g);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double store(DataStore store, String table) {
        long t0 = System.nanoTime();
        long n = 0;
        try (FeatureReader r = store.features(Query.all(table))) {
            while (r.hasNext()) {
                Feature f = r.next();
                if (f.id() == null) {
                    throw new IllegalStateException("feature without id");
                }
                n++;
            }
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static String arg(String[] args, int i, String def) {
        return args.length > i ? args[i] : def;
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? def : v;
    }
}
