package fr.crige.ows.dispatch;

import fr.crige.ows.OwsServiceRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a request path to an {@link OwsEndpoint}. Recognised paths are {@code /ows} and {@code /{service}}
 * for every registered or well-known service ({@code /wms}, {@code /wfs}...), optionally preceded by a workspace
 * ({@code /{workspace}/wfs}), and all of these under {@code /geoserver/} too so that clients configured for
 * a GeoServer URL keep working.
 *
 * <p>Path segments are lower case, as URLs are case-sensitive: {@code /WMS} is not an endpoint.
 * {@code /geoserver/ows} is the global endpoint under the compatibility prefix, not the workspace
 * "geoserver"; a workspace of that name is reached as {@code /geoserver/geoserver/ows}.
 */
public final class EndpointResolver {

    static final String GENERIC_SEGMENT = "ows";
    static final String COMPATIBILITY_PREFIX = "geoserver";
    /**
     * The OGC service paths that always exist, even when the service is not installed: clients then get an
     * exception report saying so rather than a bare 404.
     */
    static final Set<String> WELL_KNOWN_SERVICES = Set.of("wms", "wfs", "wmts", "wcs", "wps", "csw");

    private final OwsServiceRegistry services;

    public EndpointResolver(OwsServiceRegistry services) {
        this.services = services;
    }

    /**
     * @param path the request path below the web application's context, already URL-decoded
     * @return the endpoint, or empty when the path is not an OWS endpoint
     */
    public Optional<OwsEndpoint> resolve(String path) {
        List<String> segments = path == null ? List.of()
                : Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.size() >= 2 && segments.get(0).equals(COMPATIBILITY_PREFIX)) {
            segments = segments.subList(1, segments.size());
        }
        return switch (segments.size()) {
            case 1 -> endpoint(null, segments.get(0));
            case 2 -> endpoint(segments.get(0), segments.get(1));
            default -> Optional.empty();
        };
    }

    private Optional<OwsEndpoint> endpoint(String workspace, String segment) {
        if (segment.equals(GENERIC_SEGMENT)) {
            return Optional.of(new OwsEndpoint(workspace, null));
        }
        if (!segment.equals(segment.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (WELL_KNOWN_SERVICES.contains(segment)) {
            return Optional.of(new OwsEndpoint(workspace, segment.toUpperCase(Locale.ROOT)));
        }
        return services.find(segment).map(s -> new OwsEndpoint(workspace, s.name()));
    }
}
