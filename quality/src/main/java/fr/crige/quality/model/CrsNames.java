package fr.crige.quality.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the spellings of a CRS identifier found in files and standards ({@code urn:ogc:def:crs:EPSG::2154},
 * {@code http://www.opengis.net/def/crs/EPSG/0/2154}, {@code EPSG:2154}, {@code CRS:84},
 * {@code urn:ogc:def:crs:OGC:1.3:CRS84}) to {@code EPSG:<code>} or {@code CRS84}, so that a file's CRS can be
 * compared with the allowed list of a standard by plain equality. Decoding is not needed for that, which
 * keeps standards loadable without the EPSG database.
 */
public final class CrsNames {

    /** The RFC 7946 default CRS of GeoJSON: WGS84 longitude/latitude. */
    public static final String CRS84 = "CRS84";

    private static final Pattern EPSG = Pattern.compile("(?i).*EPSG(?:[:/]+(?:[0-9.]*[:/]+)?|\\.xml#)(\\d+)$");

    private CrsNames() {
    }

    public static String normalise(String identifier) {
        if (identifier == null) {
            return null;
        }
        String id = identifier.trim();
        String upper = id.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.equals("CRS:84") || upper.endsWith("/CRS84")) {
            return CRS84;
        }
        Matcher m = EPSG.matcher(id);
        if (m.matches()) {
            return "EPSG:" + m.group(1);
        }
        return id;
    }

    /** The EPSG code of a normalised identifier (4326 for CRS84), or 0. */
    public static int srid(String normalised) {
        if (CRS84.equals(normalised)) {
            return 4326;
        }
        if (normalised != null && normalised.startsWith("EPSG:")) {
            try {
                return Integer.parseInt(normalised.substring(5));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
