package fr.crige.store.geopackage;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.store.StoreException;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.user.UserColumn;
import mil.nga.geopackage.user.UserTable;

/**
 * Reads the tables of a GeoPackage (contents, geometry columns, spatial reference systems, columns) with
 * the NGA library, once when the store opens, and maps the GeoPackage column types to
 * {@link AttributeType}s.
 */
final class GeoPackageSchemaReader {

    private GeoPackageSchemaReader() {
    }

    /** The feature and attribute tables of the file, by name, in the order of the GeoPackage contents. */
    static Map<String, GeoPackageTable> read(File file) {
        Map<String, GeoPackageTable> tables = new LinkedHashMap<>();
        try (GeoPackage gpkg = GeoPackageManager.open(file, false)) {
            for (String name : gpkg.getFeatureTables()) {
                FeatureDao dao = gpkg.getFeatureDao(name);
                GeometryColumns gc = dao.getGeometryColumns();
                int srid = epsgCode(gc.getSrs());
                String rtreeName = "rtree_" + name + "_" + gc.getColumnName();
                String rtree = gpkg.isTable(rtreeName) ? rtreeName : null;
                tables.put(name, new GeoPackageTable(schema(dao.getTable(), gc.getColumnName(),
                        GeometryKind.fromName(gc.getGeometryTypeName()), srid), gc.getColumnName(), rtree, srid));
            }
            for (String name : gpkg.getAttributesTables()) {
                tables.put(name, new GeoPackageTable(schema(gpkg.getAttributesDao(name).getTable(), null, null, 0),
                        null, null, 0));
            }
        } catch (RuntimeException e) {
            throw new StoreException("Cannot read GeoPackage " + file + ": " + e.getMessage(), e);
        }
        return tables;
    }

    private static FeatureSchema schema(UserTable<? extends UserColumn> table, String geometryColumn,
            GeometryKind kind, int srid) {
        if (!table.hasPkColumn()) {
            throw new StoreException("GeoPackage table " + table.getTableName() + " has no primary key");
        }
        List<AttributeDescriptor> attributes = new ArrayList<>();
        for (UserColumn c : table.getColumns()) {
            if (c.isPrimaryKey()) {
                continue;
            }
            if (c.getName().equals(geometryColumn)) {
                attributes.add(AttributeDescriptor.geometry(c.getName(), kind, srid, !c.isNotNull()));
            } else {
                Integer length = c.getMax() == null ? null : c.getMax().intValue();
                attributes.add(new AttributeDescriptor(c.getName(), type(c), !c.isNotNull(), length, null, 0));
            }
        }
        return new FeatureSchema(table.getTableName(), table.getPkColumnName(), attributes);
    }

    /** GeoPackage 1.3 data types; INT/INTEGER are 64 bit in SQLite, DATETIME values are UTC instants. */
    private static AttributeType type(UserColumn c) {
        GeoPackageDataType t = c.getDataType();
        if (t == null) {
            return AttributeType.STRING;
        }
        return switch (t) {
            case BOOLEAN -> AttributeType.BOOLEAN;
            case TINYINT, SMALLINT, MEDIUMINT -> AttributeType.INTEGER;
            case INT, INTEGER -> AttributeType.LONG;
            case FLOAT, DOUBLE, REAL -> AttributeType.DOUBLE;
            case TEXT -> AttributeType.STRING;
            case BLOB -> AttributeType.BINARY;
            case DATE -> AttributeType.DATE;
            case DATETIME -> AttributeType.DATETIME_TZ;
        };
    }

    private static int epsgCode(SpatialReferenceSystem srs) {
        if (srs == null || !"EPSG".equals(srs.getOrganization().toUpperCase(Locale.ROOT))) {
            return 0;
        }
        return (int) srs.getOrganizationCoordsysId();
    }
}
