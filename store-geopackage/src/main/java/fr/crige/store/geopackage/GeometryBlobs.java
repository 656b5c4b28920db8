package fr.crige.store.geopackage;

import fr.crige.core.store.StoreException;
import java.io.IOException;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes GeoPackage geometry blobs (a GeoPackage header followed by ISO WKB): the NGA library reads the
 * header, JTS reads the WKB. Not thread-safe (the WKB reader keeps state): one per feature reader.
 */
final class GeometryBlobs {
    private final GeometryFactory factory = new GeometryFactory();
    private final WKBReader wkb = new WKBReader(factory);

    /** The geometry of a blob; null for a SQL NULL; an empty GeometryCollection for an empty geometry. */
    Geometry decode(byte[] blob) {
        if (blob == null) {
            return null;
        }
        try {
            GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
            if (data.isEmpty()) {
                return factory.createGeometryCollection();
            }
            return wkb.read(data.getWkb());
        } catch (IOException | ParseException | RuntimeException e) {
            throw new StoreException("Invalid GeoPackage geometry: " + e.getMessage(), e);
        }
    }
}
