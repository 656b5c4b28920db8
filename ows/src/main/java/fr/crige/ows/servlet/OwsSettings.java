package fr.crige.ows.servlet;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Configuration of the OWS HTTP endpoints.
 *
 * @param maxBodyBytes        the largest POST body accepted, in bytes; larger ones get HTTP 413
 * @param proxyBaseUrl        the public URL of the server root when it sits behind a reverse proxy, such as
 *                            {@code https://geo.example.fr/geoserver}, or null to derive it from each request
 * @param useForwardedHeaders whether to trust X-Forwarded-Proto and X-Forwarded-Host when deriving the base
 *                            URL; enable it only behind a proxy that sets (and overwrites) these headers
 */
public record OwsSettings(int maxBodyBytes, String proxyBaseUrl, boolean useForwardedHeaders) {

    /** 10 MiB: ample for a WFS-T transaction or a CSW query, small enough to keep memory bounded. */
    public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

    public OwsSettings {
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative: " + maxBodyBytes);
        }
        if (proxyBaseUrl != null && !proxyBaseUrl.isBlank()) {
            proxyBaseUrl = validated(proxyBaseUrl.trim());
        } else {
            proxyBaseUrl = null;
        }
    }

    public static OwsSettings defaults() {
        return new OwsSettings(DEFAULT_MAX_BODY_BYTES, null, false);
    }

    private static String validated(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("proxyBaseUrl is not a URL: " + url, e);
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("proxyBaseUrl must be an http(s) URL without query: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
