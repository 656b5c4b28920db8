package fr.crige.csw.publish;

import fr.crige.csw.CswNamespaces;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The public URLs that generated records point to. Records outlive requests and are harvested by other
 * catalogues, so the URLs cannot come from the request being served: they are built from the server's public
 * base URL ({@code crige.csw.public-url}, else {@code crige.ows.proxy-base-url}).
 *
 * @param baseUrl the public URL of the server root, without a trailing slash
 */
public record OwsEndpoints(String baseUrl) {

    public OwsEndpoints {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = URI.create(baseUrl).getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("The public URL must be an http(s) URL, got " + baseUrl);
        }
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    /** The service endpoint, such as {@code https://geo.example.fr/wms}. */
    public String endpoint(PublishedService service) {
        return baseUrl + "/" + service.serviceName().toLowerCase(Locale.ROOT);
    }

    /** The GetCapabilities URL of a service, the linkage INSPIRE and GeoNetwork expect for OGC:WMS/OGC:WFS. */
    public String capabilities(PublishedService service) {
        return endpoint(service) + "?SERVICE=" + service.serviceName() + "&REQUEST=GetCapabilities";
    }

    /** The ISO record with this identifier through the catalogue's GetRecordById, for xlink:href links. */
    public String record(String identifier) {
        return baseUrl + recordPath(identifier);
    }

    /**
     * The path and query of a record's GetRecordById (ISO, full) below the server root, for URLs whose base is
     * only known per request.
     */
    public static String recordPath(String identifier) {
        return "/csw?SERVICE=CSW&VERSION=2.0.2&REQUEST=GetRecordById&ELEMENTSETNAME=full"
                + "&OUTPUTSCHEMA=" + URLEncoder.encode(CswNamespaces.GMD, StandardCharsets.UTF_8)
                + "&ID=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8);
    }
}
