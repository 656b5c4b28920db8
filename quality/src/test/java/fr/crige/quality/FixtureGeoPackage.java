package fr.crige.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Writes a GeoJSON fixture (EPSG:2154) as a table of a GeoPackage, with the NGA library, so that the same
 * fixture and its expected findings test the GeoPackage input and published layers: features in file order
 * (feature ids 1..n, the row numbers), every property as a TEXT column (the fixtures' values are all text),
 * a generic geometry column so that the wrong geometry types of a fixture can be stored.
 */
final class FixtureGeoPackage {

    private static final long LAMBERT_93 = 2154;
    private static final Path SAMPLE = Path.of("..", "data-dir", "data", "cvl.gpkg");

    private FixtureGeoPackage() {
    }

    /**
     * EPSG:2154 as the sample GeoPackage declares it: NGA only knows the WKT of a few world CRSs, and the
     * sample's row comes from the tool that wrote real Lambert-93 data.
     */
    private static SpatialReferenceSystem lambert93() throws Exception {
        try (GeoPackage sample = GeoPackageManager.open(SAMPLE.toFile(), false)) {
            SpatialReferenceSystem srs = sample.getSpatialReferenceSystemDao().queryForOrganizationCoordsysId(
                    "EPSG", LAMBERT_93);
            if (srs == null) {
                throw new IllegalStateException(SAMPLE + " does not declare EPSG:" + LAMBERT_93);
            }
            return srs;
        }
    }

    /** Adds the fixture as table {@code table} to the GeoPackage file, created when absent. */
    static void write(Path geojson, Path gpkg, String table) throws Exception {
        JsonNode features = new ObjectMapper().readTree(geojson.toFile()).path("features");
        List<String> columns = new ArrayList<>();
        features.forEach(f -> f.path("properties").fieldNames().forEachRemaining(name -> {
            if (!columns.contains(name)) {
                columns.add(name);
            }
        }));
        File file = gpkg.toFile();
        if (!file.exists()) {
            GeoPackageManager.create(file);
        }
        try (GeoPackage geoPackage = GeoPackageManager.open(file)) {
            if (geoPackage.getSpatialReferenceSystemDao().queryForId(LAMBERT_93) == null) {
                geoPackage.getSpatialReferenceSystemDao().create(lambert93());
            }
            GeometryColumns geometry = new GeometryColumns();
            geometry.setTableName(table);
            geometry.setColumnName("geom");
            geometry.setGeometryType(GeometryType.GEOMETRY);
            geometry.setSrsId(LAMBERT_93);
            geometry.setZ((byte) 0);
            geometry.setM((byte) 0);
            geoPackage.createFeatureTable(FeatureTableMetadata.create(geometry, columns.stream()
                    .map(c -> FeatureColumn.createColumn(c, GeoPackageDataType.TEXT)).toList()));
            Connection connection = geoPackage.getConnection().getConnection();
            String sql = "INSERT INTO \"" + table + "\" (geom" + columns.stream().map(c -> ", \"" + c + "\"")
                    .reduce("", String::concat) + ") VALUES (?" + ", ?".repeat(columns.size()) + ")";
            GeoJsonReader reader = new GeoJsonReader();
            WKBWriter wkb = new WKBWriter();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (JsonNode feature : features) {
                    JsonNode shape = feature.path("geometry");
                    insert.setBytes(1, shape.isObject() ? GeoPackageGeometryData.createFromWkb(LAMBERT_93,
                            wkb.write(reader.read(shape.toString()))).toBytes() : null);
                    for (int i = 0; i < columns.size(); i++) {
                        JsonNode value = feature.path("properties").path(columns.get(i));
                        insert.setString(i + 2, value.isMissingNode() || value.isNull() ? null : value.asText());
                    }
                    insert.executeUpdate();
                }
            }
        }
    }
}
