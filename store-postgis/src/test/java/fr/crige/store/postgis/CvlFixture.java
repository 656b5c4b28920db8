package fr.crige.store.postgis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;

/**
 * Loads the committed sample GeoPackage ({@code data-dir/data/cvl.gpkg}) into the PostGIS schema
 * {@code cvl}: same table and column names, {@code gid integer} primary keys, GeoPackage types mapped to
 * their PostgreSQL equivalents ({@code TEXT(n)} to {@code varchar(n)}, booleans to {@code boolean}), {@code geom geometry(<kind>, srid)} with a GiST index. The load runs only
 * when the marker table {@code crige_fixture.loaded} does not hold the checksum of the current file and
 * loader version, inside one transaction under an advisory lock so that concurrent test JVMs agree.
 */
final class CvlFixture {
    static final String SCHEMA = "cvl";
    /** Bump when the way tables are loaded changes, to force a reload. */
    private static final String LOADER_VERSION = "2";
    private static final Path GEOPACKAGE = Path.of("../data-dir/data/cvl.gpkg");
    private static final long ADVISORY_LOCK = 0x63766c5f66697874L;
    private static final int BATCH = 500;
    private static boolean loaded;

    private CvlFixture() {
    }

    /** Makes sure the schema holds the current sample data. */
    static synchronized void ensureLoaded() throws Exception {
        if (loaded) {
            return;
        }
        String checksum = LOADER_VERSION + ":" + sha256(GEOPACKAGE);
        try (Connection c = PostgisTestDatabase.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
                s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
                s.execute("CREATE SCHEMA IF NOT EXISTS crige_fixture");
                s.execute("CREATE TABLE IF NOT EXISTS crige_fixture.loaded (name text PRIMARY KEY, checksum text NOT NULL)");
            }
            if (!checksum.equals(loadedChecksum(c))) {
                load(c);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO crige_fixture.loaded VALUES (?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum")) {
                    ps.setString(1, SCHEMA);
                    ps.setString(2, checksum);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
        loaded = true;
    }

    private static String loadedChecksum(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM crige_fixture.loaded WHERE name = ?")) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void load(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        // NGA opens the file read-write: work on a copy so the committed file is never touched.
        Path copy = Files.createTempFile("cvl", ".gpkg");
        try {
            Files.copy(GEOPACKAGE, copy, StandardCopyOption.REPLACE_EXISTING);
            GeoPackage gpkg = GeoPackageManager.open(copy.toFile(), false);
            try {
                for (String table : gpkg.getFeatureTables()) {
                    loadTable(c, gpkg.getFeatureDao(table));
                }
            } finally {
                gpkg.close();
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void loadTable(Connection c, FeatureDao dao) throws SQLException, IOException {
        String table = SqlIdentifier.qualified(SCHEMA, dao.getTableName());
        int srid = (int) dao.getSrsId();
        List<FeatureColumn> columns = dao.getTable().getColumns();
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (FeatureColumn col : columns) {
            String name = SqlIdentifier.quote(col.getName());
            names.add(name);
            placeholders.add(col.isGeometry() ? "ST_GeomFromWKB(?, " + srid + ")" : "?");
            String type = col.isPrimaryKey() ? "integer PRIMARY KEY"
                    : col.isGeometry() ? "geometry(" + col.getGeometryType().getName() + ", " + srid + ")"
                    : col.getDataType() == GeoPackageDataType.TEXT && col.hasMax() ? "varchar(" + col.getMax() + ")"
                    : sqlType(col.getDataType());
            definitions.add(name + " " + type + (col.isNotNull() && !col.isPrimaryKey() ? " NOT NULL" : ""));
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (" + String.join(", ", definitions) + ")");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", names)
                + ") VALUES (" + String.join(", ", placeholders) + ")")) {
            FeatureResultSet rows = dao.queryForAll();
            try {
                insertAll(insert, rows, columns);
            } finally {
                rows.close();
            }
        }
        String geometry = SqlIdentifier.quote(dao.getGeometryColumnName());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX ON " + table + " USING gist (" + geometry + ")");
            s.execute("ANALYZE " + table);
        }
    }

    private static void insertAll(PreparedStatement insert, FeatureResultSet rows, List<FeatureColumn> columns)
            throws SQLException, IOException {
        int pending = 0;
        while (rows.moveToNext()) {
            FeatureRow row = rows.getRow();
            for (int i = 0; i < columns.size(); i++) {
                FeatureColumn col = columns.get(i);
                insert.setObject(i + 1, col.isGeometry() ? wkb(row.getGeometry())
                        : value(row.getValue(i), col.getDataType()));
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }
        insert.executeBatch();
    }

    private static String sqlType(GeoPackageDataType type) {
        return switch (type) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT, MEDIUMINT, INT -> "integer";
            case INTEGER -> "bigint";
            case FLOAT, DOUBLE, REAL -> "double precision";
            case TEXT -> "text";
            case BLOB -> "bytea";
            case DATE -> "date";
            case DATETIME -> "timestamp with time zone";
        };
    }

    /** GeoPackage values as the JDBC types of their PostgreSQL columns (SQLite stores booleans as 0/1, dates as text). */
    private static Object value(Object v, GeoPackageDataType type) {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case BOOLEAN -> v instanceof Number n ? n.intValue() != 0 : v;
            case DATE -> v instanceof Date d ? d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()
                    : LocalDate.parse(v.toString().substring(0, 10));
            case DATETIME -> v instanceof Date d ? d.toInstant().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(v.toString());
            default -> v;
        };
    }

    private static byte[] wkb(GeoPackageGeometryData geometry) throws IOException {
        return geometry == null || geometry.isEmpty() ? null : geometry.getWkb();
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
