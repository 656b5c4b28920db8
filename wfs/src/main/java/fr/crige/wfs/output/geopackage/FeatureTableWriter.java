package fr.crige.wfs.output.geopackage;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.wfs.getfeature.PlannedQuery;
import fr.crige.wfs.output.CrsWkt;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes the features of one planned query into a new GeoPackage feature table: the first geometry attribute
 * becomes the table's geometry column, the other attributes typed columns (other geometries are left out), the
 * spatial reference system is registered with its WKT definition, rows are inserted in transactions of
 * {@value #BATCH} and the table gets its extent and an R-tree index at the end.
 */
final class FeatureTableWriter {

    private static final int BATCH = 10_000;
    /** GeoPackage's "undefined Cartesian SRS", for types without a CRS. */
    private static final int UNDEFINED_CARTESIAN = -1;

    private final GeoPackage gpkg;
    private final String table;
    private final PlannedQuery query;
    private final WKBWriter wkb = new WKBWriter();

    FeatureTableWriter(GeoPackage gpkg, String table, PlannedQuery query) {
        this.gpkg = gpkg;
        this.table = table;
        this.query = query;
    }

    void write() throws IOException {
        FeatureSchema schema = query.schema();
        AttributeDescriptor geometry = schema.attributes().stream().filter(AttributeDescriptor::isGeometry)
                .findFirst().orElse(null);
        long srsId = query.outputCrs() == null ? UNDEFINED_CARTESIAN : srs(query.outputCrs().srid());
        List<AttributeDescriptor> attributes = schema.attributes().stream().filter(a -> !a.isGeometry()).toList();
        FeatureTable featureTable = createTable(geometry, attributes, srsId);
        FeatureDao dao = gpkg.getFeatureDao(featureTable.getTableName());
        Envelope extent = new Envelope();
        if (!query.isEmpty()) {
            try (FeatureReader reader = query.open()) {
                gpkg.beginTransaction();
                int inBatch = 0;
                while (reader.hasNext()) {
                    Feature feature = reader.next();
                    FeatureRow row = dao.newRow();
                    if (geometry != null) {
                        Geometry g = (Geometry) feature.get(geometry.name());
                        if (g != null && !g.isEmpty()) {
                            extent.expandToInclude(g.getEnvelopeInternal());
                            row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srsId, wkb.write(g)));
                        }
                    }
                    for (AttributeDescriptor a : attributes) {
                        row.setValue(a.name(), value(feature.get(a.name())));
                    }
                    dao.insert(row);
                    if (++inBatch == BATCH) {
                        gpkg.endAndBeginTransaction();
                        inBatch = 0;
                    }
                }
                gpkg.endTransaction(true);
            }
        }
        if (geometry != null) {
            finish(featureTable, extent);
        }
    }

    private FeatureTable createTable(AttributeDescriptor geometry, List<AttributeDescriptor> attributes, long srsId) {
        Set<String> names = new HashSet<>();
        attributes.forEach(a -> names.add(a.name().toLowerCase(Locale.ROOT)));
        String fid = "fid";
        for (int i = 1; names.contains(fid); i++) {
            fid = "fid_" + i;
        }
        List<FeatureColumn> columns = new ArrayList<>();
        for (AttributeDescriptor a : attributes) {
            columns.add(FeatureColumn.createColumn(a.name(), dataType(a)));
        }
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setTableName(table);
        geometryColumns.setColumnName(geometry != null ? geometry.name() : "geom");
        geometryColumns.setGeometryType(geometry != null ? geometryType(geometry.geometryKind())
                : GeometryType.GEOMETRY);
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(srsId);
        return gpkg.createFeatureTable(FeatureTableMetadata.create(geometryColumns, fid, columns));
    }

    /** The table's extent in gpkg_contents and its R-tree index. */
    private void finish(FeatureTable featureTable, Envelope extent) throws IOException {
        if (!extent.isNull()) {
            try {
                Contents contents = gpkg.getContentsDao().queryForId(table);
                contents.setMinX(extent.getMinX());
                contents.setMinY(extent.getMinY());
                contents.setMaxX(extent.getMaxX());
                contents.setMaxY(extent.getMaxY());
                gpkg.getContentsDao().update(contents);
            } catch (SQLException e) {
                throw new IOException("Could not record the extent of " + table, e);
            }
        }
        new RTreeIndexExtension(gpkg).create(featureTable);
    }

    /** The id of the SRS of an EPSG code, registered with its WKT definition unless the GeoPackage has it. */
    private long srs(int srid) throws IOException {
        try {
            var dao = gpkg.getSpatialReferenceSystemDao();
            if (dao.queryForId((long) srid) == null) {
                SpatialReferenceSystem srs = new SpatialReferenceSystem();
                srs.setSrsName("EPSG:" + srid);
                srs.setSrsId(srid);
                srs.setOrganization("EPSG");
                srs.setOrganizationCoordsysId(srid);
                srs.setDefinition(CrsWkt.forGeoPackage(srid));
                dao.create(srs);
            }
            return srid;
        } catch (SQLException e) {
            throw new IOException("Could not register EPSG:" + srid + " in the GeoPackage", e);
        }
    }

    private static GeometryType geometryType(GeometryKind kind) {
        return switch (kind) {
            case POINT -> GeometryType.POINT;
            case LINESTRING -> GeometryType.LINESTRING;
            case POLYGON -> GeometryType.POLYGON;
            case MULTIPOINT -> GeometryType.MULTIPOINT;
            case MULTILINESTRING -> GeometryType.MULTILINESTRING;
            case MULTIPOLYGON -> GeometryType.MULTIPOLYGON;
            case GEOMETRYCOLLECTION -> GeometryType.GEOMETRYCOLLECTION;
            case GEOMETRY -> GeometryType.GEOMETRY;
        };
    }

    private static GeoPackageDataType dataType(AttributeDescriptor a) {
        return switch (a.type()) {
            case STRING, TIME -> GeoPackageDataType.TEXT;
            case INTEGER, LONG -> GeoPackageDataType.INTEGER;
            case DOUBLE, DECIMAL -> GeoPackageDataType.DOUBLE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            case DATE -> GeoPackageDataType.DATE;
            case DATETIME, DATETIME_TZ -> GeoPackageDataType.DATETIME;
            case BINARY -> GeoPackageDataType.BLOB;
            case GEOMETRY -> throw new IllegalArgumentException("geometries are not plain columns");
        };
    }

    /** A value as the NGA library stores it: integers as Long, dates as java.util.Date (UTC), times as text. */
    private static Object value(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof LocalDate d) {
            return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (v instanceof LocalDateTime t) {
            return Date.from(t.toInstant(ZoneOffset.UTC));
        }
        if (v instanceof OffsetDateTime t) {
            return Date.from(t.toInstant());
        }
        if (v instanceof LocalTime t) {
            return t.toString();
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        return v;
    }
}
