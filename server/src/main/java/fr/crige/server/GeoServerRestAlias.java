package fr.crige.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the REST API also under {@code /geoserver/rest/...}, where GeoServer clients (gsconfig, the
 * geoserver-rest Python package, QGIS plugins, deployment scripts) look for it, as the OWS endpoints already
 * are under {@code /geoserver/}. The request is forwarded to {@code /rest/...}; the administrator check has
 * run on the original request before this filter (see {@link SecurityConfiguration}).
 */
class GeoServerRestAlias extends OncePerRequestFilter {

    static final String PREFIX = "/geoserver";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX + "/rest")) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String target = path.substring(PREFIX.length()) + (query == null ? "" : "?" + query);
        request.getRequestDispatcher(target).forward(request, response);
    }
}
