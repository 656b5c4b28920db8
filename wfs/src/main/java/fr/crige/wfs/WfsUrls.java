package fr.crige.wfs;

import fr.crige.ows.OwsRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The URLs the WFS writes into its documents: its own endpoint and the schemas. */
public final class WfsUrls {

    public static final String WFS_2_0_SCHEMA = "http://schemas.opengis.net/wfs/2.0/wfs.xsd";
    public static final String GML_3_2_SCHEMA = "http://schemas.opengis.net/gml/3.2.1/gml.xsd";
    public static final String FES_2_0_SCHEMA = "http://schemas.opengis.net/filter/2.0/filterAll.xsd";

    private WfsUrls() {
    }

    /** The endpoint the request came to: {@code <base>/wfs} or {@code <base>/<workspace>/wfs}. */
    public static String service(OwsRequest request) {
        return request.baseUrl() + request.workspace().map(ws -> "/" + encode(ws)).orElse("") + "/wfs";
    }

    /**
     * A DescribeFeatureType KVP request answering the schema of comma-separated qualified type names in the
     * given GML version: a WFS 1.1.0 request for GML 3.1.1, a request in the client's 2.0.x version (or 2.0.0)
     * for GML 3.2.
     */
    public static String describeFeatureType(OwsRequest request, GmlVersion gml, String typeNames) {
        if (gml == GmlVersion.GML_3_1_1) {
            return service(request) + "?service=WFS&version=1.1.0&request=DescribeFeatureType&typeName="
                    + encode(typeNames);
        }
        String version = WfsVersion.of(request) == WfsVersion.WFS_2_0 ? request.version() : "2.0.0";
        return service(request) + "?service=WFS&version=" + version + "&request=DescribeFeatureType&typeNames="
                + encode(typeNames);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
