package fr.crige.store.geopackage;

import fr.crige.core.feature.FeatureSchema;
import java.util.Objects;

/**
 * What the store knows of one feature or attribute table of a GeoPackage.
 *
 * @param schema         the exposed schema (the primary key is its id column, not an attribute)
 * @param geometryColumn the geometry column, or null for an attribute table
 * @param rtree          the name of the R-tree index of the geometry column, or null when it has none
 * @param srid           the EPSG code of the geometry column (0 when unknown or no geometry)
 */
record GeoPackageTable(FeatureSchema schema, String geometryColumn, String rtree, int srid) {

    GeoPackageTable {
        Objects.requireNonNull(schema);
    }

    String name() {
        return schema.typeName();
    }

    String idColumn() {
        return schema.idColumn().orElseThrow();
    }

    /** Quotes an identifier for SQLite; callers pass only names read from the GeoPackage itself. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
