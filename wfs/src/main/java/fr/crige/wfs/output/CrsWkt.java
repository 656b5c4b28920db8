package fr.crige.wfs.output;

import java.util.Locale;
import java.util.TimeZone;
import org.apache.sis.io.wkt.Convention;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.referencing.CRS;
import org.opengis.util.FactoryException;

/**
 * The WKT 1 definition of an EPSG CRS, formatted by Apache SIS from the same EPSG dataset as crige's
 * {@link fr.crige.core.crs.CrsService}: without AXIS elements for a shapefile's .prj (the ESRI form, whose
 * coordinates are always x/y), with them for a GeoPackage's {@code gpkg_spatial_ref_sys} (OGC 01-009, as the
 * GeoPackage standard requires).
 */
public final class CrsWkt {

    private CrsWkt() {
    }

    /** The .prj content of a shapefile in EPSG:srid. */
    public static String forPrj(int srid) {
        return format(srid, Convention.WKT1_IGNORE_AXES);
    }

    /** The {@code definition} of a GeoPackage spatial reference system. */
    public static String forGeoPackage(int srid) {
        return format(srid, Convention.WKT1);
    }

    private static String format(int srid, Convention convention) {
        WKTFormat format = new WKTFormat(Locale.ROOT, TimeZone.getTimeZone("UTC"));
        format.setConvention(convention);
        format.setIndentation(WKTFormat.SINGLE_LINE);
        try {
            return format.format(CRS.forCode("EPSG:" + srid));
        } catch (FactoryException e) {
            throw new IllegalStateException("EPSG:" + srid + " has no definition", e);
        }
    }
}
