package fr.crige.ows.servlet;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Works out the public URL of the server root, which capabilities documents use for operation URLs. A
 * configured proxy base URL wins; otherwise the URL is built from the request's scheme, its Host header
 * (as the client addressed the server) and the context path, with X-Forwarded-Proto and X-Forwarded-Host
 * replacing scheme and host when the settings say a trusted proxy sets them.
 */
final class BaseUrlResolver {

    private final OwsSettings settings;

    BaseUrlResolver(OwsSettings settings) {
        this.settings = settings;
    }

    /** The base URL, without a trailing slash. */
    String resolve(HttpServletRequest request) {
        if (settings.proxyBaseUrl() != null) {
            return settings.proxyBaseUrl();
        }
        String scheme = request.getScheme();
        String host = hostOf(request);
        if (settings.useForwardedHeaders()) {
            scheme = firstValue(request.getHeader("X-Forwarded-Proto"), scheme);
            host = firstValue(request.getHeader("X-Forwarded-Host"), host);
        }
        return scheme + "://" + host + request.getContextPath();
    }

    private static String hostOf(HttpServletRequest request) {
        String header = request.getHeader("Host");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String name = request.getServerName();
        String host = name.contains(":") ? "[" + name + "]" : name;
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equalsIgnoreCase(request.getScheme()) && port == 80)
                || ("https".equalsIgnoreCase(request.getScheme()) && port == 443);
        return defaultPort ? host : host + ":" + port;
    }

    /** The first entry of a possibly comma-separated header (one entry per proxy hop), else the fallback. */
    private static String firstValue(String header, String fallback) {
        if (header == null) {
            return fallback;
        }
        String first = header.split(",")[0].trim();
        return first.isEmpty() ? fallback : first;
    }
}
