package fr.crige.csw;

/** The XML namespaces of CSW 2.0.2, its ISO Application Profile and INSPIRE Discovery Services. */
public final class CswNamespaces {

    public static final String CSW = "http://www.opengis.net/cat/csw/2.0.2";
    public static final String GMD = "http://www.isotc211.org/2005/gmd";
    public static final String GCO = "http://www.isotc211.org/2005/gco";
    public static final String SRV = "http://www.isotc211.org/2005/srv";
    public static final String GMX = "http://www.isotc211.org/2005/gmx";
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String OWS = "http://www.opengis.net/ows";
    public static final String OGC = "http://www.opengis.net/ogc";
    public static final String GML = "http://www.opengis.net/gml";
    public static final String APISO = "http://www.opengis.net/cat/csw/apiso/1.0";
    public static final String INSPIRE_DS = "http://inspire.ec.europa.eu/schemas/inspire_ds/1.0";
    public static final String INSPIRE_COMMON = "http://inspire.ec.europa.eu/schemas/common/1.0";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema";

    private CswNamespaces() {
    }
}
