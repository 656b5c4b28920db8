package fr.crige.wfs;

/** The XML namespaces of the WFS family of standards, in one place. */
public final class Namespaces {

    public static final String WFS_2_0 = "http://www.opengis.net/wfs/2.0";
    public static final String WFS_1_1 = "http://www.opengis.net/wfs";
    /** Filter Encoding 2.0 (ISO 19143). */
    public static final String FES_2_0 = "http://www.opengis.net/fes/2.0";
    /** Filter Encoding 1.1 (OGC 04-095), used by WFS 1.1.0. */
    public static final String OGC = "http://www.opengis.net/ogc";
    public static final String GML_3_2 = "http://www.opengis.net/gml/3.2";
    /** GML 3.1.1 (and GML 2), used by WFS 1.1.0. */
    public static final String GML_3_1 = "http://www.opengis.net/gml";
    public static final String OWS_1_1 = "http://www.opengis.net/ows/1.1";
    /** OWS Common 1.0, used by WFS 1.1.0. */
    public static final String OWS_1_0 = "http://www.opengis.net/ows";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private Namespaces() {
    }

    /** Whether the namespace is one of the two filter encodings. */
    public static boolean isFilter(String namespace) {
        return FES_2_0.equals(namespace) || OGC.equals(namespace);
    }

    /** Whether the namespace is one of the two GML versions. */
    public static boolean isGml(String namespace) {
        return GML_3_2.equals(namespace) || GML_3_1.equals(namespace);
    }
}
