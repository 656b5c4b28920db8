package fr.crige.core.crs;

/**
 * A coordinate reference system known to crige.
 *
 * @param srid             EPSG code
 * @param name             human-readable name from the EPSG database, e.g. "RGF93 v1 / Lambert-93"
 * @param northEastAxisOrder true when the EPSG definition lists northing/latitude first (EPSG:4326, 4258,
 *                         4171...). Protocols that follow the authority order (WMS 1.3.0, WFS 2.0 with URN
 *                         or http URIs, GML 3.2) must then swap coordinates; see {@link AxisOrder}.
 * @param geographic       true for geographic (lat/lon) CRSs
 */
public record Crs(int srid, String name, boolean northEastAxisOrder, boolean geographic) {

    /** "EPSG:2154". */
    public String code() {
        return "EPSG:" + srid;
    }

    /** "urn:ogc:def:crs:EPSG::2154". */
    public String urn() {
        return "urn:ogc:def:crs:EPSG::" + srid;
    }

    /** "http://www.opengis.net/def/crs/EPSG/0/2154". */
    public String uri() {
        return "http://www.opengis.net/def/crs/EPSG/0/" + srid;
    }
}
