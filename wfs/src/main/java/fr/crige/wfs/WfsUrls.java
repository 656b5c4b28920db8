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

    /** A DescribeFeatureType KVP request for the given comma-separated qualified type names. */
    public static String describeFeatureType(OwsRequest request, String typeNames) {
        return service(request) + "?service=WFS&version=" + request.version()
                + "&request=DescribeFeatureType&typeNames=" + encode(typeNames);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
