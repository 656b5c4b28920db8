package fr.crige.store.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.query.Query;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a table far larger than the heap: 200 000 rows of about 1 KB (some 200 MB of text) read by a
 * child JVM limited to 48 MB. The child exits 0 only when it has seen every row.
 */
class GeoPackageStreamingTest {
    private static final int ROWS = 200_000;
    private static final String TABLE = "big";

    @TempDir
    Path dir;

    @Test
    void streamsWithConstantMemory() throws Exception {
        File file = dir.resolve("big.gpkg").toFile();
        writeLargeGeoPackage(file);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), file.getAbsolutePath(), Integer.toString(ROWS))
                .redirectErrorStream(true).start();
        String output;
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("child finished").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=" + ROWS);
    }

    private static void writeLargeGeoPackage(File file) throws Exception {
        GeoPackageManager.create(file);
        try (GeoPackage gpkg = GeoPackageManager.open(file)) {
            GeometryColumns gc = new GeometryColumns();
            gc.setTableName(TABLE);
            gc.setColumnName("geom");
            gc.setGeometryType(GeometryType.POINT);
            gc.setSrsId(4326);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gpkg.createFeatureTable(FeatureTableMetadata.create(gc,
                    List.of(FeatureColumn.createColumn("payload", GeoPackageDataType.TEXT))));
            Connection c = gpkg.getConnection().getConnection();
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            String payload = "x".repeat(1000);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO big (geom, payload) VALUES (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    st.setBytes(1, GeoPackageGeometryData.create(4326L, new Point(i % 360 - 180, i % 180 - 90)).toBytes());
                    st.setString(2, payload + i);
                    st.addBatch();
                    if (i % 10_000 == 9_999) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Run in the child JVM: streams the table and exits 0 when every row was read. The CRS service opens its
     * EPSG database only on first use, which this native-CRS query never makes.
     */
    public static final class Child {
        public static void main(String[] args) {
            int expected = Integer.parseInt(args[1]);
            long rows = 0;
            long characters = 0;
            try (GeoPackageStore store = new GeoPackageStore(Path.of(args[0]), new SisCrsService());
                    FeatureReader r = store.features(Query.all(TABLE))) {
                while (r.hasNext()) {
                    characters += ((String) r.next().get("payload")).length();
                    rows++;
                }
            }
            System.out.println("rows=" + rows + " characters=" + characters);
            System.exit(rows == expected ? 0 : 1);
        }
    }
}
