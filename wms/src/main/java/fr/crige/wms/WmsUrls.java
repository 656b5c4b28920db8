package fr.crige.wms;

import fr.crige.ows.OwsRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The URLs the WMS writes in its documents. */
public final class WmsUrls {

    private WmsUrls() {
    }

    /** The endpoint the request came to: {@code <base>/wms} or {@code <base>/<workspace>/wms}. */
    public static String service(OwsRequest request) {
        return request.baseUrl() + request.workspace().map(ws -> "/" + encode(ws)).orElse("") + "/wms";
    }

    /** The WFS endpoint serving the same feature types (DescribeLayer points clients to it). */
    public static String wfs(OwsRequest request) {
        return request.baseUrl() + request.workspace().map(ws -> "/" + encode(ws)).orElse("") + "/wfs";
    }

    /** A GetLegendGraphic request drawing one style of a layer as PNG. */
    public static String legend(OwsRequest request, String layer, String style) {
        return service(request) + "?service=WMS&version=" + request.version() + "&request=GetLegendGraphic"
                + "&format=image%2Fpng&layer=" + encode(layer) + "&style=" + encode(style);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
