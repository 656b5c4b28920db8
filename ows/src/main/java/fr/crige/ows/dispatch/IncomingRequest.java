package fr.crige.ows.dispatch;

import java.io.InputStream;
import java.util.Objects;

/**
 * An HTTP request as the dispatcher sees it, independent of any web framework.
 *
 * @param method        the HTTP method, such as {@code GET}
 * @param path          the path below the web application's context, URL-decoded, such as {@code /topp/wfs}
 * @param queryString   the raw (still encoded) query string, or null
 * @param contentType   the Content-Type header, or null
 * @param contentLength the declared body length, or -1 when unknown
 * @param body          the request body, read only for POST
 * @param baseUrl       the public URL of the server root without a trailing slash
 */
public record IncomingRequest(String method, String path, String queryString, String contentType,
        long contentLength, InputStream body, String baseUrl) {

    public IncomingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }
}
